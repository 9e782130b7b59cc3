package io.contraflow.analysis.nlp;

import io.contraflow.analysis.nlp.attribution.Discourse;
import io.contraflow.analysis.nlp.attribution.SentenceState;
import io.contraflow.analysis.nlp.attribution.Sieve;
import io.contraflow.analysis.nlp.attribution.Sieves;
import io.contraflow.analysis.nlp.attribution.Assertion;
import java.util.List;
import java.util.Set;

/**
 * Finds who asserted what, sentence by sentence, with small sieves applied in a configured order ({@link Sieves}):
 * direct quotes with the speaker before, after, or earlier in the paragraph; explicit reports of disagreement ("X's
 * remarks contradict Y's claims"); claim nouns ("Putin's claim that", "the claims of X that", "assertions made by
 * X"); cue verbs (reported speech "X said Tuesday that ...", inverted "..., X said", participles "by claiming that",
 * relative clauses "Putin, who has suggested", denials with an object "Kyiv denied any role", accusations "accused X
 * of Y", "as claimed by X", "X quoted Y as saying"); trailing denials ("P, a claim X denied"); and "according to X" (a
 * relay when another cue already names the speaker). Each attribution records the sieve that made it.
 */
public final class AttributionFinder implements Annotator {
  private final List<Sieve> sieves;

  public AttributionFinder() {
    this(Sieves.english());
  }

  public AttributionFinder(List<Sieve> sieves) {
    this.sieves = List.copyOf(sieves);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.PARAGRAPHS, Annotations.SENTENCES, Annotations.POS, Annotations.QUOTES, Annotations.MENTIONS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.ATTRIBUTIONS);
  }

  @Override
  public void annotate(Document document) {
    Discourse doc = new Discourse(document.article().body(), document.get(Annotations.SENTENCES), document.get(Annotations.PARAGRAPHS),
        document.get(Annotations.QUOTES), document.get(Annotations.MENTIONS));
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      SentenceState state = new SentenceState(doc, s);
      for (Sieve sieve : sieves) sieve.apply(state);
      // "No official confirmed P", "Neither pilot acknowledged P": nobody said it.
      for (Attribution a : state.attributions()) if (!NOBODY.matcher(a.speaker().text()).lookingAt()) doc.attributions().add(a);
    }
    for (Sieve sieve : sieves) sieve.finish(doc);
    document.set(Annotations.ATTRIBUTIONS, doc.attributions());
  }

  /** A subject that names no one: "no official", "neither pilot", "none of the witnesses" (not "No. 10", the office). */
  private static final java.util.regex.Pattern NOBODY = java.util.regex.Pattern.compile("(?i)(?:no|neither|none|nobody)\\b(?!\\.?\\s*\\d)");

  /** "each other of ...", "one another for ...": an accusation both ways. */
  public static boolean isReciprocal(String content) {
    return Assertion.isReciprocal(content);
  }
}
