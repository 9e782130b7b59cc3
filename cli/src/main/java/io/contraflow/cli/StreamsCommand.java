package io.contraflow.cli;

import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.ContraflowTopology;
import io.contraflow.streams.StreamsAppConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the streams application against a running cluster until Ctrl-C. */
@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Run the Contraflow streams application (articles -> events, claims, contradictions) until Ctrl-C.",
        "Exits 4, with the cause, when the application stops on an error it cannot recover from."})
public final class StreamsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--application-id", paramLabel = "ID", defaultValue = "contraflow",
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "Where local state stores live (default: a folder in the temp dir).")
  String stateDir;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other streams setting, e.g. --set num.stream.threads=2.")
  Map<String, String> extra = new HashMap<>();

  @Option(names = "--describe", description = "Print the topology and exit.")
  boolean describe;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> settings = new HashMap<>(extra);
    settings.put(StreamsAppConfig.APPLICATION_ID, applicationId);
    settings.put(StreamsAppConfig.BOOTSTRAP_SERVERS, connection.bootstrapServers());
    settings.put(StreamsAppConfig.SCHEMA_REGISTRY_URL, connection.schemaRegistryUrl());
    if (stateDir != null) settings.put(StreamsAppConfig.STATE_DIR, stateDir);
    StreamsAppConfig config;
    try {
      config = new StreamsAppConfig(settings);
    } catch (org.apache.kafka.common.config.ConfigException e) {
      throw new UserError("Invalid setting: " + e.getMessage(), e);
    }
    if (describe) {
      out.println(ContraflowTopology.build(config).describe());
      return 0;
    }
    UntilStopped until = new UntilStopped();
    Throwable failure;
    try (Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl());
         ContraflowStreamsApp app = new ContraflowStreamsApp(config)) {
      cluster.createTopics();
      app.start();
      if (app.awaitRunning(Duration.ofSeconds(120))) out.println("Contraflow streams running as '" + applicationId + "'. Ctrl-C to stop.");
      else if (!app.stopped().isDone()) out.println("Contraflow streams not running yet (state " + app.state() + "); still trying. Ctrl-C to stop.");
      out.flush();
      // A dead application must end the process, non-zero and with the cause, so that a supervisor notices and
      // restarts it; it used to keep the process alive, printing nothing.
      failure = until.awaitOr(app.stopped());
    } finally {
      until.cleanedUp();
    }
    return failure == null ? ExitCodes.OK
        : ExitCodes.stoppedOnError(spec.commandLine().getErr(), "streams", "the streams application stopped: " + failure);
  }
}
