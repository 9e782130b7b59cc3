package io.contraflow.embedded;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaBrokerLifecycleTest {

    @Test
    void fixedPortIsUsedAndClosingFreesItAndDeletesTheData() {
        int port = FreePort.onLoopback();
        Path data;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(port)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            data = broker.dataDirectory();
            assertThat(data).isDirectory();
            assertThat(FreePort.isFree(port)).isFalse();
        }
        assertThat(Files.exists(data)).isFalse();
        assertThat(FreePort.isFree(port)).isTrue();
    }

    @Test
    void theBrokerDoesNotFloodTheConsoleWithInfoLines() {
        // slf4j-simple (the CLI's binding, also on this test classpath) writes to whatever System.err is now.
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0)) {
            broker.createTopics(List.of(new NewTopic("quiet", 1, (short) 1)));
        } finally {
            System.setErr(original);
        }
        List<String> brokerInfoLines = captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains(" INFO kafka.") || line.contains(" INFO org.apache.kafka.server")
                        || line.contains(" INFO org.apache.kafka.controller") || line.contains(" INFO org.apache.kafka.raft")
                        || line.contains(" INFO org.apache.kafka.metadata") || line.contains(" INFO org.apache.kafka.storage"))
                .toList();
        assertThat(brokerInfoLines).isEmpty();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Kafka broker ", " ready at 127.0.0.1:");
    }

    @Test
    void theShutdownHookDeletesTheDataOfABrokerLeftOpen(@TempDir Path work) throws Exception {
        Path report = work.resolve("data-directory.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                BrokerLeftOpenAtExit.class.getName(), report.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile())
                .start();
        boolean exited = child.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly();
        }
        assertThat(exited).as("child JVM exited").isTrue();
        assertThat(child.exitValue()).as(Files.readString(work.resolve("child.log"))).isZero();
        Path data = Path.of(Files.readString(report));
        assertThat(data).isAbsolute();
        assertThat(Files.exists(data)).as("deleted by the shutdown hook: " + data).isFalse();
    }

    @Test
    void busyPortIsReportedClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void invalidPortIsRejected() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.start(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
