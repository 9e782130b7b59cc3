package io.contraflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;

/**
 * Turns a registry's error answer into a {@link SchemaRegistryException} a user can act on.
 *
 * <p>Confluent's protocol answers errors with {@code {"error_code": N, "message": "..."}}. Registries differ in the
 * details (Apicurio answers an incompatible schema with HTTP 409 and {@code error_code} 0, Confluent with 409 and
 * 409), so the HTTP status decides the kind and the body only adds detail.
 */
final class RegistryErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBJECT_NOT_FOUND = 40401;
    private static final int SCHEMA_NOT_FOUND = 40403;

    private RegistryErrors() {
    }

    static SchemaRegistryException from(int status, String body, String method, URI uri, String subject) {
        int errorCode = -1;
        String message = null;
        try {
            JsonNode json = JSON.readTree(body);
            if (json != null && json.isObject()) {
                errorCode = json.path("error_code").asInt(-1);
                message = json.path("message").isTextual() ? json.path("message").asText() : null;
            }
        } catch (IOException notJson) {
            message = null;
        }
        String detail = message != null ? message : abbreviate(body);
        if (status == 409 && subject != null) {
            return new IncompatibleSchemaException(subject, detail, status, errorCode);
        }
        String what = switch (status) {
            case 404 -> errorCode == SUBJECT_NOT_FOUND && subject != null
                    ? "Subject '" + subject + "' does not exist in the registry"
                    : errorCode == SCHEMA_NOT_FOUND ? "The registry has no such schema" : "Not found";
            case 422 -> "The registry rejected the schema or request as invalid";
            case 401, 403 -> "The registry refused access";
            default -> status >= 500 ? "The registry failed" : "The registry refused the request";
        };
        return new SchemaRegistryException(what + " (" + method + " " + uri + " answered HTTP " + status
                + (errorCode >= 0 ? ", error_code " + errorCode : "") + "): " + detail, status, errorCode);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
