package io.contraflow.streams.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stage's kept detection gives what the whole-event detection gives for the stored claims, whatever happened to
 * them: articles added, the oldest claims trimmed, a claim delivered again with other content, an event forgotten.
 * Fictional coverage in our own words.
 */
class KeptDetectionsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final ContradictionDetector DETECTOR = new ContradictionDetector();
  /** One fictional story, four articles; {@link DetectContradictionsTrimTest} retells it too. */
  static final String[] BODIES = {
      "A freight train derailed near Tolvik on Monday. Rail officials said 7 people were killed. "
          + "The Tolvik rail union accused the operator Nordbahn of skipping track inspections.",
      "Nordbahn denied that it skipped track inspections. Regional police said 9 people were killed in the derailment.",
      "Transport Minister Aldo Renz said the derailment was an accident, while the union said it was deliberate sabotage. "
          + "Nordbahn rejected the union's accusations as baseless.",
      "Rescuers said 12 people were killed. Renz said the train was heading toward Varnia, but the union said it was "
          + "heading toward Ostmark."};

  private static List<List<Claim>> articles() {
    List<List<Claim>> out = new ArrayList<>();
    for (int i = 0; i < BODIES.length; i++) {
      out.add(EXTRACTOR.analyze(new ArticleText("a" + i, "Tolvik derailment", BODIES[i], "Wire " + i, null,
          Instant.parse("2031-03-03T08:00:00Z").plusSeconds(3600L * i), "en")).claims());
    }
    return out;
  }

  @Test
  void givesTheWholeEventsFindingsAsClaimsAreAddedTrimmedAndReplaced() {
    KeptDetections kept = new KeptDetections(DETECTOR, 4);
    List<Claim> stored = new ArrayList<>();
    for (List<Claim> article : articles()) {
      stored.addAll(article);
      assertSame(kept.detect("evt", stored), DETECTOR.detect("evt", stored));
    }
    assertThat(DETECTOR.detect("evt", stored)).hasSizeGreaterThan(1);
    // The oldest claims trimmed, as maxClaims does.
    List<Claim> trimmed = new ArrayList<>(stored.subList(3, stored.size()));
    assertSame(kept.detect("evt", trimmed), DETECTOR.detect("evt", trimmed));
    // A claim delivered again with other content.
    Claim old = trimmed.remove(0);
    Claim replaced = new Claim(old.id(), old.articleId(), old.source(), old.publishedAt(), old.claimant(), old.claimantType(),
        old.claimantMention(), old.claimantRole(), old.affiliation(), old.cue(), old.content() + " again", old.subject(),
        old.predicate(), old.arguments(), old.negatedArguments(), old.polarity(), old.modality(), old.quantities(), old.reported(),
        old.direct(), old.sentence(), old.sentenceIndex(), old.charStart(), old.charEnd(), old.relayedBy());
    trimmed.add(replaced);
    assertSame(kept.detect("evt", trimmed), DETECTOR.detect("evt", trimmed));
    kept.forget("evt");
    assertSame(kept.detect("evt", trimmed), DETECTOR.detect("evt", trimmed));
  }

  @Test
  void keepsEachEventApart() {
    KeptDetections kept = new KeptDetections(DETECTOR, 1);
    List<List<Claim>> articles = articles();
    List<Claim> first = new ArrayList<>(articles.get(0));
    List<Claim> second = new ArrayList<>(articles.get(1));
    assertSame(kept.detect("one", first), DETECTOR.detect("one", first));
    assertSame(kept.detect("two", second), DETECTOR.detect("two", second));
    first.addAll(articles.get(2));
    assertSame(kept.detect("one", first), DETECTOR.detect("one", first));
  }

  /**
   * An event at its cap loses a batch of its oldest claims once in a while: the kept detection starts over from the
   * retained claims then, and goes on adding articles to that rather than detecting the whole event each time.
   */
  @Test
  void keepsAddingToAnEventAfterItsOldestClaimsAreTrimmed() {
    List<List<Claim>> articles = articles();
    KeptDetections kept = new KeptDetections(DETECTOR, 4);
    List<Claim> stored = addEach(kept, articles.subList(0, 3));
    List<Claim> trimmed = new ArrayList<>(stored.subList(articles.get(0).size(), stored.size()));
    assertSame(kept.detect("evt", trimmed), DETECTOR.detect("evt", trimmed));
    int starts = kept.starts();
    trimmed.addAll(articles.get(3));
    assertSame(kept.detect("evt", trimmed), DETECTOR.detect("evt", trimmed));
    assertThat(kept.starts()).as("the article after a trim is added to the kept detection").isEqualTo(starts);
  }

  /**
   * A batch trim told as such (the ids retained and the article added) starts over from the claims held, reading none
   * back; an event not held, or held with other claims than the caller knows, is left to {@link KeptDetections#detect}.
   */
  @Test
  void startsOverFromTheClaimsHeldAfterABatchTrim() {
    List<List<Claim>> articles = articles();
    KeptDetections kept = new KeptDetections(DETECTOR, 4);
    List<Claim> stored = addEach(kept, articles.subList(0, 3));
    assertThat(kept.trim("other", 0, id -> true, articles.get(3))).as("an event not held").isNull();
    assertThat(kept.trim("evt", stored.size() - 1, id -> true, articles.get(3))).as("held with other claims").isNull();
    HashSet<String> retained = new HashSet<>();
    List<Claim> after = new ArrayList<>();
    for (Claim c : stored.subList(articles.get(0).size(), stored.size())) {
      retained.add(c.id());
      after.add(c);
    }
    after.addAll(articles.get(3));
    int starts = kept.starts();
    assertSame(kept.trim("evt", stored.size(), retained::contains, articles.get(3)), DETECTOR.detect("evt", after));
    assertThat(kept.starts()).isEqualTo(starts + 1);
    // And it goes on from there: the next article is added.
    List<Claim> again = new ArrayList<>(articles.get(0));
    after.addAll(again);
    assertSame(kept.detect("evt", after), DETECTOR.detect("evt", after));
    assertThat(kept.starts()).isEqualTo(starts + 1);
  }

  /** The articles stored one by one, each compared with whole-event detection; the claims stored. */
  private static List<Claim> addEach(KeptDetections kept, List<List<Claim>> articles) {
    List<Claim> stored = new ArrayList<>();
    for (List<Claim> article : articles) {
      stored.addAll(article);
      assertSame(kept.detect("evt", stored), DETECTOR.detect("evt", stored));
    }
    return stored;
  }

  private static void assertSame(List<Finding> kept, List<Finding> whole) {
    assertThat(kept).hasSameSizeAs(whole);
    assertThat(new HashSet<>(kept)).isEqualTo(new HashSet<>(whole));
  }
}
