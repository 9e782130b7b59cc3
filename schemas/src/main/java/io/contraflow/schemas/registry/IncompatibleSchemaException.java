package io.contraflow.schemas.registry;

/** The registry refused to register a schema because it breaks the subject's compatibility rule (HTTP 409). */
public class IncompatibleSchemaException extends SchemaRegistryException {

    private final String subject;

    public IncompatibleSchemaException(String subject, String registryDetail, int httpStatus, int errorCode) {
        super("Schema for subject '" + subject + "' is incompatible with the subject's earlier versions under its"
                + " compatibility rule, so the registry refused it"
                + (registryDetail == null || registryDetail.isBlank() ? "" : " (registry said: " + registryDetail + ")")
                + ". Under BACKWARD compatibility a new field needs a default value.", httpStatus, errorCode);
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
