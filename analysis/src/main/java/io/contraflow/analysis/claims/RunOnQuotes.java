package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quote opened in one sentence may run on into the next ('He said: "We counted 40. The toll is 38."'): the second
 * sentence is his as much as the first, and no statement of the outlet's own.
 */
final class RunOnQuotes {
  private RunOnQuotes() {}

  /** How many sentences back a quote that still covers this one may have opened. */
  private static final int BACK = 2;

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
