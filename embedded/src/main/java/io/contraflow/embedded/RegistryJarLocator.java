package io.contraflow.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the schema registry built by module {@code registry}: {@code registry/target/quarkus-app/quarkus-run.jar}. */
final class RegistryJarLocator {

    static final String JAR_PROPERTY = "contraflow.registry.jar";
    static final String JAR_ENV = "CONTRAFLOW_REGISTRY_JAR";
    static final String ROOT_PROPERTY = "contraflow.root";
    static final Path RELATIVE_JAR = Path.of("registry", "target", "quarkus-app", "quarkus-run.jar");

    private RegistryJarLocator() {
    }

    /**
     * The jar named by system property {@value #JAR_PROPERTY} or environment variable {@value #JAR_ENV}; else the
     * first {@code registry/target/quarkus-app/quarkus-run.jar} found walking up from the working directory and from
     * system property {@value #ROOT_PROPERTY}.
     */
    static Path locate(String propertyValue, String envValue, Path workingDirectory, String rootValue) {
        if (propertyValue != null && !propertyValue.isBlank()) {
            return requireFile(Path.of(propertyValue), "system property " + JAR_PROPERTY);
        }
        if (envValue != null && !envValue.isBlank()) {
            return requireFile(Path.of(envValue), "environment variable " + JAR_ENV);
        }
        Set<Path> starts = new LinkedHashSet<>();
        starts.add(workingDirectory.toAbsolutePath().normalize());
        if (rootValue != null && !rootValue.isBlank()) {
            starts.add(Path.of(rootValue).toAbsolutePath().normalize());
        }
        List<Path> searched = new ArrayList<>();
        for (Path start : starts) {
            for (Path directory = start; directory != null; directory = directory.getParent()) {
                Path candidate = directory.resolve(RELATIVE_JAR);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
                searched.add(directory);
            }
        }
        throw new IllegalStateException("The schema registry is not built: no " + RELATIVE_JAR + " in " + starts
                + " or any directory above. Build the project first (`mvn -q package -DskipTests` in the repository"
                + " root), or point system property " + JAR_PROPERTY + " or environment variable " + JAR_ENV
                + " at a quarkus-run.jar of Apicurio Registry 2.x.");
    }

    private static Path requireFile(Path jar, String source) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The schema registry jar named by " + source + " does not exist: " + jar
                    + ". Build it with `mvn -q package -DskipTests` in the repository root (it is"
                    + " " + RELATIVE_JAR + "), or correct the path.");
        }
        return jar.toAbsolutePath().normalize();
    }
}
