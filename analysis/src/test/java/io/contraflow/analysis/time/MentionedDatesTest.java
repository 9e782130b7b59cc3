package io.contraflow.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentionedDatesTest {
  private static final LocalDate WRITTEN = LocalDate.of(2029, 4, 9);

  @Test
  void aDayWithoutAYearIsInTheYearOfWritingUnlessThatIsStillToCome() {
    assertThat(MentionedDates.nearest("on March 14, the army shelled the market, killing 17", 30, WRITTEN)).isEqualTo(LocalDate.of(2029, 3, 14));
    assertThat(MentionedDates.nearest("the dam failed on Dec. 2, flooding the valley", 0, WRITTEN)).isEqualTo(LocalDate.of(2028, 12, 2));
  }

  @Test
  void readsDayFirstAndAWrittenYear() {
    assertThat(MentionedDates.nearest("the crash of 3 August 2027 killed nine", 0, WRITTEN)).isEqualTo(LocalDate.of(2027, 8, 3));
    assertThat(MentionedDates.nearest("On August 3, 2027, a jet crashed", 0, WRITTEN)).isEqualTo(LocalDate.of(2027, 8, 3));
  }

  @Test
  void takesTheDayNearestTheFigure() {
    String text = "a strike on March 2 killed four; on April 8 another killed 39";
    assertThat(MentionedDates.nearest(text, text.indexOf("39"), WRITTEN)).isEqualTo(LocalDate.of(2029, 4, 8));
    assertThat(MentionedDates.nearest(text, text.indexOf("four"), WRITTEN)).isEqualTo(LocalDate.of(2029, 3, 2));
  }

  @Test
  void namesNoDayWhenThereIsNone() {
    assertThat(MentionedDates.nearest("the May government fell", 0, WRITTEN)).isNull();
    assertThat(MentionedDates.nearest("40 people were killed on Friday", 0, WRITTEN)).isNull();
  }

  @Test
  void aMonthAndYearWithoutADayIsTheLastDayOfThatMonth() {
    String text = "the March 3 strike was the deadliest since October, 2027, when shelling of a bus station killed 28 people";
    assertThat(MentionedDates.nearest(text, text.indexOf("28"), WRITTEN)).isEqualTo(LocalDate.of(2027, 10, 31));
    assertThat(MentionedDates.nearest("the worst flood since June 2020 left 40 dead", 30, WRITTEN)).isEqualTo(LocalDate.of(2020, 6, 30));
  }

  @Test
  void aMonthAloneAfterAPrepositionIsThatMonthsLastDayInTheYearOfWriting() {
    String text = "the clashes were the worst since January, when more than 60 people were killed in the capital";
    assertThat(MentionedDates.nearest(text, text.indexOf("60"), WRITTEN)).isEqualTo(LocalDate.of(2029, 1, 31));
    // A month still to come this year is last year's.
    assertThat(MentionedDates.nearest("since November, when 12 died", 25, WRITTEN)).isEqualTo(LocalDate.of(2028, 11, 30));
  }
}
