package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/** Who issued a text the article speaks of again as "the statement", "the document": the body its first mention named. */
final class TextIssuers {
  /**
   * "the document", "the statement": the organisation or government an earlier mention of the same text names as
   * its issuer ("a document provided to her by the Investigative Committee", "a statement from the ministry"), else null.
   */
  static Mention issuer(String noun, int before, List<Sentence> sentences, List<Mention> mentions, Antecedents antecedents) {
    for (int k = sentences.size() - 1; k >= 0; k--) {
      List<Token> t = sentences.get(k).tokens();
      for (int i = t.size() - 1; i >= 0; i--) {
        if (t.get(i).start() >= before || !t.get(i).lower().equals(noun)) continue;
        // "The ministry echoed that in a statement of its own": the subject of the clause that issued it.
        if (i >= 2 && (t.get(i - 1).is("a") || t.get(i - 1).is("an")) && ISSUING.contains(t.get(i - 2).lower())) {
          Sentence s = sentences.get(k);
          for (Mention m : mentions) {
            if (m.start() < s.start() || m.start() >= t.get(i).start() || antecedents.quoted(m) || antecedents.possessive(m)) continue;
            if (m.type() == ClaimantType.ORGANIZATION || m.type() == ClaimantType.GOVERNMENT || m.type() == ClaimantType.PERSON) return m;
          }
        }
        for (int j = i + 1; j < Math.min(t.size() - 1, i + 10); j++) {
          if (!(t.get(j).is("by") || t.get(j).is("from"))) continue;
          for (Mention m : mentions) {
            if ((m.type() == ClaimantType.ORGANIZATION || m.type() == ClaimantType.GOVERNMENT) && m.start() >= t.get(j + 1).start()
                && m.start() <= t.get(Math.min(t.size() - 1, j + 3)).start()) return m;
          }
        }
      }
    }
    return null;
  }

  /** Words that issue a text: "in a statement", "issued a statement", "released a report". */
  private static final Set<String> ISSUING = Set.of("in", "issued", "released", "published", "posted");

  /**
   * The issuer where the text's noun stands ("P, the statement said"), so that a reading that looks for its speaker after
   * P finds it there.
   */
  static Mention standingAt(Mention issuer, int start, int end, String text) {
    return new Mention(start, end, text, issuer.canonical(), issuer.key(), issuer.type(), issuer.role(), issuer.affiliation(), issuer.plural());
  }

  private TextIssuers() {}
}
