package io.contraflow.analysis.events;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.dev.SharedDev;
import java.util.*;
import org.junit.jupiter.api.Test;

/**
 * Diagnostic, run by hand (-Dtest=DevOracleDiagnostic -Ddiagnostic=true): scores each dev article against oracle
 * events built from the gold grouping of the articles before it, and prints the verdicts.
 */
class DevOracleDiagnostic {
  @Test
  void print() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("diagnostic"), "diagnostic only");
    List<SharedDev.DevArticle> articles = SharedDev.articles();
    ClaimExtractor extractor = ClaimExtractor.english();
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    Map<String, EventProfile> oracle = new LinkedHashMap<>();
    for (SharedDev.DevArticle a : articles) {
      ArticleAnalysis an = extractor.analyze(a.text());
      EventFeatures f = EventFeatures.of(an);
      StringBuilder sb = new StringBuilder(String.format("%-34s inc=%s focal=%s places=%s", a.file().replace(".txt", ""), f.incident(),
          new TreeSet<>(f.focal()), new TreeSet<>(f.places())));
      List<Object[]> scores = new ArrayList<>();
      for (EventProfile p : oracle.values()) {
        JoinTests.Verdict v = grouper.verdict(an, p);
        scores.add(new Object[] {p.eventId, v});
      }
      scores.sort((x, y) -> Double.compare(((JoinTests.Verdict) y[1]).rank(), ((JoinTests.Verdict) x[1]).rank()));
      for (int k = 0; k < Math.min(3, scores.size()); k++) {
        JoinTests.Verdict v = (JoinTests.Verdict) scores.get(k)[1];
        String id = (String) scores.get(k)[0];
        sb.append(String.format("%n    %s%s %s %s", id.equals(a.label()) ? "*" : " ", id, v.joins() ? "JOIN" : "no", v.reason()));
      }
      System.out.println(sb);
      EventProfile p = oracle.get(a.label());
      EventDecision d = new EventDecision(a.label(), p == null, 0, null);
      oracle.put(a.label(), grouper.apply(d, an, p));
    }
  }
}
