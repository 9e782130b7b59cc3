package io.contraflow.analysis.nlp;


/**
 * A stretch of text asserted by a party: the speaker, the cue that attributes it, and the content span.
 *
 * @param cue lemma of the attribution cue ("say", "deny", "according to", "quote")
 * @param sentenceIndex index of the sentence holding the cue (the first sentence of a quote)
 * @param relay a party through whom it was reported ("according to BelTA" after "he said"), or null
 * @param challenged for an explicitly reported disagreement, the party whose claim is contradicted, else null
 * @param sieve name of the attribution sieve that made this decision ("reported-speech", "direct-quote", ...), or null
 */
public record Attribution(Mention speaker, String cue, int contentStart, int contentEnd, String content,
                          int sentenceIndex, Polarity polarity, Modality modality, boolean direct, String relay,
                          Mention challenged, String sieve) {

  /** An attribution whose sieve is not recorded. */
  public Attribution(Mention speaker, String cue, int contentStart, int contentEnd, String content, int sentenceIndex,
                     Polarity polarity, Modality modality, boolean direct, String relay, Mention challenged) {
    this(speaker, cue, contentStart, contentEnd, content, sentenceIndex, polarity, modality, direct, relay, challenged, null);
  }

  /** The same decision credited to {@code sieveName}. */
  public Attribution by(String sieveName) {
    return new Attribution(speaker, cue, contentStart, contentEnd, content, sentenceIndex, polarity, modality, direct, relay,
        challenged, sieveName);
  }
}
