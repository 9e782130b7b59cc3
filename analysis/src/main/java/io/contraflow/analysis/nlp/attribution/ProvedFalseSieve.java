package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Polarity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "We were told of a second blast at the depot, which later proved untrue", "there were reports that the mayor had
 * fled, which proved false": a closing clause that says what came before it was untrue. A speaker who says so denies what
 * came before, not the hearing of it: the claim ends at the comma, its polarity turns, and an opening "I heard that" or
 * "we were told" is left out of what is denied.
 */
final class ProvedFalseSieve implements Sieve {
  private static final Pattern PROVED_FALSE = Pattern.compile("(?i)\\s*[,\u2014\u2013]\\s*which\\s+(?:later\\s+|subsequently\\s+|eventually\\s+|also\\s+)?"
      + "(?:(?:turned\\s+out|proved|was\\s+found|was\\s+shown)\\s+(?:not\\s+to\\s+be\\s+(?:true|correct|accurate|the\\s+case)"
      + "|to\\s+be\\s+(?:false|untrue|wrong|baseless|unfounded|a\\s+lie|fake|incorrect|inaccurate))"
      + "|proved\\s+(?:false|untrue|wrong|baseless|unfounded)|(?:was|is|were|are)\\s+(?:not\\s+true|false|untrue|a\\s+lie|fake|incorrect))\\b");
  /** Where a clause of the claim ends and the next begins: "; ", ", but ", ", and ", ", while ". */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);\\s*|,\\s+(?:but|and|while|whereas|yet)\\s+");
  /** Hearsay the speaker opens with: "we were told that", "I had heard before that", "I was told". */
  private static final Pattern HEARD = Pattern.compile("(?i)^\\s*(?:I|we)\\s+(?:also\\s+|had\\s+|have\\s+)?(?:heard|been\\s+told|was\\s+told|were\\s+told)"
      + "(?:\\s+(?:earlier|before|first))?(?:\\s+on)?(?:\\s+that)?\\s+");

  private static final Pattern HEARD_FROM = Pattern.compile("(?i)\\s+from\\s+(?:other|some|several|various|different|many|unnamed)\\s+sources\\s*$");

  @Override
  public void apply(SentenceState st) {
    String body = st.body();
    java.util.List<Attribution> earlier = new java.util.ArrayList<>();
    for (int k = 0; k < st.here.size(); k++) {
      Attribution a = st.here.get(k);
      String content = body.substring(a.contentStart(), a.contentEnd());
      // (Most claims hold no "which": the pattern is not run on them.)
      if (!content.contains("which")) continue;
      Matcher m = PROVED_FALSE.matcher(content);
      // (Only a clause that closes the claim: "reports that P, which proved false, caused panic" says more than that.)
      if (!m.find() || m.start() == 0 || !content.substring(m.end()).matches("[\\s.,;!?\"'”’)]*")) continue;
      // ("We counted nine, but we were told that P, which proved false": the clause the "which" closes.)
      int clause = 0;
      int clauseBreak = 0;
      Matcher br = CLAUSE_BREAK.matcher(content.substring(0, m.start()));
      while (br.find()) {
        clauseBreak = br.start();
        clause = br.end();
      }
      int start = a.contentStart() + clause;
      Matcher heard = HEARD.matcher(content.substring(clause));
      if (heard.find() && clause + heard.end() < m.start()) start += heard.end();
      int end = a.contentStart() + m.start();
      // ("I heard that P from other sources": where the hearing came from is the hearing's too.)
      Matcher source = HEARD_FROM.matcher(content.substring(0, m.start()));
      if (start > a.contentStart() && source.find()) end = a.contentStart() + source.start();
      while (start < end && Character.isWhitespace(body.charAt(start))) start++;
      String denied = body.substring(start, end).strip();
      if (denied.isEmpty()) continue;
      Polarity turned = a.polarity() == Polarity.DENIED ? Polarity.AFFIRMED : Polarity.DENIED;
      st.here.set(k, new Attribution(a.speaker(), a.cue(), start, start + denied.length(), denied, a.sentenceIndex(), turned,
          a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve()));
      // (The clauses before it stand as the speaker said them.)
      if (clauseBreak > 0) {
        String before = content.substring(0, clauseBreak).strip();
        earlier.add(new Attribution(a.speaker(), a.cue(), a.contentStart(), a.contentStart() + before.length(), before, a.sentenceIndex(),
            a.polarity(), a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve()));
      }
    }
    st.here.addAll(earlier);
  }
}
