package io.contraflow.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The repairs of the greedy tagger's slips that lose a speaker, on tag sequences the model was seen to give. */
class PosTaggerTest {
  @Test
  void aNounThatIsAlsoAReportingVerbBeforeAReportingVerbIsItsSubject() {
    String[] words = {"Local", "reports", "claimed", "the", "ferry", "sank"};
    String[] tags = PosTagger.repaired(words, new String[] {"ADJ", "VERB", "VERB", "DET", "NOUN", "VERB"});
    assertThat(tags[1]).isEqualTo("NOUN");
    assertThat(tags[2]).isEqualTo("VERB");
  }

  @Test
  void aReportingVerbTaggedAsAnAdjectiveAfterHasIsAVerb() {
    String[] words = {"Kessa", "Rail", "has", "denied", "any", "fault"};
    String[] tags = PosTagger.repaired(words, new String[] {"PROPN", "NOUN", "VERB", "ADJ", "DET", "NOUN"});
    assertThat(tags[3]).isEqualTo("VERB");
  }

  @Test
  void aReportingVerbBeforeItsContentStaysAVerb() {
    String[] words = {"Harbour", "police", "reports", "that", "the", "ferry", "sank"};
    String[] tags = PosTagger.repaired(words, new String[] {"PROPN", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"});
    assertThat(tags[2]).isEqualTo("VERB");
  }

  @Test
  void aPresentReportingVerbTaggedAsAPluralNounAfterItsSubjectIsAVerb() {
    String[] words = {"the", "coastguard", "disputes", "those", "numbers"};
    String[] tags = PosTagger.repaired(words, new String[] {"DET", "NOUN", "NOUN", "DET", "NOUN"});
    assertThat(tags[2]).isEqualTo("VERB");
    // A plural noun before something other than an object's opener stays a noun: "the border disputes of the region".
    String[] phrase = {"the", "border", "disputes", "of", "the", "region"};
    assertThat(PosTagger.repaired(phrase, new String[] {"DET", "NOUN", "NOUN", "ADP", "DET", "NOUN"})[2]).isEqualTo("NOUN");
  }

  @Test
  void anAdjectiveHeadingTheSubjectBeforeAPastReportingVerbTaggedAsANounIsRepaired() {
    String[] words = {"Nine", "died", ",", "the", "Finnish", "military", "said", "."};
    String[] tags = PosTagger.repaired(words, new String[] {"NUM", "VERB", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "PUNCT"});
    assertThat(tags[5]).isEqualTo("NOUN");
    assertThat(tags[6]).isEqualTo("VERB");
    // A present form tagged as a noun is left alone: "the military claims" may be the military's claims.
    String[] claims = {"the", "Finnish", "military", "claims", "were", "false"};
    assertThat(PosTagger.repaired(claims, new String[] {"DET", "ADJ", "ADJ", "NOUN", "AUX", "ADJ"})[3]).isEqualTo("NOUN");
  }
}
