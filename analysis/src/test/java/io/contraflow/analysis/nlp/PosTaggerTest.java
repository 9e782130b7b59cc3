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
  void aReportingVerbBeforeItsContentStaysAVerb() {
    String[] words = {"Harbour", "police", "reports", "that", "the", "ferry", "sank"};
    String[] tags = PosTagger.repaired(words, new String[] {"PROPN", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"});
    assertThat(tags[2]).isEqualTo("VERB");
  }

  @Test
  void aPresentReportingVerbTaggedAsAPluralNounAfterItsSubjectIsAVerb() {
    String[] words = {"the", "coastguard", "disputes", "these", "figures"};
    String[] tags = PosTagger.repaired(words, new String[] {"DET", "NOUN", "NOUN", "DET", "NOUN"});
    assertThat(tags[2]).isEqualTo("VERB");
    // A plural noun before something other than an object's opener stays a noun: "the border disputes of the region".
    String[] phrase = {"the", "border", "disputes", "of", "the", "region"};
    assertThat(PosTagger.repaired(phrase, new String[] {"DET", "NOUN", "NOUN", "ADP", "DET", "NOUN"})[2]).isEqualTo("NOUN");
  }
}
