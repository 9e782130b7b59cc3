package io.contraflow.streams;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The streams service: builds the topology from its config, runs it, reports its state. */
public final class ContraflowStreamsApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ContraflowStreamsApp.class);

  private final StreamsAppConfig config;
  private final Topology topology;
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);
  private volatile Throwable failure;

  public ContraflowStreamsApp(StreamsAppConfig config) {
    this(config, TopologySettings.from(config));
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
    });
    streams.setUncaughtExceptionHandler(e -> {
      failure = e;
      log.error("Contraflow streams '{}' stopped by an unexpected error: {}", config.applicationId(), e.toString(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  public void start() {
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

  /** The error that stopped the application, or null. */
  public Throwable failure() {
    return failure;
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
