package io.contraflow.schemas.registry;

import org.apache.avro.Schema;

/**
 * What the serdes need from a schema registry that speaks Confluent's protocol: schema ids for the wire format,
 * schemas back from ids, and the compatibility rule that guards a subject's evolution.
 *
 * <p>Implementations cache both directions, so a serializer may call {@link #register} for every record.
 * Failures are {@link SchemaRegistryException}s (an {@link IncompatibleSchemaException} when the registry refuses a
 * schema under the subject's compatibility rule).
 */
public interface SchemaRegistryClient {

    /** Compatibility levels of Confluent's protocol, in the spelling the registry expects. */
    java.util.Set<String> COMPATIBILITY_LEVELS = java.util.Set.of(
            "NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

    /**
     * Registers {@code schema} under {@code subject} (a no-op when it is already registered there) and returns its
     * global id.
     *
     * @throws IncompatibleSchemaException when the subject's compatibility rule rejects the schema
     */
    int register(String subject, Schema schema);

    /** The schema with global id {@code id}. */
    Schema getById(int id);

    /**
     * The id {@code schema} already has under {@code subject}, without registering it.
     *
     * @throws SchemaRegistryException when it is not registered there
     */
    int idOf(String subject, Schema schema);

    /**
     * Sets the compatibility rule of {@code subjectOrNullForGlobal}, or the registry-wide default when it is null.
     *
     * @param level one of {@link #COMPATIBILITY_LEVELS}
     */
    void setCompatibility(String subjectOrNullForGlobal, String level);

    /** Rejects a level the protocol does not know, before any request is made. */
    static String requireCompatibilityLevel(String level) {
        if (level == null || !COMPATIBILITY_LEVELS.contains(level)) {
            throw new IllegalArgumentException(
                    "Unknown compatibility level '" + level + "'; expected one of " + new java.util.TreeSet<>(COMPATIBILITY_LEVELS));
        }
        return level;
    }
}
