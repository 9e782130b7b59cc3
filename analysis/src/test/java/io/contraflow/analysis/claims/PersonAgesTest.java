package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A named person's age, as the text writes it, is a figure of that person's age. */
class PersonAgesTest {
  private static List<String> ages(String text) {
    return PersonAges.read(text).stream().map(q -> q.counted() + "=" + (int) q.value()).toList();
  }

  @Test
  void anAgeBesideANameIsThatPersonsAge() {
    assertThat(ages("Corporal Ana Berg, 27, was hurt in the blast.")).containsExactly("age of ana berg=27");
    assertThat(ages("Corporal Ana Berg (28) was hurt in the blast.")).containsExactly("age of ana berg=28");
    assertThat(ages("The 27-year-old Ana Berg was hurt in the blast.")).containsExactly("age of ana berg=27");
    // (A title is no part of the name, nor are accents: "Corporal Ána Berg" is Ana Berg; the surname alone is a key of its own.)
    assertThat(ages("Corporal Ána Berg, 27, was hurt.")).containsExactly("age of ana berg=27");
    assertThat(ages("Berg, 27, was hurt.")).containsExactly("age of berg=27");
    assertThat(ages("Private Ivo Dorov (19) was hurt.")).containsExactly("age of ivo dorov=19");
    assertThat(ages("Ivo Dorov, aged 64, died in hospital.")).containsExactly("age of ivo dorov=64");
  }

  /** "a 19-year-old", "on March 4, 2025": no one named, or no age. */
  @Test
  void anAgeOfNoOneNamedIsNoFigure() {
    assertThat(ages("A 19-year-old was hurt in the blast.")).isEmpty();
    assertThat(ages("The blast on March 4, 2025, hurt four soldiers.")).isEmpty();
    assertThat(ages("Berg said 14 soldiers were hurt.")).isEmpty();
    // A nationality after the age names no one.
    assertThat(ages("The 32-year-old Portuguese was hurt in the blast.")).isEmpty();
  }

  /** "Ana Berg (26) died": the bracketed age is no count of the dead. */
  @Test
  void aBracketedAgeCountsNoDead() {
    assertThat(PersonAges.withAges("Corporal Ana Berg (26) died in the blast.")).extracting(Quantity::counted).containsExactly("age of ana berg");
    assertThat(PersonAges.withAges("Corporal Ana Berg, 26, and four others died in the blast.")).extracting(Quantity::counted)
        .contains("age of ana berg");
  }
}
