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

  /** Verbs whose object is a text its subject put out: "scientists published a report that refutes P". */
  private static final java.util.Set<String> PUBLISHING = java.util.Set.of("published", "released", "issued", "presented",
      "submitted", "delivered", "produced", "unveiled", "compiled", "publishes", "releases", "issues", "presents");

  @Override
  public void apply(SentenceState st) {
    for (int i = 0; i < st.here.size(); i++) {
      Attribution inner = st.here.get(i);
      Mention report = inner.speaker();
      if (report.type() != ClaimantType.REPORT || !unnamed(report)) continue;
      Mention publisher = publisher(st, report);
      if (publisher != null) {
        st.here.set(i, new Attribution(publisher, inner.cue(), inner.contentStart(), inner.contentEnd(), inner.content(), inner.sentenceIndex(),
            inner.polarity(), inner.modality(), inner.direct(), inner.relay(), inner.challenged(), inner.sieve()));
        st.speakers().ownedBy(report, publisher);
        continue;
      }
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

  /**
   * "Scientists of the university published a detailed report on Thursday that refutes P": who put the report out,
   * when the report is the object of a verb of publishing whose subject names a party; else null.
   */
  private static Mention publisher(SentenceState st, Mention report) {
    java.util.List<io.contraflow.analysis.nlp.Token> t = st.t;
    int k = 0;
    while (k < t.size() && t.get(k).start() < report.start()) k++;
    int verb = Phrases.skipLeft(t, k - 1);
    if (verb < 1 || !PUBLISHING.contains(t.get(verb).lower())) return null;
    int subjEnd = Phrases.skipLeft(t, TimePhrases.skipTimeLeft(t, Phrases.skipLeft(t, verb - 1)));
    if (subjEnd < 1) return null;
    Mention m;
    if (t.get(subjEnd).text().equals(",")) {
      // "A scientist from the country's largest university, the KTU, published": the name the appositive gives.
      int open = subjEnd - 1;
      while (open > 0 && subjEnd - open < 8 && !t.get(open).text().equals(",")) open--;
      if (!t.get(open).text().equals(",")) return null;
      m = st.speakers().resolve(t, open + 1, subjEnd);
      if (!party(m)) m = st.speakers().resolve(t, SubjectStart.of(t, open - 1), open);
    } else {
      m = st.speakers().resolve(t, SubjectStart.of(t, subjEnd), subjEnd + 1);
    }
    return party(m) ? m : null;
  }

  private static boolean party(Mention m) {
    return m != null && m.type() != ClaimantType.REPORT && m.type() != ClaimantType.UNKNOWN;
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Only common words ("a preliminary review", "the investigation"): no name of its own. */
  private static boolean unnamed(Mention m) {
    for (String w : SPACES.split(m.text())) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("A") && !w.equals("The") && !w.equals("An")) return false;
    return true;
  }
}
