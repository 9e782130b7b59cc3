package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;

/**
 * "The military said a preliminary review found that P": an unnamed review, inquiry or study that a speaker reports
 * on is that speaker's, so what it found is theirs too. Read as a party of its own, "a preliminary review" would stand
 * against the military that published it; "the review also found" later in the article is theirs too. A report with a
 * name of its own ("the Dutch Safety Board's report") keeps it.
 */
final class NestedReportSieve implements Sieve {

  @Override
  public void apply(SentenceState st) {
    for (int i = 0; i < st.here.size(); i++) {
      Attribution inner = st.here.get(i);
      Mention report = inner.speaker();
      if (report.type() != ClaimantType.REPORT || !unnamed(report)) continue;
      for (Attribution outer : st.here) {
        Mention speaker = outer.speaker();
        // (The outer content holds the report's name: "said a review found P and that Q" splits in two after it.)
        if (outer == inner || speaker.type() == ClaimantType.REPORT || outer.contentStart() > report.start()
            || outer.contentEnd() < report.end()) continue;
        st.here.set(i, new Attribution(speaker, inner.cue(), inner.contentStart(), inner.contentEnd(), inner.content(), inner.sentenceIndex(),
            inner.polarity(), inner.modality(), inner.direct(), inner.relay(), inner.challenged(), inner.sieve()));
        st.speakers().ownedBy(report, speaker);
        break;
      }
    }
  }

  /** Only common words ("a preliminary review", "the investigation"): no name of its own. */
  private static boolean unnamed(Mention m) {
    for (String w : m.text().split("\\s+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("A") && !w.equals("The") && !w.equals("An")) return false;
    return true;
  }
}
