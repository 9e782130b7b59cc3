package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 8: what the pipeline writes does not depend on the order of maps the analysis hands over. */
class AvroMappingTest {

  @Test
  void aClaimsArgumentsAreWrittenInKeyOrderWhateverTheOrderTheyCameIn() {
    Map<String, String> arguments = new LinkedHashMap<>();
    for (String role : List.of("time", "agent", "patient", "origin", "location", "destination", "instrument", "exclusive")) {
      arguments.put(role, role + "-value");
    }
    // The analysis keeps them in Map.copyOf, whose iteration order changes from one JVM to the next.
    Claim claim = new Claim("a1:0-10", "a1", "Wire", Instant.EPOCH, "Chief Rowe", ClaimantType.PERSON, "Rowe", null, null,
        "say", "the fire started", "fire", "start", arguments, Map.of("destination", "x", "agent", "y"),
        Polarity.AFFIRMED, Modality.STATED, List.of(), null, false, "Rowe said the fire started.", 0, 0, 10, null);

    io.contraflow.schemas.Claim written = AvroMapping.toAvro(claim);

    assertThat(written.getArguments().keySet()).containsExactly("agent", "destination", "exclusive", "instrument",
        "location", "origin", "patient", "time");
    assertThat(written.getNegatedArguments().keySet()).containsExactly("agent", "destination");
  }

  @Test
  void whetherAClaimsPublicationTimeWasKnownSurvivesTheTopic() {
    // Detection reads a toll rising over the days from publication times: one that is only the time an undated
    // article was read must stay marked as such after the claims topic.
    Claim undated = new Claim("a2:0-10", "a2", "Wire", Instant.parse("2026-06-01T00:00:00Z"), "Chief Rowe",
        ClaimantType.PERSON, "Rowe", null, null, "say", "nine died", null, null, Map.of(), Map.of(), Polarity.AFFIRMED,
        Modality.STATED, List.of(), null, false, "Rowe said nine died.", 0, 0, 10, null, false);

    io.contraflow.schemas.Claim written = AvroMapping.toAvro(undated);

    assertThat(written.getPublishedAtKnown()).isFalse();
    assertThat(AvroMapping.toDomain(written).dated()).isFalse();
    assertThat(AvroMapping.toDomain(AvroMapping.toAvro(new Claim("a3:0-10", "a3", "Wire", Instant.EPOCH, "Chief Rowe",
        ClaimantType.PERSON, "Rowe", null, null, "say", "nine died", null, null, Map.of(), Map.of(), Polarity.AFFIRMED,
        Modality.STATED, List.of(), null, false, "Rowe said nine died.", 0, 0, 10, null))).dated()).isTrue();
  }

  /** Grouping reads the days an article names from the topic, where its body no longer travels. */
  @Test
  void theDaysAnArticleNamesSurviveTheTopic() {
    io.contraflow.analysis.ArticleText text = new io.contraflow.analysis.ArticleText("a", "Depot strike inquiry",
        "The inquiry into the 19 September strike on the Kesta depot reported on Monday.", "Harbour Gazette", null,
        Instant.parse("2032-03-01T09:00:00Z"), "en");
    io.contraflow.analysis.claims.ArticleAnalysis analysed = new io.contraflow.analysis.claims.ArticleAnalysis(text, List.of(),
        io.contraflow.analysis.events.EventFeatures.of(text));

    assertThat(AvroMapping.groupable(AvroMapping.toAvro(analysed)).features().days())
        .containsExactly(java.time.LocalDate.of(2031, 9, 19));
  }

  @Test
  void eventFeaturesAreCarriedInKeyOrder() {
    Map<String, Double> features = new LinkedHashMap<>(Map.of("vessport", 2.0, "bridge", 3.0, "collapse", 2.0, "x".repeat(201), 1.0));

    assertThat(AvroMapping.canonical(features).keySet()).as("sorted; an overlong 'name' dropped")
        .containsExactly("bridge", "collapse", "vessport");
  }
}
