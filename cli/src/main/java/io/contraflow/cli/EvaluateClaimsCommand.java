package io.contraflow.cli;

import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.evaluation.ClaimEvaluation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contraflow evaluate-claims GOLD ARTICLES_DIR}: claim-level precision and recall against a claim gold set. */
@Command(name = "evaluate-claims", mixinStandardHelpOptions = true,
    description = {"Runs claim extraction over the articles of a claim gold set and prints claim-level precision and recall",
        "(claimant and overlapping span must match), polarity accuracy and claimant-normalisation accuracy.",
        "Article files may have header lines (Title:, Source:, Published:, URL:) and gold keys may be paths into event folders.",
        "Gold sets: analysis/src/test/resources/claims/seeds-gold.json with ../shared/seeds,",
        "analysis/src/test/resources/claims/dev-gold.json with ../shared/dev."})
public final class EvaluateClaimsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD", description = "Claim gold file (JSON).") Path gold;
  @Parameters(index = "1", paramLabel = "ARTICLES_DIR", description = "Folder the gold file's article paths are relative to.") Path articles;
  @Option(names = "--details", description = "List missed and spurious claims and matched claims of the wrong polarity.") boolean details;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) throw new UserError("Not found: " + gold);
    if (!Files.isDirectory(articles)) throw new UserError("Not found: " + articles);
    var report = ClaimEvaluation.evaluate(gold, articles, ClaimExtractor.english());
    var out = spec.commandLine().getOut();
    var buffer = new java.io.ByteArrayOutputStream();
    report.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), details);
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }
}
