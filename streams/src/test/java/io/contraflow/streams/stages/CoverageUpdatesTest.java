package io.contraflow.streams.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.contradictions.ContradictionKind;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.analysis.contradictions.Severity;
import io.contraflow.analysis.contradictions.Side;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.schemas.Contradiction;
import io.contraflow.streams.AvroMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a subscriber sees of a known contradiction: every change to the dispute at once, more coverage of it with every
 * article in a small event and in batches in a big one. Invented claims.
 */
class CoverageUpdatesTest {
  private static final int SMALL = 40;
  private static final int BIG = 1_800;

  @Test
  void aSmallEventsRecordsFollowEveryArticle() {
    Contradiction emitted = emitted(finding(12, List.of()));
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(13, List.of()), SMALL)).isTrue();
  }

  @Test
  void aBigEventsRecordsTakeMoreCoverageInBatches() {
    Contradiction emitted = emitted(finding(12, List.of()));
    // 12 articles named (6 a side): 5 new ones are fewer than half as many, 6 are not.
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(12, List.of()), BIG)).isFalse();
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(17, List.of()), BIG)).isFalse();
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(18, List.of()), BIG)).isTrue();
  }

  @Test
  void aRecordNamingManyArticlesMissesFewerThanTwentyFourOfThem() {
    Contradiction emitted = emitted(finding(100, List.of()));
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(123, List.of()), BIG)).isFalse();
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(124, List.of()), BIG)).isTrue();
  }

  @Test
  void aNewClaimantIsEmittedAtOnceInABigEvent() {
    Contradiction emitted = emitted(finding(12, List.of()));
    assertThat(CoverageUpdates.worthEmitting(emitted, finding(13, List.of("Harbour Master Ilse Brenner")), BIG)).isTrue();
  }

  @Test
  void evidenceAgingOutAloneIsNotEmitted() {
    Contradiction emitted = emitted(finding(12, List.of()));
    Finding fewer = finding(12, List.of());
    Finding aged = new Finding(fewer.id(), fewer.eventId(), fewer.kind(), fewer.topic(),
        side(fewer.sideA().position(), fewer.sideA().claims().subList(2, fewer.sideA().claims().size())), fewer.sideB(),
        fewer.confidence(), fewer.severity(), fewer.explanation(), fewer.trail());
    assertThat(CoverageUpdates.worthEmitting(emitted, aged, BIG)).isFalse();
  }

  @Test
  void aChangeOfKindOrConfidenceIsEmittedAtOnce() {
    Finding before = finding(12, List.of());
    Contradiction emitted = emitted(before);
    Finding surer = new Finding(before.id(), before.eventId(), before.kind(), before.topic(), before.sideA(), before.sideB(), 0.9,
        before.severity(), before.explanation(), before.trail());
    Finding revision = new Finding(before.id(), before.eventId(), ContradictionKind.REVISION, before.topic(), before.sideA(), before.sideB(),
        before.confidence(), before.severity(), before.explanation(), before.trail());
    assertThat(CoverageUpdates.worthEmitting(emitted, surer, BIG)).isTrue();
    assertThat(CoverageUpdates.worthEmitting(emitted, revision, BIG)).isTrue();
  }

  /** {@code articles} articles, alternating sides, each one claim by the side's usual speaker; then one per extra claimant. */
  private static Finding finding(int articles, List<String> extraClaimants) {
    List<Claim> a = new ArrayList<>();
    List<Claim> b = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      boolean sideA = i % 2 == 0;
      (sideA ? a : b).add(claim("art" + i, sideA ? "Port Authority" : "Dockers Union",
          sideA ? "the crane collapsed because of a storm" : "the crane collapsed because of missed repairs"));
    }
    for (int i = 0; i < extraClaimants.size(); i++) b.add(claim("extra" + i, extraClaimants.get(i), "the repairs were skipped"));
    return new Finding("ctr-0001", "evt", ContradictionKind.ATTRIBUTED_DISAGREEMENT, "why the crane fell", side("cause: storm", a),
        side("cause: neglect", b), 0.8, Severity.HIGH, "The port blames a storm; the union blames neglect.", List.of("cause"));
  }

  private static Side side(String position, List<Claim> claims) {
    return new Side(position, claims);
  }

  private static Claim claim(String article, String claimant, String content) {
    return new Claim(article + ":0-40", article, "Wire " + article, Instant.parse("2031-05-01T10:00:00Z"), claimant, ClaimantType.ORGANIZATION,
        claimant, null, null, "say", content, "crane", "cause", Map.of(), Map.of(), Polarity.AFFIRMED, Modality.STATED, List.of(), null,
        false, claimant + " said " + content + ".", 0, 0, 40, null);
  }

  private static Contradiction emitted(Finding f) {
    Instant t = Instant.parse("2031-05-01T12:00:00Z");
    return AvroMapping.toAvro(f, t, t, 1);
  }
}
