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

    /**
     * Whether asking again later may succeed: the registry could not be reached or timed out (no answer), failed
     * (HTTP 5xx), or asked to be asked later (408, 429). A refusal (unknown id, incompatible schema) is not: it will
     * be the same answer next time.
     */
    public boolean isTransient() {
        if (httpStatus == -1) {
            return getCause() instanceof java.io.IOException;
        }
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    }
}
