package io.contraflow.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Everything the pipeline needs to run on one machine: a real Kafka broker (in this JVM) and a real schema registry
 * (a child process). They do not depend on each other, so they start at the same time; the stack is returned once
 * both are ready, and closing it stops both.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedSchemaRegistry registry;

    private EmbeddedStack(EmbeddedKafkaBroker kafka, EmbeddedSchemaRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /**
     * Starts the broker and the registry in parallel and waits for both.
     *
     * @param kafkaPort    the broker's client port on 127.0.0.1, or 0 for a free one
     * @param registryPort the registry's HTTP port on 127.0.0.1, or 0 for a free one
     * @throws IllegalStateException if either fails to start; the other one is then stopped again
     */
    public static EmbeddedStack start(int kafkaPort, int registryPort) {
        return start(kafkaPort, registryPort, null);
    }

    /**
     * As {@link #start(int, int)}, keeping the broker's logs and the registry's schemas in {@code dataDirectory}
     * ({@code kafka/} and {@code registry/}) when it is not null, so that a restart finds both. Before starting,
     * what runs that were killed left in the temporary directory (directories, a registry still running) is cleaned
     * up, and said in the log.
     */
    public static EmbeddedStack start(int kafkaPort, int registryPort, Path dataDirectory) {
        for (String done : RunMarker.cleanUpAbandoned(Path.of(System.getProperty("java.io.tmpdir")))) {
            log.warn("Cleaning up after a killed run: {}", done);
        }
        long startedAt = System.nanoTime();
        ExecutorService starters = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "embedded-stack-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<EmbeddedKafkaBroker> kafka = starters.submit(() -> EmbeddedKafkaBroker.start(kafkaPort, dataDirectory));
            Future<EmbeddedSchemaRegistry> registry = starters.submit(
                    () -> EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), registryPort, dataDirectory));
            Started<EmbeddedKafkaBroker> startedKafka = await(kafka);
            Started<EmbeddedSchemaRegistry> startedRegistry = await(registry);
            if (startedKafka.failure == null && startedRegistry.failure == null) {
                EmbeddedStack stack = new EmbeddedStack(startedKafka.value, startedRegistry.value);
                log.info("Kafka at {} and schema registry at {} ready in {} ms", stack.bootstrapServers(),
                        stack.schemaRegistryUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
                return stack;
            }
            IllegalStateException failure = new IllegalStateException(
                    "Could not start the embedded stack: " + describe("Kafka broker", startedKafka)
                            + describe("schema registry", startedRegistry));
            addFailure(failure, startedKafka.failure);
            addFailure(failure, startedRegistry.failure);
            closeQuietly(startedKafka.value, failure);
            closeQuietly(startedRegistry.value, failure);
            throw failure;
        } finally {
            starters.shutdownNow();
        }
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The schema registry's base URL. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** The broker itself, for creating topics. */
    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /** The registry process, to watch that it is still alive. */
    public EmbeddedSchemaRegistry registry() {
        return registry;
    }

    /** Stops the registry and the broker, both even when one of them fails to stop. */
    @Override
    public void close() {
        IllegalStateException failure = new IllegalStateException("Could not stop the embedded stack cleanly");
        closeQuietly(registry, failure);
        closeQuietly(kafka, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private record Started<T>(T value, Throwable failure) {
    }

    private static <T> Started<T> await(Future<T> starting) {
        try {
            return new Started<>(starting.get(), null);
        } catch (ExecutionException e) {
            return new Started<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Started<>(null, e);
        }
    }

    private static String describe(String what, Started<?> started) {
        return started.failure == null ? "" : " [" + what + ": " + started.failure.getMessage() + "]";
    }

    private static void addFailure(Throwable into, Throwable failure) {
        if (failure != null) {
            into.addSuppressed(failure);
        }
    }

    private static void closeQuietly(AutoCloseable closeable, Throwable collectInto) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            collectInto.addSuppressed(e);
        }
    }
}
