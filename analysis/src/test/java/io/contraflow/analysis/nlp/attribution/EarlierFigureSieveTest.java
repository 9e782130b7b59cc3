package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierFigureSieveTest {
  private static List<Attribution> attribute(String text) {
    return SieveTesting.attribute(text, new CueVerbSieve(List.of(new ReportedSpeechRule())), new EarlierFigureSieve());
  }

  /** "The monitoring group that had earlier put the toll at 180 raised it", and the same with a named group. */
  @Test
  void theEarlierFigureEndsAtTheMainVerb() {
    for (String group : List.of("The monitoring group", "The Kessa monitoring group")) {
      List<Attribution> as = attribute(group + " that had earlier put the death toll at 180 raised the figure to 212.");
      assertThat(as).as(group).anySatisfy(a -> {
        assertThat(a.cue()).isEqualTo("put");
        assertThat(a.content()).isEqualTo("the death toll at 180");
      });
      assertThat(as).as(group).anySatisfy(a -> {
        assertThat(a.cue()).isEqualTo("raise");
        assertThat(a.content()).isEqualTo("the figure to 212");
      });
    }
  }

  /** "The group that had earlier put the toll at 180 raised it": the earlier figure is the group's too. */
  @Test
  void aFigureInARelativeClauseOnTheSpeakerIsTheSpeakers() {
    assertThat(attribute("The monitoring group that had first put the death toll at 180 raised the figure to 212."))
        .anySatisfy(a -> {
          assertThat(a.speaker().canonical()).containsIgnoringCase("group");
          assertThat(a.cue()).isEqualTo("put");
          assertThat(a.content()).isEqualTo("the death toll at 180");
          assertThat(a.sieve()).isEqualTo("earlier-figure");
        });
  }

  /** A relative clause that gives no figure ("that had opposed the march") adds nothing. */
  @Test
  void aClauseWithoutAFigureAddsNothing() {
    assertThat(attribute("The Kessa monitoring group that had earlier reported the arrests said 30 more were held."))
        .noneMatch(a -> "earlier-figure".equals(a.sieve()));
  }
}
