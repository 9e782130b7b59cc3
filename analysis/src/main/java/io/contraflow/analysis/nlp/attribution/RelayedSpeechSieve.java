package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "A lawmaker said security officials told parliament only 170 protesters had been killed": speech reported inside
 * speech is the inner speaker's, passed on by the outer one (its relay), as "he said, according to the agency" is
 * the speaker's passed on by the agency. Read as the lawmaker's, the officials' count stood for no one who gave it.
 * So is a body's finding a speaker reads out in a quote ("The commission concluded that P").
 * Applied after the sieves that found the outer verb.
 */
final class RelayedSpeechSieve implements Sieve {
  /** Inner verbs of saying, and the cue each stands for; those in TOLD take whom they told as an object. */
  private static final Map<String, String> INNER = Map.of("told", "tell", "informed", "inform", "assured", "assure", "briefed", "brief",
      "said", "say", "reported", "report", "estimated", "estimate", "admitted", "admit", "acknowledged", "acknowledge");
  /** Verbs of a finding, which a speaker reads out in a quote as a body's: "the commission concluded that P". */
  private static final Map<String, String> FOUND = Map.of("concluded", "conclude", "found", "find", "determined", "determine",
      "established", "establish", "ruled", "rule");
  private static final Set<String> TOLD = Set.of("told", "informed", "assured", "briefed");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");
  private static final Set<String> AUXILIARY = Set.of("had", "has", "have");
  /** Words of the inner subject: a noun phrase, no verb or clause of its own. */
  private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");
  /** What may stand for whom the inner speaker told: a short noun phrase or a pronoun. */
  private static final Set<String> OBJECT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "PRON");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int i = 0; i < st.here.size(); i++) {
      Attribution a = st.here.get(i);
      // ("The president said: \"The commission concluded that P\"": a body's finding read out in a quote is the body's.)
      // ("BBC adds: a local official told the BBC P", "he added that officials told him P": adding is saying.)
      if (a.relay() != null || a.challenged() != null || !"say".equals(a.cue()) && !"tell".equals(a.cue()) && !"quote".equals(a.cue())
          && !"add".equals(a.cue())) continue;
      int k = 0;
      while (k < t.size() && t.get(k).start() < a.contentStart()) k++;
      boolean quote = a.direct() || k < t.size() && QUOTE_MARKS.contains(t.get(k).text()) || k > 0 && QUOTE_MARKS.contains(t.get(k - 1).text());
      if (!quote && (a.direct() || "quote".equals(a.cue()))) continue;
      if (k < t.size() && t.get(k).is("that")) k++;
      while (quote && k < t.size() && QUOTE_MARKS.contains(t.get(k).text())) k++;
      int from = k;
      while (k < t.size() && k - from < 6 && SUBJECT_TAGS.contains(String.valueOf(t.get(k).tag())) && !INNER.containsKey(t.get(k).lower())) k++;
      if (k == from || k + 2 >= t.size()) continue;
      int subjectEnd = k;
      if (AUXILIARY.contains(t.get(k).lower())) k++;
      String cue = quote ? FOUND.get(t.get(k).lower()) : INNER.get(t.get(k).lower());
      if (cue == null || st.quoted[k] && !quote) continue;
      int verb = k++;
      if (TOLD.contains(t.get(verb).lower())) {
        int object = k;
        while (k < t.size() && k - object < 4 && OBJECT_TAGS.contains(String.valueOf(t.get(k).tag())) && !t.get(k).is("that")) k++;
        // ("told Ukraine to withdraw" asks; it reports nothing.)
        if (k == object || k < t.size() && t.get(k).is("to")) continue;
      }
      if (k < t.size() && t.get(k).is("that")) k++;
      Mention inner = st.speakers().resolve(t, from, subjectEnd);
      if (inner == null || inner.type() == ClaimantType.UNKNOWN || inner.type() == ClaimantType.REPORT || k >= t.size()
          || t.get(k).start() >= a.contentEnd()) continue;
      int start = t.get(k).start();
      String content = st.body().substring(start, a.contentEnd());
      if (content.split("\\s+").length < 3) continue;
      st.here.set(i, new Attribution(inner, cue, start, a.contentEnd(), content, a.sentenceIndex(), a.polarity(), a.modality(), false,
          a.speaker().canonical(), null, name()));
    }
  }
}
