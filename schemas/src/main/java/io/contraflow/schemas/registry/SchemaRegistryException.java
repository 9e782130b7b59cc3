package io.contraflow.schemas.registry;

/** A schema registry refused a request or could not be reached; the message says which and why. */
public class SchemaRegistryException extends RuntimeException {

    /** HTTP status of the registry's answer, or -1 when there was no answer. */
    private final int httpStatus;
    /** The {@code error_code} of the registry's JSON error body, or -1 when it had none. */
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
        this.errorCode = -1;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }
}
