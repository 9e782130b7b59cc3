package io.contraflow.cli;

import io.contraflow.producer.IngestLimits;
import io.contraflow.producer.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Produces articles from files, folders and JSON lines to the articles topic of a running cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Publish articles to the 'articles' topic: files, folders of them, .jsonl files, or - for standard input",
        "(JSON lines, or one plain-text article). Inputs that cannot be read are counted and sent to 'articles-dlq'.",
        "Exits 0 when everything was published, 3 when some input was not (the summary says what), 143 on SIGTERM",
        "(after printing the summary)."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, .jsonl files, or -.")
  List<String> inputs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
      description = "Stop after this long, whatever is left, and report (default: ${DEFAULT-VALUE}; 0 = no deadline).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    Ingest.checkInputsExist(inputs);
    UntilStopped until = new UntilStopped();
    PrintWriter out = spec.commandLine().getOut();
    try (Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl())) {
      cluster.createTopics();
      // Ctrl-C and SIGTERM stop the ingest at once (a send blocked on a dead broker included) and the summary is
      // still printed: the shutdown hook waits for it.
      IngestReport report = Ingest.run(cluster, inputs, true,
          new IngestLimits(timeoutSeconds == 0 ? null : Duration.ofSeconds(timeoutSeconds), until::isStopped));
      out.println(report.summary());
      out.flush();
      return report.complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    } finally {
      until.cleanedUp();
    }
  }
}
