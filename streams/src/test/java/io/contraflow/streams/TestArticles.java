package io.contraflow.streams;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.contradictions.ContradictionKind;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.analysis.contradictions.Severity;
import io.contraflow.analysis.contradictions.Side;
import io.contraflow.schemas.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic stand-ins for the analysis, so topology tests check what the pipeline does with claims and
 * findings, independently of how good the NLP is today.
 */
final class TestArticles {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Pattern SAID = Pattern.compile("([A-Z][\\w ]+?) said (.+?)\\.");
  private static final String ORIGIN = "the fire started in ";

  private TestArticles() {}

  static Article article(String id, String body, Instant publishedAt) {
    return Article.newBuilder()
        .setId(id).setTitle("Fire at the Brennan Chemicals plant in Harlow Creek").setBody(body)
        .setSource("The " + id + " Gazette").setUrl("https://example.org/" + id)
        .setPublishedAt(publishedAt).setIngestedAt(publishedAt).setLanguage("en").setOrigin(id + ".txt")
        .build();
  }

  /** One claim per "X said Y." sentence; every article shares the same names and terms, as one event's coverage would. */
  static ArticleAnalysis extract(ArticleText text) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = SAID.matcher(text.body());
    while (m.find()) {
      String claimant = m.group(1).trim();
      claims.add(new Claim(text.id() + ":" + m.start() + "-" + m.end(), text.id(), text.source(), text.publishedAt(),
          claimant, ClaimantType.PERSON, claimant, null, null, "say", m.group(2), "fire", "start", Map.of(), Map.of(),
          Polarity.AFFIRMED, Modality.STATED, List.of(), null, false, m.group(), 0, m.start(), m.end(), null));
    }
    Map<String, Double> names = new LinkedHashMap<>(Map.of("Harlow Creek", 2.0, "Brennan Chemicals", 2.0));
    Map<String, Double> terms = new LinkedHashMap<>(Map.of("fire", 3.0, "plant", 2.0, "chemical", 1.0));
    return new ArticleAnalysis(text, claims, names, terms, text.body().hashCode());
  }

  /** Claims saying where the fire started, in more than one place, are one finding with a stable id. */
  static List<Finding> detectOrigins(String eventId, List<Claim> claims) {
    TreeMap<String, List<Claim>> byPlace = new TreeMap<>();
    for (Claim c : claims) {
      if (c.content().startsWith(ORIGIN)) byPlace.computeIfAbsent(c.content().substring(ORIGIN.length()), k -> new ArrayList<>()).add(c);
    }
    if (byPlace.size() < 2) return List.of();
    Map.Entry<String, List<Claim>> first = byPlace.pollFirstEntry();
    List<Claim> others = byPlace.values().stream().flatMap(List::stream).toList();
    return List.of(new Finding(eventId + ":fire-origin", eventId, ContradictionKind.ATTRIBUTED_DISAGREEMENT, "where the fire started",
        new Side("origin: " + first.getKey(), first.getValue()), new Side("origin: elsewhere", others),
        0.8, Severity.HIGH, "They disagree about where the fire started."));
  }
}
