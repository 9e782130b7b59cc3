package io.contraflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the real registry process. */
class EmbeddedSchemaRegistryTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsOnLoopbackWithBackwardCompatibilityAndLeavesNothingBehindWhenClosed() throws Exception {
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), 0);
        Path directory = registry.logFile().getParent();
        try {
            assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port() + "/apis/ccompat/v7");
            assertThat(get("http://127.0.0.1:" + registry.port() + "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(registry.url() + "/config").body()).contains("\"BACKWARD\"");
            assertThat(registry.logFile()).isNotEmptyFile();
        } finally {
            registry.close();
        }

        assertThat(registry.isAlive()).isFalse();
        assertThat(directory).doesNotExist();
        assertThatThrownBy(() -> get(registry.url() + "/config")).isInstanceOf(ConnectException.class);
    }

    @Test
    void aFreePortIsNeverOneAnEarlierRegistryOfThisJvmHad() {
        // The operating system offers a port again once it is free: the second registry must not take it.
        java.util.PrimitiveIterator.OfInt offered = java.util.stream.IntStream.of(47001, 47001, 47001, 47002).iterator();
        assertThat(EmbeddedSchemaRegistry.freshPort(0, offered::nextInt)).isEqualTo(47001);
        assertThat(EmbeddedSchemaRegistry.freshPort(0, offered::nextInt)).isEqualTo(47002);
        assertThat(EmbeddedSchemaRegistry.freshPort(18081, () -> 1)).as("a port asked for is kept").isEqualTo(18081);
    }

    @Test
    void aPortInUseIsRefusedBeforeStarting() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void aMissingJarSaysHowToBuildIt(@TempDir Path directory) {
        assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(directory.resolve("quarkus-run.jar"), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mvn -q package -DskipTests");
    }

    @Test
    void aRegistryThatDiesReportsItsExitCodeAndLog(@TempDir Path directory) throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.jar"), "not a jar");

        assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(broken, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("last lines of the registry's log")
                .hasMessageContaining("broken.jar");
    }

    @Test
    void theShutdownHookStopsARegistryLeftOpen(@TempDir Path work) throws Exception {
        Path report = work.resolve("registry-pid.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RegistryLeftOpenAtExit.class.getName(), report.toString(), EmbeddedSchemaRegistry.locateJar().toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile())
                .start();
        boolean exited = child.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly();
        }
        assertThat(exited).as("child JVM exited").isTrue();
        assertThat(child.exitValue()).as(Files.readString(work.resolve("child.log"))).isZero();

        long registryPid = Long.parseLong(Files.readString(report).strip());
        // The hook waits for the registry to exit before the child JVM does, so it is gone by now.
        assertThat(ProcessHandle.of(registryPid).filter(ProcessHandle::isAlive)).as("registry process " + registryPid).isEmpty();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
