package io.contraflow.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry, Apicurio Registry 2.4.2 (built by module {@code registry}), running as a child process
 * on 127.0.0.1 with in-memory storage, its Confluent-compatible API at {@link #url()}, and global compatibility set
 * to {@code BACKWARD} (Confluent's default; Apicurio's is NONE).
 *
 * <p>{@link #close()} stops it; a JVM shutdown hook does too, so an interrupted demo or test run leaves no registry
 * behind (a JVM killed with SIGKILL runs no hook: then the registry must be stopped by hand).
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** Only a port chosen by us can be lost to another process between choosing and binding; then we retry. */
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;
    private static final String CONFLUENT_API = "/apis/ccompat/v7";
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final Process process;
    private final int port;
    private final Path directory;
    /** Whether {@link #directory} is the caller's data directory, kept on close, rather than a temporary one. */
    private final boolean persistent;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedSchemaRegistry(Process process, int port, Path directory, boolean persistent) {
        this.process = process;
        this.port = port;
        this.directory = directory;
        this.persistent = persistent;
        this.shutdownHook = new Thread(this::close, "embedded-schema-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the registry built in this project ({@link #locateJar()}) on a free port. */
    public static EmbeddedSchemaRegistry start() {
        return start(locateJar(), 0);
    }

    /**
     * Starts {@code quarkusRunJar} with the same {@code java} as this JVM and returns once it is ready and set to
     * {@code BACKWARD} compatibility.
     *
     * @param port HTTP port on 127.0.0.1, or 0 for a free port chosen here
     * @throws IllegalStateException when it does not become ready within 60 s or exits; the message ends with its log
     */
    public static EmbeddedSchemaRegistry start(Path quarkusRunJar, int port) {
        return start(quarkusRunJar, port, null);
    }

    /**
     * As {@link #start(Path, int)}, keeping the registry's schemas in {@code dataDirectory} (an H2 database file)
     * when it is not null, so that a restart finds the schemas, and the schema ids in Kafka's records still resolve.
     * A registry left running on that directory by a run that was killed is stopped first; one whose run is alive
     * makes this fail.
     */
    public static EmbeddedSchemaRegistry start(Path quarkusRunJar, int port, Path dataDirectory) {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException("Schema registry jar not found: " + quarkusRunJar
                    + ". Build the project first: `mvn -q package -DskipTests` in the repository root.");
        }
        if (FreePort.requireValid(port) != 0 && !FreePort.isFree(port)) {
            throw new IllegalStateException("Cannot start the schema registry: 127.0.0.1:" + port
                    + " is already in use (is another registry running? choose another port, or 0 for a free one)");
        }
        long startedAt = System.nanoTime();
        IllegalStateException lastFailure = null;
        for (int attempt = 1; attempt <= (port == 0 ? START_ATTEMPTS : 1); attempt++) {
            try {
                EmbeddedSchemaRegistry registry = startOnce(quarkusRunJar, freshPort(port), dataDirectory);
                log.info("Schema registry ready at {} in {} ms", registry.url(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
                return registry;
            } catch (IllegalStateException e) {
                lastFailure = e;
                if (!lostItsPort(e)) {
                    break; // a broken jar or a slow machine: retrying cannot help
                }
                log.warn("Schema registry start attempt {} lost its port to another process; retrying", attempt);
            }
        }
        throw lastFailure;
    }

    /**
     * Ports this JVM's registries were given when asked for a free one. Clients cache schema ids by URL (ours and
     * Confluent's alike), so a new in-memory registry at an earlier one's address would be taken for it and sent ids it
     * never issued ("schema not found"); a free port is therefore one no earlier registry of this JVM had.
     */
    private static final java.util.Set<Integer> PORTS_GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static int freshPort(int requested) {
        return freshPort(requested, () -> FreePort.orFree(0));
    }

    /** As {@link #freshPort(int)}, with the operating system's free ports from {@code free} (for tests). */
    static int freshPort(int requested, java.util.function.IntSupplier free) {
        if (requested != 0) {
            return requested;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = free.getAsInt();
            if (PORTS_GIVEN.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find a port on 127.0.0.1 that no earlier registry of this JVM had");
    }

    /** Whether a start failed because the port chosen here was taken before the registry bound it. */
    private static boolean lostItsPort(IllegalStateException failure) {
        String message = failure.getMessage();
        return message != null && (message.contains("in use") || message.contains("already bound"));
    }

    /**
     * The registry jar of this project: system property {@code contraflow.registry.jar}, else environment variable
     * {@code CONTRAFLOW_REGISTRY_JAR}, else {@code registry/target/quarkus-app/quarkus-run.jar} found walking up from
     * the working directory and from system property {@code contraflow.root}.
     *
     * @throws IllegalStateException saying how to build it when it is not there
     */
    public static Path locateJar() {
        return RegistryJarLocator.locate(System.getProperty(RegistryJarLocator.JAR_PROPERTY),
                System.getenv(RegistryJarLocator.JAR_ENV), Path.of("").toAbsolutePath(),
                System.getProperty(RegistryJarLocator.ROOT_PROPERTY));
    }

    /** The Confluent-compatible base URL, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}: a schema.registry.url. */
    public String url() {
        return "http://127.0.0.1:" + port + CONFLUENT_API;
    }

    public int port() {
        return port;
    }

    /** The registry's log (stdout and stderr); deleted by {@link #close()}. */
    public Path logFile() {
        return directory.resolve("registry.log");
    }

    /** Operating-system id of the registry process. */
    public long pid() {
        return process.pid();
    }

    /** Whether the registry process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the registry process's exit code when it ends (also after {@link #close()}). */
    public java.util.concurrent.CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** Stops the registry (and any process it started), forcibly after 10 s, and deletes its temporary directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself while the JVM exits: nothing to remove
        }
        if (persistent) {
            RunMarker.release(directory);
        } else {
            deleteQuietly(directory);
        }
    }

    private static EmbeddedSchemaRegistry startOnce(Path jar, int port, Path dataDirectory) {
        Path directory = dataDirectory == null ? createTempDirectory() : ownDataDirectory(dataDirectory.resolve("registry"));
        RunMarker.claim(directory);
        Path logFile = directory.resolve("registry.log");
        Process process;
        try {
            process = new ProcessBuilder(command(jar, port, directory, dataDirectory != null))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | UncheckedIOException e) {
            if (dataDirectory == null) {
                deleteQuietly(directory);
            }
            throw new IllegalStateException("Cannot start the schema registry process: " + e.getMessage(), e);
        }
        RunMarker.recordChild(directory, process.toHandle());
        EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(process, port, directory, dataDirectory != null);
        try {
            registry.awaitReady();
            registry.setGlobalCompatibility("BACKWARD");
            return registry;
        } catch (RuntimeException e) {
            String tail = logTail(logFile);
            registry.close();
            throw new IllegalStateException(e.getMessage() + "\n--- last lines of the registry's log ---\n" + tail, e);
        }
    }

    /**
     * The registry's command line: the jar's main class run through {@link ParentWatchdog} (copied alone into the
     * registry's directory, so that none of our classes is on the registry's classpath), so that the registry dies
     * with this JVM however it ends; with a data directory, its schemas in an H2 file there.
     */
    private static List<String> command(Path jar, int port, Path directory, boolean persistent) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx256m",
                // C1 only: halves start-up time on a small machine; the registry does little work per request.
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.console.color=false"));
        if (persistent) {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + directory.toAbsolutePath().resolve("schemas"));
        }
        command.addAll(List.of("-cp", copyWatchdog(directory) + File.pathSeparator + jar.toAbsolutePath(),
                ParentWatchdog.class.getName(), mainClassOf(jar)));
        return command;
    }

    private static String copyWatchdog(Path directory) {
        String resource = ParentWatchdog.class.getName().replace('.', '/') + ".class";
        Path classes = directory.resolve("watchdog");
        try (java.io.InputStream in = ParentWatchdog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find " + resource + " on the classpath");
            }
            Path target = classes.resolve(resource);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the registry's watchdog into " + classes, e);
        }
        return classes.toAbsolutePath().toString();
    }

    /** The jar's Main-Class; Quarkus's entry point when the jar cannot say (the process then reports what is wrong). */
    private static String mainClassOf(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            if (main != null) {
                return main;
            }
        } catch (IOException notAJar) {
            // the registry process will say so
        }
        return "io.quarkus.bootstrap.runner.QuarkusEntryPoint";
    }

    /** The registry's part of a data directory; a registry a killed run left running on it is stopped. */
    private static Path ownDataDirectory(Path directory) {
        RunMarker.ownDataDirectory(directory, "schema registry");
        RunMarker.stopOrphanedChild(directory).ifPresent(done -> log.warn("Schema registry: {}", done));
        return directory;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The schema registry exited with code " + process.exitValue()
                        + " before becoming ready on 127.0.0.1:" + port);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The schema registry did not become ready on 127.0.0.1:" + port
                        + " within " + READY_TIMEOUT.toSeconds() + " s (GET /health/ready never answered 200)");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private void setGlobalCompatibility(String level) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/config"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level + "\"}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Setting the schema registry's compatibility to " + level
                        + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set the schema registry's compatibility to " + level, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring the schema registry", e);
        }
    }

    /** Asks the process tree to stop, waits up to 10 s, then kills what is left. Safe to call twice. */
    private void stopProcess() {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception notStoppedInTime) {
                log.warn("Schema registry process {} did not stop within {} s; killing it", handle.pid(),
                        STOP_TIMEOUT.toSeconds());
                handle.destroyForcibly();
            }
        }
    }

    private static String logTail(Path logFile) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("contraflow-registry-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the schema registry", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}: {}", directory, e.toString());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
        }
    }
}
