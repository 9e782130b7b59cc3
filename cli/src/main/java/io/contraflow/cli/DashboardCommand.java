package io.contraflow.cli;

import io.contraflow.dashboard.DashboardServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the web dashboard over a running cluster's topics until Ctrl-C. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
    description = "Serve the live web dashboard of events and contradictions until Ctrl-C.")
public final class DashboardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to serve on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 in a container).")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name browsers reach the dashboard by, besides localhost (repeatable). Requests naming any other"
          + " host are refused, against DNS rebinding.")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    UntilStopped until = new UntilStopped();
    Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl());
    try (DashboardServer server = Dashboards.start(cluster, host, port, "--port", allowedHosts)) {
      spec.commandLine().getOut().println("Dashboard: " + server.url() + "   (Ctrl-C to stop)");
      if (server.listensEverywhere()) {
        spec.commandLine().getOut().println("Listening on every interface; it answers to localhost and this machine's name"
            + " only: add the names others use with --allowed-host NAME.");
      }
      spec.commandLine().getOut().flush();
      until.await();
    } finally {
      until.cleanedUp();
    }
    return 0;
  }
}
