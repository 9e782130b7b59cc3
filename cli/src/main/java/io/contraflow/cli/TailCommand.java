package io.contraflow.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Follows the contradictions topic and prints each contradiction as it is emitted or updated. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print contradictions as they are found (new ones and updates), until Ctrl-C.")
public final class TailCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--from-beginning", description = "Start with every contradiction already on the topic.")
  boolean fromBeginning;

  @Option(names = "--json", description = "One JSON object per line instead of readable text.")
  boolean json;

  @Option(names = "--event", paramLabel = "ID",
      description = "Only this event's contradictions; if a later article merges it into another event, follows that one.")
  String eventId;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only this kind: ATTRIBUTED_DISAGREEMENT, DENIAL, NUMERIC_DISCREPANCY, REPORTED_CONTRADICTION, REVISION.")
  String kind;

  @Option(names = "--claimant", paramLabel = "NAME", description = "Only contradictions with this claimant on either side (part of the name is enough).")
  String claimant;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ContradictionFormat format = new ContradictionFormat(!json && Terminal.supportsColour());
    UntilStopped until = new UntilStopped();
    Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl());
    try (ContradictionFollower follower = new ContradictionFollower(cluster, fromBeginning, eventId != null)) {
      Thread stopper = new Thread(() -> {
        try {
          until.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        follower.stop();
      }, "contraflow-tail-stop");
      stopper.setDaemon(true);
      stopper.start();
      TailPrinter printer = new TailPrinter(out, new ContradictionFilter(eventId, kind, claimant), json, format);
      follower.follow(r -> printer.contradiction(r.key(), r.value()), printer::event);
    } catch (org.apache.kafka.common.errors.TimeoutException e) {
      throw new UserError("Kafka at " + connection.bootstrapServers() + " did not answer (is it running? set --bootstrap-servers)", e);
    } finally {
      until.cleanedUp();
    }
    return 0;
  }
}
