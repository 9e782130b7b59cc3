package io.contraflow.cli;

import io.contraflow.embedded.EmbeddedStack;
import io.contraflow.schemas.Topics;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Kafka cluster and schema registry a command works against: either started here (embedded broker + registry)
 * or already running elsewhere.
 */
public final class Cluster implements AutoCloseable {
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final String schemaRegistryUrl;
  private final EmbeddedStack stack;

  private Cluster(String bootstrapServers, String schemaRegistryUrl, EmbeddedStack stack) {
    this.bootstrapServers = bootstrapServers;
    this.schemaRegistryUrl = schemaRegistryUrl;
    this.stack = stack;
  }

  /** Starts a broker and a registry in-process, on the preferred ports when free, else on free ones (0 = any). */
  public static Cluster embedded(int preferredKafkaPort, int preferredRegistryPort) {
    return embedded(preferredKafkaPort, preferredRegistryPort, null);
  }

  /**
   * As {@link #embedded(int, int)}, keeping the broker's and registry's data in {@code dataDirectory} when it is not
   * null (a temporary directory, deleted on close, otherwise).
   */
  public static Cluster embedded(int preferredKafkaPort, int preferredRegistryPort, java.nio.file.Path dataDirectory) {
    EmbeddedStack stack;
    try {
      stack = EmbeddedStack.start(freeOrAny(preferredKafkaPort), freeOrAny(preferredRegistryPort), dataDirectory);
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage(), e);
    }
    return new Cluster(stack.bootstrapServers(), stack.schemaRegistryUrl(), stack);
  }

  /** The line that tells the user where an embedded cluster's data lives and whether it is kept. */
  static String dataDescription(java.nio.file.Path dataDirectory) {
    return dataDirectory == null
        ? "Data:                    a temporary directory, deleted on exit (--data-dir DIR keeps it)"
        : "Data:                    " + dataDirectory.toAbsolutePath() + " (kept)";
  }

  /**
   * Completes, with what happened, if the embedded registry process ends while the cluster should be running (the
   * broker runs in this JVM: if it dies, so does the process); never for an external cluster.
   */
  public java.util.concurrent.CompletableFuture<String> stoppedOnItsOwn() {
    if (stack == null) return new java.util.concurrent.CompletableFuture<>();
    return stack.registry().onExit().thenApply(code -> "the schema registry stopped (exit code " + code
        + "); see its log, " + stack.registry().logFile());
  }

  public static Cluster external(String bootstrapServers, String schemaRegistryUrl) {
    return new Cluster(bootstrapServers, schemaRegistryUrl, null);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String schemaRegistryUrl() {
    return schemaRegistryUrl;
  }

  public boolean isEmbedded() {
    return stack != null;
  }

  /** What every serde needs. */
  public Map<String, Object> serdeConfig() {
    return Map.of("schema.registry.url", schemaRegistryUrl);
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
  }

  /** Creates every topic of the catalogue that does not exist yet. */
  public void createTopics() {
    // The embedded broker has one node; elsewhere the broker's default replication factor applies.
    List<NewTopic> topics = Topics.all().stream().map(t -> isEmbedded() ? t.newTopic((short) 1) : t.newTopic()).toList();
    try (Admin admin = admin()) {
      for (NewTopic topic : topics) {
        try {
          admin.createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new UserError("Cannot create topic '" + topic.name() + "' on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
          }
        } catch (TimeoutException e) {
          throw new UserError("Kafka at " + bootstrapServers + " did not answer within " + ADMIN_TIMEOUT.toSeconds()
              + " s (is it running? set --bootstrap-servers)", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new UserError("Interrupted while creating topics", e);
        }
      }
    }
  }

  /** The topic's max.message.bytes, when the cluster says (empty when it does not answer). */
  public java.util.Optional<Integer> topicRecordLimit(String topic) {
    org.apache.kafka.common.config.ConfigResource resource =
        new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
    try (Admin admin = admin()) {
      org.apache.kafka.clients.admin.ConfigEntry entry = admin.describeConfigs(List.of(resource)).all()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource).get("max.message.bytes");
      return entry == null || entry.value() == null ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(entry.value()));
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }

  @Override
  public void close() {
    if (stack != null) stack.close();
  }

  /** {@code port} when it is free on the loopback interface, else 0 (any free port). */
  static int freeOrAny(int port) {
    if (port == 0) return 0;
    try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
