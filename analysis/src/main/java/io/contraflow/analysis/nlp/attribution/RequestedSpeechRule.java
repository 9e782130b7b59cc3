package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Speech that someone is asked for is not speech: "urged the mayor to confirm that P", "called on the minister to say
 * whether P", "demanded that the president admit P", "insisted the envoy should explain P". The one asked has said
 * nothing; read as theirs, P became the addressee's own admission, or their denial of it. (What the one asking holds,
 * if anything, is the request's own claim: "urged the mayor to confirm P" is still the urger's.)
 */
final class RequestedSpeechRule implements CueRule {
  /** Verbs that ask someone else to speak: their object, or the subject of their "that" clause, is asked, not heard. */
  private static final Set<String> REQUESTS = Set.of("urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call",
      "called", "calls", "calling", "press", "pressed", "presses", "pressing", "demand", "demanded", "demands", "demanding",
      "challenge", "challenged", "challenges", "challenging", "want", "wanted", "wants", "invite", "invited", "invites",
      "encourage", "encouraged", "encourages", "implore", "implored", "appeal", "appealed", "appeals", "request", "requested",
      "requests", "tell", "told", "tells", "insist", "insisted", "insists", "expect", "expected", "expects");
  /** A "that" clause after these asks only when its verb is bare or modal: "insisted that he said P" reports. */
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  /** How far back from the cue the request verb may stand ("called on the country's foreign minister to say"). */
  private static final int REACH = 9;

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (i == 0) return null;
    Token before = t.get(i - 1);
    boolean infinitive = before.is("to");
    boolean modal = OBLIGATION.contains(before.lower());
    // "demanded that the president admit P": a bare verb after its subject (the third person would be "admits").
    boolean bare = t.get(i).lower().equals(lemma) && !Lexicon.PRONOUNS_PLURAL.contains(before.lower()) && !before.is("i")
        && !before.is("you") && !before.is("we");
    if (!infinitive && !modal && !bare) return null;
    for (int k = i - 2; k >= Math.max(0, i - REACH); k--) {
      Token w = t.get(k);
      if (Phrases.isPunct(w.text()) && !w.text().equals("'") && !w.text().equals("’")) return null;
      if (!REQUESTS.contains(w.lower())) continue;
      // "called on X to", "asked X to", "urged that X should": the one asked stands between the request and the cue.
      if (k == i - 2 && infinitive) return null;
      boolean thatClause = k + 1 < t.size() && t.get(k + 1).is("that");
      if (infinitive && !thatClause) return List.of();
      if (modal && (thatClause || k + 1 < i - 1) || bare && thatClause) return List.of();
    }
    return null;
  }
}
