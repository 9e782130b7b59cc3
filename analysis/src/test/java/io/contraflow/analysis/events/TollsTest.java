package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TollsTest {
  private static List<String> tolls(String text) {
    return Tolls.find(ArticleTokenizer.tokenize("", text)).stream().map(Map.Entry::getValue).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police opened fire and 21 of the strikers were killed on Thursday.|toll 21",
      "The fire killed at least 63 people in the port.|toll 63",
      "Twelve ferrymen died in the storm off the cape.|toll 12",
      "The death toll rose to 117 on Sunday.|toll 117",
      "The flood left 31 dead in the valley.|toll 31",
  })
  void readsTheCountOfTheDead(String text, String toll) {
    assertThat(tolls(text)).containsExactly(toll);
  }

  @Test
  void anArticleLeadsWithTheTollOfItsHeadlineElseOfItsLead() {
    List<Token> tokens = ArticleTokenizer.tokenize("Ferry fire kills 23 off Kessa",
        "The ministry said 40 people had died. Rescuers said 23 bodies had been recovered by Sunday.");
    assertThat(Tolls.leading(tokens, 3)).isEqualTo("toll 23");
    assertThat(Tolls.leading(ArticleTokenizer.tokenize("Ferry fire off Kessa", "The ministry said 40 people had died."), 3)).isEqualTo("toll 40");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Two people were killed in the crash.",
      "The storm left 40 injured and 300 without power.",
      "The party claimed 41 seats in the vote.",
      "In 2019 killed was the word every headline used.",
      "Officers arrested 45 protesters after the march.",
      "Analysts put the dead at between 40 and 60 people killed.",
  })
  void readsNoTollFromOtherCounts(String text) {
    assertThat(tolls(text)).isEmpty();
  }
}
