package io.contraflow.cli;

import io.contraflow.dashboard.DashboardServer;
import io.contraflow.embedded.RunMarker;
import io.contraflow.producer.IngestReport;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Everything on one machine: an embedded broker and registry, the streams application, the dashboard, and the sample
 * articles published one by one while the contradictions they cause are printed as they are emitted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run Contraflow end to end on this machine with sample articles about a fictional chemical plant fire.",
        "Prints contradictions as they are found; Ctrl-C stops everything."})
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "2",
      description = "Pause between sample articles, to watch contradictions appear (default: ${DEFAULT-VALUE}).")
  double pauseSeconds;

  @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "8080",
      description = "Dashboard port if free, else any free port (default: ${DEFAULT-VALUE}).")
  int dashboardPort;

  @Option(names = "--no-dashboard", description = "Do not start the web dashboard.")
  boolean noDashboard;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep Kafka's logs, the schemas and the streams state here, across runs (default: a temporary directory).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    UntilStopped until = new UntilStopped();
    Path work = Files.createTempDirectory("contraflow-demo");
    RunMarker.claim(work); // so that the next run deletes it if this one is killed
    Throwable failure = null;
    Cluster cluster = null;
    ContraflowStreamsApp app = null;
    DashboardServer dashboard = null;
    ContradictionFollower follower = null;
    Thread printer = null;
    try {
      console.println("Starting an embedded Kafka broker and schema registry…");
      console.flush();
      cluster = Cluster.embedded(9092, 8081, dataDir);
      console.printf("Kafka bootstrap servers: %s%nSchema registry:         %s%n", cluster.bootstrapServers(), cluster.schemaRegistryUrl());
      warnIfMoved(console, cluster);
      console.println(Cluster.dataDescription(dataDir));
      console.flush();
      cluster.createTopics();

      app = new ContraflowStreamsApp(new StreamsAppConfig(Map.of(
          StreamsAppConfig.APPLICATION_ID, "contraflow-demo",
          StreamsAppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
          StreamsAppConfig.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
          StreamsAppConfig.STATE_DIR, (dataDir == null ? work : dataDir).resolve("state").toString())));
      app.start();
      if (!app.awaitRunning(Duration.ofSeconds(120))) throw new UserError("The streams application did not start (state " + app.state() + ")");

      if (!noDashboard) dashboard = startDashboard(cluster, console);

      ContradictionFormat format = new ContradictionFormat(Terminal.supportsColour());
      ContradictionFollower f = new ContradictionFollower(cluster, true);
      follower = f;
      printer = new Thread(() -> f.follow(r -> {
        synchronized (console) {
          console.println(format.format(r.value()));
          console.flush();
        }
      }), "contraflow-demo-printer");
      printer.setDaemon(true);
      printer.start();

      List<Path> articles = DemoArticles.copyTo(Files.createDirectories(work.resolve("articles")));
      for (Path article : articles) {
        if (until.isStopped() || app.stopped().isDone()) break;
        IngestReport report = Ingest.run(cluster, List.of(article.toString()), false);
        synchronized (console) {
          console.printf(report.acknowledged() == 1 ? "Published %s%n" : "Could not publish %s: %s%n", article.getFileName(), report.summary());
          console.flush();
        }
        Thread.sleep((long) (pauseSeconds * 1000));
      }
      synchronized (console) {
        console.println("All sample articles published. Contradictions appear above as they are found. Ctrl-C to stop.");
        console.flush();
      }
      failure = until.awaitOr(app.stopped());
      console.println(failure == null ? "\nStopping…" : "\nThe streams application stopped on an error; stopping…");
      console.flush();
    } finally {
      if (follower != null) follower.stop();
      if (printer != null) printer.join(2_000);
      if (follower != null) follower.close();
      if (dashboard != null) dashboard.close();
      if (app != null) app.close();
      if (cluster != null) cluster.close();
      AnalyzeCommand.deleteQuietly(work);
      until.cleanedUp();
    }
    return failure == null ? ExitCodes.OK
        : ExitCodes.stoppedOnError(spec.commandLine().getErr(), "demo", "the streams application stopped: " + failure);
  }

  /**
   * The other commands default to ports 9092 and 8081: when the demo could not have them (another cluster, a
   * process holding them), it says so and what to give the other commands, rather than moving silently.
   */
  private static void warnIfMoved(PrintWriter console, Cluster cluster) {
    if (!cluster.bootstrapServers().endsWith(":9092")) {
      console.printf("Note: port 9092 was taken, so Kafka is on %s: give other commands --bootstrap-servers %s%n",
          cluster.bootstrapServers(), cluster.bootstrapServers());
    }
    if (!cluster.schemaRegistryUrl().contains(":8081/")) {
      console.printf("Note: port 8081 was taken, so the registry is at %s: give other commands --schema-registry-url %s%n",
          cluster.schemaRegistryUrl(), cluster.schemaRegistryUrl());
    }
  }

  private DashboardServer startDashboard(Cluster cluster, PrintWriter console) {
    try {
      DashboardServer server = Dashboards.start(cluster, "127.0.0.1", Cluster.freeOrAny(dashboardPort), "--dashboard-port", List.of());
      console.printf("Dashboard:               %s%n", server.url());
      return server;
    } catch (RuntimeException e) {
      console.printf("Dashboard not started: %s%n", e.getMessage());
      return null;
    } finally {
      console.flush();
    }
  }
}
