package io.contraflow.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs interop/confluent_avro_interop.py, which reads and writes topics with Confluent's own Python client
 * (Debian's python3-confluent-kafka, legacy {@code confluent_kafka.avro} API).
 *
 * <p>Debian's interpreter, /usr/bin/python3, is used by its full path: the {@code python3} first on PATH may be a
 * separate installation that does not see Debian's packages.
 */
final class DebianConfluentPython {
    static final Path INTERPRETER = Path.of("/usr/bin/python3");
    private static final String SCRIPT = "/interop/confluent_avro_interop.py";
    private static final String INSTALL_HINT =
            "apt-get install python3-confluent-kafka python3-avro python3-requests";

    /** What one run printed and how it ended. */
    record Run(int exitCode, List<String> stdout, String stderr) {
        /** The run's output, for assertion messages. */
        String transcript() {
            return "exit " + exitCode + "\n--- stdout\n" + String.join("\n", stdout) + "\n--- stderr\n" + stderr;
        }
    }

    private final Path script;

    private DebianConfluentPython(Path script) {
        this.script = script;
    }

    /**
     * Null when Debian's Python has confluent_kafka with Avro support. Otherwise the reason, printed, for the calling
     * test to skip with; or, when the environment variable CI is "true" (CI must run these tests), a test failure.
     */
    static String unavailableReason() {
        String missing = whatIsMissing();
        if (missing == null) {
            return null;
        }
        String reason = "Confluent Python interop test: " + missing + " (" + INSTALL_HINT + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + "; CI=true, so this is a failure rather than a skip");
        }
        System.out.println("SKIPPED " + reason);
        return reason;
    }

    /** The client; check {@link #unavailableReason()} first. */
    static DebianConfluentPython create() {
        return new DebianConfluentPython(scriptPath());
    }

    /** Runs the script with {@code arguments}, giving up after {@code timeout}. */
    Run run(Duration timeout, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(INTERPRETER.toString(), script.toString()));
        command.addAll(arguments);
        return execute(command, timeout);
    }

    private static String whatIsMissing() {
        if (!Files.isExecutable(INTERPRETER)) {
            return INTERPRETER + " (Debian's Python) is not installed";
        }
        try {
            Run probe = execute(List.of(INTERPRETER.toString(), "-c",
                    "import confluent_kafka.avro, avro.schema, requests"), Duration.ofSeconds(30));
            return probe.exitCode() == 0 ? null
                    : INTERPRETER + " cannot import confluent_kafka.avro, avro and requests: " + lastLine(probe.stderr());
        } catch (IOException e) {
            return INTERPRETER + " could not be run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing " + INTERPRETER;
        }
    }

    /** The last non-blank line: where Python says what went wrong (e.g. "ModuleNotFoundError: ..."). */
    private static String lastLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).reduce((first, second) -> second).orElse("(no message)").strip();
    }

    private static Path scriptPath() {
        URL resource = DebianConfluentPython.class.getResource(SCRIPT);
        if (resource == null) {
            throw new IllegalStateException(SCRIPT + " is not on the test class path");
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + resource, e);
        }
    }

    private static Run execute(List<String> command, Duration timeout) throws IOException, InterruptedException {
        // stderr goes to a file so that a chatty client can never block on a full pipe while we read stdout.
        Path stderrFile = Files.createTempFile("confluent-python-", ".stderr");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
            process.getOutputStream().close(); // the script reads no input
            List<String> stdout = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
                    lines.lines().forEach(line -> {
                        synchronized (stdout) {
                            stdout.add(line);
                        }
                    });
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the process was killed; what was read so far is reported
                }
            }, "confluent-python-stdout");
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                reader.join(5_000);
                synchronized (stdout) {
                    return new Run(-1, List.copyOf(stdout), "timed out after " + timeout.toSeconds() + " s\n"
                            + Files.readString(stderrFile, StandardCharsets.UTF_8));
                }
            }
            reader.join(10_000);
            synchronized (stdout) {
                return new Run(process.exitValue(), List.copyOf(stdout), Files.readString(stderrFile, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(stderrFile);
        }
    }
}
