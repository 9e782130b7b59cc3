package io.contraflow.streams;

import io.contraflow.schemas.Topics;
import io.contraflow.streams.bounds.RecordLimits;
import io.contraflow.streams.errors.StreamsFailurePolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams service: builds the topology from its config, runs it, reports its state. A thread that dies is
 * replaced or the application stopped by {@link StreamsFailurePolicy}; {@link #stopped()} completes when the
 * application has stopped for good (state ERROR), so that the process running it can exit with the cause.
 */
public final class ContraflowStreamsApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ContraflowStreamsApp.class);

  private final StreamsAppConfig config;
  private final Topology topology;
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);
  private final StreamsFailurePolicy policy = new StreamsFailurePolicy();
  private final CompletableFuture<Throwable> stopped = new CompletableFuture<>();
  private volatile Throwable failure;

  /** With the real analysis, records bounded by the cluster's record limits (asked once, here). */
  public ContraflowStreamsApp(StreamsAppConfig config) {
    this(config, TopologySettings.from(config).withRecordLimit(clusterRecordLimit(config)));
  }

  public ContraflowStreamsApp(StreamsAppConfig config, TopologySettings settings) {
    this.config = config;
    org.apache.kafka.streams.StreamsBuilder builder = new org.apache.kafka.streams.StreamsBuilder();
    ContraflowTopology.build(builder, settings);
    this.topology = builder.build(config.toStreamsProperties());
    this.streams = new KafkaStreams(topology, config.toStreamsProperties());
    streams.setStateListener((now, before) -> {
      log.info("Contraflow streams '{}': {} -> {}", config.applicationId(), before, now);
      if (now == KafkaStreams.State.RUNNING) running.countDown();
      if (now == KafkaStreams.State.ERROR) {
        failure = policy.fatal() != null ? policy.fatal()
            : new IllegalStateException("Kafka Streams reached state ERROR (every stream thread has died)");
        stopped.complete(failure);
      }
    });
    streams.setUncaughtExceptionHandler(policy);
  }

  /** The smallest record limit of the producer setting and the cluster, for the topics this application writes. */
  private static int clusterRecordLimit(StreamsAppConfig config) {
    int producerLimit = RecordLimits.producerLimit(config.originals());
    try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
      return RecordLimits.fromCluster(admin, Topics.all().stream().map(t -> t.name()).toList(), producerLimit);
    }
  }

  public void start() {
    TopologyWarmUp.run(topology, config, Duration.ofMillis(config.topologyWarmUpMs()));
    log.info("Starting Contraflow streams '{}' against {}", config.applicationId(), config.bootstrapServers());
    streams.start();
  }

  /** Waits until the application is RUNNING; false on timeout or when it failed. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && failure == null;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The error that stopped (or is stopping) the application, or null. */
  public Throwable failure() {
    Throwable f = failure;
    return f != null ? f : policy.fatal();
  }

  /** Completes with the cause when the application has stopped for good (ERROR); never while it runs. */
  public CompletableFuture<Throwable> stopped() {
    return stopped;
  }

  public Topology topology() {
    return topology;
  }

  public StreamsAppConfig config() {
    return config;
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
