package io.contraflow.cli;

import io.contraflow.producer.IngestReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Produces articles from files, folders and JSON lines to the articles topic of a running cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Publish articles to the 'articles' topic: files, folders of them, .jsonl files, or - for JSON lines on stdin.",
        "Inputs that cannot be read are counted and sent to 'articles-dlq'."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, .jsonl files, or -.")
  List<String> inputs;

  @Override
  public Integer call() {
    Ingest.checkInputsExist(inputs);
    try (Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl())) {
      cluster.createTopics();
      IngestReport report = Ingest.run(cluster, inputs, true);
      spec.commandLine().getOut().println(report.summary());
      return report.failedToSend() == 0 ? 0 : 1;
    }
  }
}
