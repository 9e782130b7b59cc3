package io.contraflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contraflow score GOLD OUTDIR}: scores an analyze run against a gold file. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Scores an analyze run's contradictions and events against a gold file (e.g. ../shared/seeds/gold.json):",
        "recall of required findings, precision, detections per matched finding, event-grouping F1."})
public final class ScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (JSON).") Path gold;
  @Parameters(index = "1", paramLabel = "OUTDIR", description = "Folder written by 'contraflow analyze --out'.") Path outDir;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) throw new UserError("Not found: " + gold);
    if (!Files.isDirectory(outDir)) throw new UserError("Not found: " + outDir);
    ContradictionScore.score(gold, outDir).print(spec.commandLine().getOut());
    return 0;
  }
}
