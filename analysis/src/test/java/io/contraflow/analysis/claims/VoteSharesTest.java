package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a percentage in an election story measures: whose share of the vote, or the turnout. */
class VoteSharesTest {
  private List<String> measures(String text) {
    return QuantityReader.read(text).stream().filter(q -> "percent".equals(q.unit())).map(q -> String.valueOf(q.counted())).toList();
  }

  @Test
  void aShareOfTheVoteIsItsHoldersByName() {
    assertThat(measures("The commission said Ana Berg won 61.2% of the vote.")).containsExactly("share of the vote for berg");
    assertThat(measures("Marek Vell, who received 30 per cent of the votes, conceded on Monday.")).containsExactly("share of the vote for vell");
    assertThat(measures("Norland's president, Ana Berg, has been re-elected with nearly 80 percent of the vote."))
        .containsExactly("share of the vote for berg");
    assertThat(measures("So far our count shows 55% for Marek Vell.")).containsExactly("share of the vote for vell");
  }

  @Test
  void theTurnoutIsAMeasureOfItsOwn() {
    assertThat(measures("The commission put turnout at 43 percent.")).containsExactly("turnout");
    assertThat(measures("Observers reported a 38% turnout in the capital.")).containsExactly("turnout");
  }

  /** A share whose holder the sentence leaves unclear, or any other percentage, measures nothing. */
  @Test
  void aShareWithoutAClearHolderMeasuresNothing() {
    // The name before the verb closes an aside about another candidate.
    assertThat(measures("Marek Vell, backed by the Green Union, obtained 24 per cent of the votes.")).containsExactly("null");
    assertThat(measures("He won 60 percent of the vote.")).containsExactly("null");
    assertThat(measures("Prices rose 12% in March.")).containsExactly("null");
  }
}
