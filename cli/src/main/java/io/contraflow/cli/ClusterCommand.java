package io.contraflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A bare local cluster, without Docker: the embedded Kafka broker and schema registry on the ports every other
 * command expects by default, until Ctrl-C. With --data-dir, topics, records, offsets and schemas survive a restart.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"Run a local Kafka broker and schema registry (no Docker) until Ctrl-C, on the ports the other commands use by default.",
        "Without --data-dir everything lives in a temporary directory deleted on exit; with it, everything is kept.",
        "Exits 4 when the broker or registry stops on its own."})
public final class ClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep Kafka's logs (DIR/kafka) and the registry's schemas (DIR/registry) here, across restarts.")
  Path dataDir;

  @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092", description = "Kafka's port (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "8081",
      description = "The schema registry's port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // The point of this command is to serve the others at their defaults: a port taken is an error, not a detour.
    requireFree(kafkaPort, "--kafka-port");
    requireFree(registryPort, "--registry-port");
    UntilStopped until = new UntilStopped();
    String stopped;
    try (Cluster cluster = Cluster.embedded(kafkaPort, registryPort, dataDir)) {
      cluster.createTopics();
      out.printf("Kafka bootstrap servers: %s%nSchema registry:         %s%n", cluster.bootstrapServers(), cluster.schemaRegistryUrl());
      out.println(Cluster.dataDescription(dataDir));
      out.println("Ctrl-C to stop.");
      out.flush();
      stopped = until.awaitOr(cluster.stoppedOnItsOwn());
    } finally {
      until.cleanedUp();
    }
    return stopped == null ? ExitCodes.OK : ExitCodes.stoppedOnError(spec.commandLine().getErr(), "cluster", stopped);
  }

  private static void requireFree(int port, String flag) {
    if (port != 0 && Cluster.freeOrAny(port) == 0) {
      throw new UserError("Port " + port + " is in use (another cluster, or a registry left running?); choose another with "
          + flag + ", and give the other commands the addresses this one prints");
    }
  }
}
