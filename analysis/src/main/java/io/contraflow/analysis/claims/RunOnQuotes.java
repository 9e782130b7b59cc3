package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.attribution.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quote opened in one sentence may run on into the next ('He said: "We counted 40. The toll is 38."'): the second
 * sentence is his as much as the first, and no statement of the outlet's own.
 */
final class RunOnQuotes {
  private RunOnQuotes() {}

  /** The closing quotation mark and stop a run-on sentence's content leaves off. */
  private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[\\s\"”’'.,]+$");
  /** How many sentences back a quote that still covers this one may have opened. */
  private static final int BACK = 2;

  /**
   * The attributions, with one more for each sentence a quote runs on into after its speaker's attribution ended with
   * the first: 'told reporters "there seems to be some over calculation. I believe the toll is 38".' The second
   * sentence is his, quoted, unless someone else is named in it.
   */
  static List<Attribution> withContinuations(List<Attribution> attributions, List<Quote> quotes, List<Sentence> sentences) {
    List<Attribution> out = null;
    for (Quote q : quotes) {
      Attribution opener = null;
      for (Attribution a : attributions) if (opener == null && a.contentStart() >= q.start() && a.contentStart() < q.end()) opener = a;
      if (opener == null || opener.contentEnd() >= q.end() - 1) continue;
      for (Sentence s : sentences) {
        if (s.start() < opener.contentEnd() || s.start() >= q.end() || s.end() > q.end() + 2) continue;
        boolean own = false;
        for (Attribution a : attributions) own |= a.sentenceIndex() == s.index() || a.contentStart() < s.end() && a.contentEnd() > s.start();
        int end = Math.min(s.end(), q.end()) - s.start();
        String content = TRAILING_MARKS.matcher(s.text().substring(0, Math.max(0, Math.min(end, s.text().length())))).replaceAll("");
        if (own || content.isBlank()) continue;
        if (out == null) out = new ArrayList<>(attributions);
        out.add(new Attribution(opener.speaker(), "quote", s.start(), s.start() + content.length(), content, s.index(),
            Assertion.denies(content) ? Polarity.DENIED : Polarity.AFFIRMED, Modality.STATED, true, opener.relay(), null, "quote-run-on"));
      }
    }
    return out == null ? attributions : out;
  }

  /** The attributions of sentence {@code s}, and those of the sentences before it whose content runs into it. */
  static List<Attribution> covering(Map<Integer, List<Attribution>> bySentence, Sentence s) {
    List<Attribution> own = bySentence.getOrDefault(s.index(), List.of());
    List<Attribution> out = null;
    for (int back = 1; back <= BACK; back++) {
      for (Attribution a : bySentence.getOrDefault(s.index() - back, List.of())) {
        if (a.contentEnd() <= s.start()) continue;
        if (out == null) out = new ArrayList<>(own);
        out.add(a);
      }
    }
    return out == null ? own : out;
  }
}
