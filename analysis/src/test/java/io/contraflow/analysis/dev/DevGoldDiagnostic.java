package io.contraflow.analysis.dev;

import com.fasterxml.jackson.databind.JsonNode;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Diagnostic, run by hand (-Ddiagnostic=true): for each gold contradiction, the claims whose claimant matches a side. */
class DevGoldDiagnostic {
  @Test
  void print() {
    Assumptions.assumeTrue(Boolean.getBoolean("diagnostic"), "diagnostic only");
    String only = System.getProperty("gold", "");
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<SharedDev.DevArticle> articles = SharedDev.articles();
    JsonNode gold = SharedDev.gold().get("events");
    for (var it = gold.fields(); it.hasNext(); ) {
      var e = it.next();
      List<Claim> claims = new ArrayList<>();
      for (SharedDev.DevArticle a : articles) if (a.folder().equals(e.getKey())) claims.addAll(extractor.analyze(a.text()).claims());
      for (JsonNode g : e.getValue().get("contradictions")) {
        if (!g.get("id").asText().contains(only)) continue;
        System.out.println("=== " + g.get("id").asText() + " " + g.get("topic").asText());
        for (String side : List.of("side_a", "side_b")) {
          List<String> names = new ArrayList<>();
          g.get(side).get("claimants").forEach(n -> names.add(n.asText().toLowerCase(Locale.ROOT)));
          System.out.println("  " + side + " " + names);
          for (Claim c : claims) {
            String who = (c.claimant() + " | " + c.claimantMention() + " | " + c.source()).toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(who::contains)) {
              System.out.printf("    [%s|%s|%s|%s] %s%n", c.claimant(), c.cue(), c.polarity(), c.predicate() == null ? "" : c.predicate() + c.arguments(),
                  c.content().length() > 150 ? c.content().substring(0, 150) : c.content());
            }
          }
        }
      }
    }
  }
}
