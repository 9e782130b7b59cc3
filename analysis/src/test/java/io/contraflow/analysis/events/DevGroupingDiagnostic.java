package io.contraflow.analysis.events;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.dev.SharedDev;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints the grouper's own decisions over the dev set (or {@code -Dcontraflow.evalDir}) in the order the
 * files are read, with each decision's reason, to see why stories split or merge. Run with {@code -Ddiagnostic=true}
 * (and {@code -Dverbose=true} for every open story's verdict on an article that opened a new one; {@code -Dchrono=true}
 * for publication order).
 * {@link DevOracleDiagnostic} shows instead how each article fares against its true story.
 */
class DevGroupingDiagnostic {
  @Test
  void print() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("diagnostic"), "diagnostic only");
    ClaimExtractor extractor = ClaimExtractor.english();
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    Map<String, EventProfile> open = new LinkedHashMap<>();
    Map<String, String> firstLabel = new LinkedHashMap<>();
    java.util.List<SharedDev.DevArticle> articles = new java.util.ArrayList<>(SharedDev.articles());
    // -Dchrono=true: in order of publication, undated last, nearer to how the launcher's stream meets them.
    if (Boolean.getBoolean("chrono")) {
      articles.sort(java.util.Comparator.comparing((SharedDev.DevArticle a) -> a.text().publishedAt(),
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    }
    for (SharedDev.DevArticle a : articles) {
      ArticleAnalysis an = extractor.analyze(a.text());
      Map<String, JoinTests.Verdict> verdicts = new LinkedHashMap<>();
      open.forEach((id, p) -> verdicts.put(id, grouper.verdict(an, p)));
      EventDecision d = grouper.group(an, open);
      firstLabel.putIfAbsent(d.eventId(), a.label());
      System.out.printf("%-36s -> %s (%s)%s%n", a.file().replace(".txt", ""), firstLabel.get(d.eventId()),
          d.newEvent() ? "new" : d.reason(),
          d.absorbs().isEmpty() ? "" : " absorbs " + d.absorbs().stream().map(firstLabel::get).toList());
      // -Dverbose=true: why a new story joined none of the open ones (-Dall=true: every verdict on every article).
      if ((d.newEvent() || Boolean.getBoolean("all")) && Boolean.getBoolean("verbose")) {
        verdicts.forEach((id, v) -> System.out.println("    " + firstLabel.get(id) + ": " + v.reason()));
      }
      for (String absorbed : d.absorbs()) System.out.println("    " + firstLabel.get(absorbed) + ": " + verdicts.get(absorbed).reason());
    }
  }
}
