package io.contraflow.cli;

import picocli.CommandLine.Option;

/** Where Kafka and the schema registry are, for commands that work against a running cluster. */
public final class ConnectionOptions {
  public static final String DEFAULT_BOOTSTRAP = "localhost:9092";
  public static final String DEFAULT_REGISTRY = "http://localhost:8081/apis/ccompat/v7";

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers (default: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT_BOOTSTRAP)
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "Confluent-compatible schema registry (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_REGISTRY)
  String schemaRegistryUrl;

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String schemaRegistryUrl() {
    return schemaRegistryUrl;
  }
}
