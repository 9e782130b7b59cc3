package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Transliterations of one name share a key; different names keep different keys. Names invented or common. */
class NameKeysTest {
  @Test
  void transliterationsOfOneNameShareAKey() {
    assertThat(NameKeys.fold("zelenskyy")).isEqualTo(NameKeys.fold("zelenskiy"));
    assertThat(NameKeys.fold("aqleh")).isEqualTo(NameKeys.fold("akleh"));
    assertThat(NameKeys.fold("odessa")).isEqualTo(NameKeys.fold("odesa"));
    assertThat(NameKeys.fold("rahima")).isEqualTo(NameKeys.fold("raima"));
    assertThat(NameKeys.fold("kalwar")).isEqualTo(NameKeys.fold("kalvar"));
    // Cyrillic "ts"/"c" between vowels and a final "-tr"/"-ter": one shop chain's name three ways.
    assertThat(NameKeys.fold("novatsentr")).isEqualTo(NameKeys.fold("novacentr")).isEqualTo(NameKeys.fold("novacenter"));
    // Cyrillic "я"/"ю" after a consonant, "ya" or "ia", "yu" or "iu": towns invented for the test, two ways each.
    assertThat(NameKeys.fold("vasyanivka")).isEqualTo(NameKeys.fold("vasianivka"));
    assertThat(NameKeys.fold("oleksiutyn")).isEqualTo(NameKeys.fold("oleksyutyn"));
    // A people's plural in "-is" and its singular: a people invented for the test.
    assertThat(NameKeys.fold("vellanis")).isEqualTo(NameKeys.fold("vellani"));
    // Cyrillic "zh"/"j": a town invented for the test, two ways.
    assertThat(NameKeys.fold("kolzhina")).isEqualTo(NameKeys.fold("koljina"));
    // A final "h" after a vowel, written by one scheme for an Arabic ending: a town invented for the test.
    assertThat(NameKeys.fold("kessiyah")).isEqualTo(NameKeys.fold("kessiya"));
    // A final "i" or "y" after a consonant, and French "ou" for "u": a village invented for the test, three ways.
    assertThat(NameKeys.fold("dountami")).isEqualTo(NameKeys.fold("dountamy")).isEqualTo(NameKeys.fold("duntami"));
    // A long vowel written twice or once: two invented names, each two ways.
    assertThat(NameKeys.fold("kaseem")).isEqualTo(NameKeys.fold("kasem"));
    assertThat(NameKeys.fold("dalmood")).isEqualTo(NameKeys.fold("dalmud"));
    // A Persian "h" closing a syllable of a long name, written or dropped: an invented surname two ways.
    assertThat(NameKeys.fold("mehrkarimi")).isEqualTo(NameKeys.fold("merkarimi"));
    // Arabic "dh" or "d", an "h" before a syllable's "y" written or not, "i" or "y" between vowels, a long "a" twice
    // or once: an invented village four ways, an invented town two ways.
    assertThat(NameKeys.fold("dhahyar")).isEqualTo(NameKeys.fold("dahyar")).isEqualTo(NameKeys.fold("dayar"))
        .isEqualTo(NameKeys.fold("dhaiar"));
    assertThat(NameKeys.fold("kaadra")).isEqualTo(NameKeys.fold("kadra"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameKeys.fold("rahima")).isNotEqualTo(NameKeys.fold("rahim"));
    assertThat(NameKeys.fold("kesta")).isNotEqualTo(NameKeys.fold("kesha"));
    assertThat(NameKeys.fold("shehab")).isNotEqualTo(NameKeys.fold("sheba"));
    assertThat(NameKeys.fold("metsa")).isNotEqualTo(NameKeys.fold("mesa"));
    assertThat(NameKeys.fold("tehran")).isEqualTo("tehran"); // a short name keeps its "h"
    assertThat(NameKeys.fold("kuwait")).isEqualTo("kuwait"); // after a vowel a "w" is a vowel's glide, kept
  }

  /** Long names that differ by a short "e" or "i" between consonants are one name spelt alike: invented places. */
  @Test
  void aShortVowelBetweenConsonantsWrittenOrNotIsOneNameSpeltAlike() {
    assertThat(NameKeys.spelledAlike(NameKeys.fold("kessistan"), NameKeys.fold("kessestan"))).isTrue();
    assertThat(NameKeys.spelledAlike(NameKeys.fold("tovelwani"), NameKeys.fold("tovelewani"))).isTrue();
    // (Short names differ by a vowel often enough to be other places; another vowel is another name.)
    assertThat(NameKeys.spelledAlike(NameKeys.fold("kessen"), NameKeys.fold("kessin"))).isFalse();
    assertThat(NameKeys.spelledAlike(NameKeys.fold("kessistan"), NameKeys.fold("kessastan"))).isFalse();
    assertThat(NameKeys.spelledAlike(NameKeys.fold("kessistan"), NameKeys.fold("kessistan"))).isFalse();
  }
}
