package io.contraflow.streams.bounds;

import io.contraflow.schemas.ArticleLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The largest record the application may write, derived from the limits that really apply: the producer's
 * {@code max.request.size} (Kafka Streams passes {@code max.request.size} and {@code producer.max.request.size} to
 * it), the broker's {@code message.max.bytes}, and the {@code max.message.bytes} of the topics written, less what
 * Kafka adds to each record ({@link ArticleLimits#RECORD_OVERHEAD}). Every record writer bounds its records by it.
 */
public final class RecordLimits {
  private static final Logger log = LoggerFactory.getLogger(RecordLimits.class);
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(15);

  private RecordLimits() {}

  /** The producer's record limit as Kafka Streams will configure it from {@code streamsProperties}. */
  public static int producerLimit(Map<?, ?> streamsProperties) {
    Object value = streamsProperties.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    if (value == null) value = streamsProperties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    return value == null ? ArticleLimits.KAFKA_DEFAULT_RECORD_LIMIT : Integer.parseInt(value.toString().strip());
  }

  /** Key plus value bytes a record may have under a limit of {@code limit} bytes per record. */
  public static int budget(int limit) {
    if (limit <= 4 * ArticleLimits.RECORD_OVERHEAD) {
      throw new IllegalArgumentException("a record limit of " + limit + " bytes leaves no room for records");
    }
    return limit - ArticleLimits.RECORD_OVERHEAD;
  }

  /**
   * The smallest of {@code producerLimit}, the brokers' {@code message.max.bytes} and the existing {@code topics}'
   * {@code max.message.bytes}; {@code producerLimit} alone when the cluster does not answer (then a record over the
   * broker's limit is still caught by the production exception handler, as a dead letter).
   */
  public static int fromCluster(Admin admin, Collection<String> topics, int producerLimit) {
    try {
      int limit = producerLimit;
      List<ConfigResource> resources = new ArrayList<>();
      for (Node node : admin.describeCluster().nodes().get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        resources.add(new ConfigResource(ConfigResource.Type.BROKER, node.idString()));
      }
      for (String topic : admin.listTopics().names().get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        if (topics.contains(topic)) resources.add(new ConfigResource(ConfigResource.Type.TOPIC, topic));
      }
      Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      for (Map.Entry<ConfigResource, Config> e : configs.entrySet()) {
        String name = e.getKey().type() == ConfigResource.Type.BROKER ? "message.max.bytes" : TopicConfig.MAX_MESSAGE_BYTES_CONFIG;
        ConfigEntry entry = e.getValue().get(name);
        if (entry != null && entry.value() != null) limit = Math.min(limit, Integer.parseInt(entry.value()));
      }
      return limit;
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not read the cluster's record limits ({}); bounding records by max.request.size={} alone", e.toString(), producerLimit);
      return producerLimit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return producerLimit;
    }
  }
}
