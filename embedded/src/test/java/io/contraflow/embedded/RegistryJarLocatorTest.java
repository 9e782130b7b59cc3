package io.contraflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryJarLocatorTest {

    @TempDir
    Path root;

    @Test
    void findsTheBuiltJarWalkingUpFromANestedWorkingDirectory() throws IOException {
        Path jar = builtJarUnder(root);
        Path nested = Files.createDirectories(root.resolve("streams/target/surefire"));

        assertThat(RegistryJarLocator.locate(null, null, nested, null)).isEqualTo(jar);
    }

    @Test
    void findsItFromTheProjectRootPropertyWhenTheWorkingDirectoryIsElsewhere() throws IOException {
        Path jar = builtJarUnder(root.resolve("repo"));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));

        assertThat(RegistryJarLocator.locate(null, null, elsewhere, root.resolve("repo").toString())).isEqualTo(jar);
    }

    @Test
    void anExplicitPathWinsAndAMissingOneIsNamed() throws IOException {
        builtJarUnder(root);
        Path explicit = Files.createFile(root.resolve("other.jar"));

        assertThat(RegistryJarLocator.locate(explicit.toString(), null, root, null)).isEqualTo(explicit);
        assertThat(RegistryJarLocator.locate(null, explicit.toString(), root, null)).isEqualTo(explicit);
        assertThatThrownBy(() -> RegistryJarLocator.locate(null, root.resolve("gone.jar").toString(), root, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONTRAFLOW_REGISTRY_JAR")
                .hasMessageContaining("gone.jar");
    }

    @Test
    void anUnbuiltProjectGetsTheBuildCommand() {
        assertThatThrownBy(() -> RegistryJarLocator.locate(null, null, root, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not built")
                .hasMessageContaining("mvn -q package -DskipTests");
    }

    private static Path builtJarUnder(Path projectRoot) throws IOException {
        Path jar = projectRoot.resolve(RegistryJarLocator.RELATIVE_JAR);
        Files.createDirectories(jar.getParent());
        return Files.createFile(jar);
    }
}
