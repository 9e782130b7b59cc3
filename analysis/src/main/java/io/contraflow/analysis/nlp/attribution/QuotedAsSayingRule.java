package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.npStart;
import static io.contraflow.analysis.nlp.attribution.Phrases.skipLeft;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "Tarpress quoted the minister as saying P", "the minister was quoted by Tarpress as dismissing the report": the
 * minister speaks, Tarpress relays. In "he was quoted as saying by BelTA" the cue is the quote's ({@link
 * DirectQuoteSieve}) and BelTA a relay: no claim of its own.
 */
final class QuotedAsSayingRule implements CueRule {

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    List<Attribution> passive = passive(st, i, lemma);
    if (passive != null) return passive;
    if (i >= 2 && t.get(i - 1).is("as") && (t.get(i - 2).is("quoted") || t.get(i - 2).is("cited"))) return List.of();
    if (!(i >= 3 && t.get(i - 1).is("as") && lemma.equals("say"))) return null;
    int q = -1;
    for (int k = i - 3; k >= Math.max(0, i - 10); k--) if (t.get(k).is("quoted") || t.get(k).is("cited")) { q = k; break; }
    if (q < 0) return null;
    Mention quotedSpeaker = st.speakers().resolve(t, q + 1, i - 1);
    // ("cited the coastguard as saying late on Friday that P": when it was said is no part of P.)
    int from = TimePhrases.skipTimePhrases(t, i + 1);
    int[] span = Phrases.clause(t, from < t.size() && t.get(from).is("that") ? from + 1 : i + 1, t.size());
    if (quotedSpeaker == null || span == null) return List.of();
    Mention relay = q > 0 ? st.speakers().resolve(t, npStart(t, skipLeft(t, q - 1)), skipLeft(t, q - 1) + 1) : null;
    return said(st, quotedSpeaker, lemma, span, relay);
  }

  /** {@code speaker}'s claim of the clause {@code span}, relayed by {@code relay} (or no one). */
  private static List<Attribution> said(SentenceState st, Mention speaker, String lemma, int[] span, Mention relay) {
    List<Token> t = st.t;
    String content = Phrases.slice(st.body(), t, span[0], span[1]);
    return List.of(new Attribution(speaker, lemma, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
        Lexicon.DENIAL_CUES.contains(lemma) ? Polarity.DENIED : Assertion.polarityOf(content), Assertion.modalityOf(content, lemma, st.sentence.text()), false, relay == null ? null : relay.canonical(), null));
  }

  /**
   * The subject of "X was quoted (by Y) as saying" when the cue at {@code i} is that "saying", else -1: the end of the
   * subject, for a quotation after the cue ('X was quoted as saying: "..."'), which the quote sieve attributes.
   */
  static int passiveSubjectEnd(List<Token> t, int i) {
    if (i < 4 || !t.get(i - 1).is("as")) return -1;
    int q = -1;
    for (int k = i - 2; k >= Math.max(1, i - 10); k--) if (t.get(k).is("quoted") || t.get(k).is("cited")) { q = k; break; }
    return q < 2 || !BE.contains(t.get(q - 1).lower()) ? -1 : skipLeft(t, q - 2);
  }

  private static final java.util.Set<String> BE = java.util.Set.of("was", "were", "is", "are", "been", "be");

  /**
   * "X was quoted (by the Tarpress agency) as saying P" with P told in the outlet's words: X speaks, the agency relays.
   * With a quotation after "saying" the quote's own cue holds it (empty); null when the sentence is not so built.
   */
  private static List<Attribution> passive(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    // ("was quoted by Kessa media as dismissing the report": any cue, not only "saying".)
    if (i < 4 || !t.get(i - 1).is("as") || !t.get(i).lower().endsWith("ing")) return null;
    int q = -1;
    for (int k = i - 2; k >= Math.max(1, i - 10); k--) if (t.get(k).is("quoted") || t.get(k).is("cited")) { q = k; break; }
    if (q < 1 || !BE.contains(t.get(q - 1).lower())) return null;
    if (i + 1 >= t.size() || !Character.isLetter(t.get(i + 1).text().charAt(0))) return List.of();
    int subjEnd = skipLeft(t, q - 2);
    if (subjEnd < 0) return List.of();
    Mention speaker = st.speakers().resolve(t, SubjectStart.of(t, subjEnd), subjEnd + 1);
    int[] span = Phrases.clause(t, t.get(i + 1).is("that") ? i + 2 : i + 1, t.size());
    if (speaker == null || span == null) return List.of();
    Mention relay = q + 2 < i - 1 && t.get(q + 1).is("by") ? st.speakers().resolve(t, q + 2, i - 1) : null;
    return said(st, speaker, lemma, span, relay);
  }
}
