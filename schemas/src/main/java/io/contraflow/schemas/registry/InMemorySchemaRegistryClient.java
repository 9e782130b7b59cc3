package io.contraflow.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * TEST SUPPORT: a schema registry held in memory, for fast unit tests (for example with Kafka Streams'
 * {@code TopologyTestDriver}) that should not start a real registry. Not for production: nothing is shared between
 * processes and everything is lost when the JVM exits.
 *
 * <p>Behaves like a real registry where tests can see it: one global id per distinct schema, numbered from 1; the same
 * schema under the same subject keeps its id; and each subject's compatibility rule (default {@code BACKWARD}, as on
 * Confluent's server) is enforced with Avro's own {@link SchemaCompatibility}, so an incompatible change fails here
 * as it would against the registry. Reach a shared instance by configuring serdes with
 * {@code schema.registry.url=mock://NAME} (see {@link SchemaRegistryClients}).
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final String DEFAULT_COMPATIBILITY = "BACKWARD";

    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<Schema>> versionsBySubject = new HashMap<>();
    private final Map<String, String> compatibilityBySubject = new HashMap<>();
    private String globalCompatibility = DEFAULT_COMPATIBILITY;

    @Override
    public synchronized int register(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        List<Schema> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            String problem = incompatibility(compatibilityOf(subject), schema, versions);
            if (problem != null) {
                throw new IncompatibleSchemaException(subject, problem, 409, 409);
            }
            versions.add(schema);
        }
        return idsBySchema.computeIfAbsent(schema, s -> {
            int id = idsBySchema.size() + 1;
            schemasById.put(id, s);
            return id;
        });
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("The registry has no schema with id " + id, 404, 40403);
        }
        return schema;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        requireSubject(subject);
        if (!versionsBySubject.getOrDefault(subject, List.of()).contains(schema)) {
            throw new SchemaRegistryException("Schema " + schema.getFullName() + " is not registered under subject '"
                    + subject + "'", 404, 40403);
        }
        return idsBySchema.get(schema);
    }

    @Override
    public synchronized void setCompatibility(String subjectOrNullForGlobal, String level) {
        SchemaRegistryClient.requireCompatibilityLevel(level);
        if (subjectOrNullForGlobal == null) {
            globalCompatibility = level;
        } else {
            compatibilityBySubject.put(requireSubject(subjectOrNullForGlobal), level);
        }
    }

    /** The subjects registered so far, for assertions in tests. */
    public synchronized List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    private String compatibilityOf(String subject) {
        return compatibilityBySubject.getOrDefault(subject, globalCompatibility);
    }

    /** Why {@code candidate} may not follow {@code earlier} under {@code level}, or null when it may. */
    private static String incompatibility(String level, Schema candidate, List<Schema> earlier) {
        if (earlier.isEmpty() || level.equals("NONE")) {
            return null;
        }
        List<Schema> against = level.endsWith("_TRANSITIVE") ? earlier : List.of(earlier.get(earlier.size() - 1));
        boolean backward = level.startsWith("BACKWARD") || level.startsWith("FULL");
        boolean forward = level.startsWith("FORWARD") || level.startsWith("FULL");
        for (Schema previous : against) {
            if (backward) {
                String problem = readProblem(candidate, previous, "new schema cannot read data written with an earlier one");
                if (problem != null) {
                    return problem;
                }
            }
            if (forward) {
                String problem = readProblem(previous, candidate, "an earlier schema cannot read data written with the new one");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String readProblem(Schema reader, Schema writer, String what) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return null;
        }
        return what + ": " + result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")")
                .toList();
    }

    private static String requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A subject name must not be empty");
        }
        return subject;
    }
}
