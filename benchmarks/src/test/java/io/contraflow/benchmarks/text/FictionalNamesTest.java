package io.contraflow.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FictionalNamesTest {
  @Test
  void noTwoNamesShareAWordSoGeneratedEventsShareNoName() {
    FictionalNames names = new FictionalNames(1);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      all.add(names.person());
      all.add(names.country());
      all.add(names.town());
      all.add(names.surname());
    }
    Set<String> words = new HashSet<>();
    for (String name : all) {
      for (String w : name.toLowerCase(Locale.ROOT).split(" ")) assertThat(words.add(w)).as("word %s of %s is new", w, name).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSameNames() {
    FictionalNames a = new FictionalNames(7);
    FictionalNames b = new FictionalNames(7);
    for (int i = 0; i < 20; i++) assertThat(a.person()).isEqualTo(b.person());
    assertThat(new FictionalNames(8).person()).isNotEqualTo(new FictionalNames(7).person());
  }

  @Test
  void namesAreCapitalisedWordsAndAPersonHasTwo() {
    String person = new FictionalNames(3).person();
    assertThat(person.split(" ")).hasSize(2).allMatch(w -> Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase));
    assertThat(FictionalNames.surnameOf(person)).isEqualTo(person.split(" ")[1]);
  }
}
