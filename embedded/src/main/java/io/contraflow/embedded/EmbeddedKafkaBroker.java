package io.contraflow.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker running inside this JVM: one node that is both broker and KRaft controller, listening on
 * 127.0.0.1 only, storing its logs in a fresh temporary directory that {@link #close()} deletes, or in a data
 * directory of the caller's that it keeps ({@link #start(int, Path)}).
 *
 * <p>It is started the way {@code kafka-storage format} and {@code kafka-server-start} start a node: the storage is
 * formatted with Kafka's {@link Formatter} under a newly generated cluster id, then a {@link KafkaRaftServer} runs on
 * the same configuration. Transactions work (exactly-once streams can run against it).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** Only a port chosen by us can be lost to another process between choosing and binding; then we retry. */
    private static final int START_ATTEMPTS = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final String CONTROLLER_PORT_FILE = "controller.port";

    private final KafkaRaftServer server;
    private final Path directory;
    /** Whether {@link #directory} is the caller's data directory, kept on close, rather than a temporary one. */
    private final boolean persistent;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private Admin admin;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path directory, boolean persistent, String bootstrapServers) {
        this.server = server;
        this.directory = directory;
        this.persistent = persistent;
        this.bootstrapServers = bootstrapServers;
        this.shutdownHook = new Thread(this::close, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Formats fresh storage and starts the broker; returns once it accepts clients.
     *
     * @param port the client port on 127.0.0.1, or 0 for a free port chosen here
     */
    public static EmbeddedKafkaBroker start(int port) {
        return start(port, null);
    }

    /**
     * As {@link #start(int)}, keeping the broker's logs in {@code dataDirectory} when it is not null: formatted on
     * first use, kept on close, found again by the next start (topics, records, committed offsets and transactions
     * survive a restart). It fails when another live run uses that directory.
     */
    public static EmbeddedKafkaBroker start(int port, Path dataDirectory) {
        if (FreePort.requireValid(port) != 0 && !FreePort.isFree(port)) {
            throw new IllegalStateException("Cannot start the embedded Kafka broker: 127.0.0.1:" + port
                    + " is already in use (is another broker running? choose another port, or 0 for a free one)");
        }
        QuietBrokerLogging.applyUnlessConfigured();
        long startedAt = System.nanoTime();
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int brokerPort = FreePort.orFree(port);
            int controllerPort = controllerPort(dataDirectory);
            try {
                EmbeddedKafkaBroker broker = startOnce(brokerPort, controllerPort, dataDirectory);
                log.info("Kafka broker {} ready at {} in {} ms", kafkaVersion(), broker.bootstrapServers(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
                return broker;
            } catch (RuntimeException e) {
                lastFailure = e;
                log.warn("Kafka broker start attempt {} on ports {}/{} failed: {}",
                        attempt, brokerPort, controllerPort, e.toString());
                if (port != 0 && !FreePort.isFree(port)) {
                    break; // the requested port itself is taken: retrying cannot help
                }
            }
        }
        throw new IllegalStateException("Could not start the embedded Kafka broker"
                + (port == 0 ? "" : " on 127.0.0.1:" + port + " (is another process using this port?)"), lastFailure);
    }

    private static EmbeddedKafkaBroker startOnce(int brokerPort, int controllerPort, Path dataDirectory) {
        boolean persistent = dataDirectory != null;
        Path directory = persistent ? RunMarker.ownDataDirectory(dataDirectory.resolve("kafka"), "Kafka") : createTempDirectory();
        RunMarker.claim(directory);
        KafkaRaftServer server = null;
        try {
            Path logDir = directory.resolve("data");
            KafkaConfig config = KafkaConfig.fromProps(
                    SingleNodeBrokerProperties.of(brokerPort, controllerPort, logDir), false);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir);
            }
            if (persistent) {
                Files.writeString(directory.resolve(CONTROLLER_PORT_FILE), Integer.toString(controllerPort));
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, directory, persistent, "127.0.0.1:" + brokerPort);
        } catch (RuntimeException | IOException e) {
            if (server != null) {
                stop(server);
            }
            if (persistent) {
                RunMarker.release(directory);
            } else {
                deleteQuietly(directory);
            }
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
    }

    /** Where the controller listened last time on this data directory, if free again (else a free port). */
    private static int controllerPort(Path dataDirectory) {
        if (dataDirectory != null) {
            try {
                int last = Integer.parseInt(Files.readString(dataDirectory.resolve("kafka").resolve(CONTROLLER_PORT_FILE)).strip());
                if (FreePort.isFree(last)) {
                    return last;
                }
            } catch (IOException | NumberFormatException firstStart) {
                // a new data directory
            }
        }
        return FreePort.onLoopback();
    }

    /**
     * What {@code kafka-storage format --cluster-id <new id> --config <config>} does for a static quorum whose only log
     * directory also holds the metadata log. Kafka's release version and feature levels take their defaults.
     */
    private static void format(Path logDir) {
        String directory = logDir.toAbsolutePath().toString();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(SingleNodeBrokerProperties.NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(SingleNodeBrokerProperties.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(directory)
                .setHasDynamicQuorum(false)
                .addDirectory(directory);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + directory, e);
        }
    }

    /** The temporary directory holding the broker's logs; deleted by {@link #close()}. */
    Path dataDirectory() {
        return directory;
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the topics that do not exist yet and waits until the controller has created them. Topics that already
     * exist are left as they are (their partition count is not compared).
     */
    public void createTopics(Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, KafkaFuture<Void>> results = admin().createTopics(topics).values();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    failures.add(result.getKey() + ": " + e.getCause());
                }
            } catch (TimeoutException e) {
                failures.add(result.getKey() + ": not created within " + ADMIN_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topics " + results.keySet(), e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Could not create topics: " + String.join("; ", failures));
        }
        awaitLeaders(results.keySet());
    }

    /**
     * The controller acknowledges a new topic before the broker has loaded it into its metadata; callers that
     * describe or write to it at once would get UnknownTopicOrPartition. Wait until every partition has a leader.
     */
    private void awaitLeaders(Collection<String> names) {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                Map<String, org.apache.kafka.clients.admin.TopicDescription> described =
                        admin().describeTopics(names).allTopicNames().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                boolean ready = described.values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not visible yet: retry below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + names, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + names + " have no leader after " + ADMIN_TIMEOUT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + names, e);
            }
        }
    }

    private synchronized Admin admin() {
        if (closed) {
            throw new IllegalStateException("The embedded Kafka broker is closed");
        }
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin"));
        }
        return admin;
    }

    /** Stops the broker and deletes its data. Safe to call more than once; also run by a JVM shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long stoppingAt = System.nanoTime();
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        stop(server);
        if (persistent) {
            RunMarker.release(directory);
        } else {
            deleteQuietly(directory);
        }
        log.info("Kafka broker at {} stopped in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The JVM is exiting; the hook will find the broker closed.
            }
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("contraflow-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory for the Kafka logs", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            Utils.delete(directory.toFile());
        } catch (IOException e) {
            log.warn("Could not delete Kafka's temporary directory {}: {}", directory, e.toString());
        }
    }

    private static String kafkaVersion() {
        return AppInfoParser.getVersion();
    }
}
