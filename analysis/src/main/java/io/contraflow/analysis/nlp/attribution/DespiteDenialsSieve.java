package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Despite the army's denials, soldiers fired on the crowd", "despite repeated denials by the operator, the pillars were
 * cut", "despite Ostrian denials, ...": the sentence says what the denier denies. The denial is a claim of its own,
 * the main clause denied by whoever the opening phrase names; what the main clause asserts, and who asserts it, other
 * sieves read.
 */
final class DespiteDenialsSieve implements Sieve {
  private static final Set<String> DENIAL_NOUNS = Set.of("denial", "denials");
  /** Words that describe denials: "repeated denials", "the firm's vehement denials". */
  private static final Set<String> DESCRIBING = Set.of("repeated", "loud", "vehement", "official", "earlier", "strong", "flat", "angry");
  /** Words the opening phrase may hold before its comma. */
  private static final int LONGEST_PHRASE = 14;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int p = OpeningPhrase.firstWord(t);
    if (p + 4 >= t.size() || st.quoted[p] || !(t.get(p).is("despite") || t.get(p).is("notwithstanding"))) return;
    int noun = p + 1;
    while (noun < Math.min(t.size(), p + 7) && !DENIAL_NOUNS.contains(t.get(noun).lower())) noun++;
    if (noun >= Math.min(t.size(), p + 7)) return;
    int comma = OpeningPhrase.closingComma(st, p, noun + 1, LONGEST_PHRASE);
    if (comma < 0 || comma + 3 >= t.size()) return;
    Mention denier = denier(st, t, p + 1, noun, comma);
    if (denier == null) return;
    int end = t.size();
    while (end > comma + 1 && Phrases.isPunct(t.get(end - 1).lower())) end--;
    // ("..., witnesses said": the main clause ends before a speaker added after it.)
    for (Attribution a : st.here) if (a.contentStart() <= t.get(comma + 1).start() && a.contentEnd() < t.get(end - 1).end()) {
      while (end > comma + 2 && t.get(end - 1).end() > a.contentEnd()) end--;
    }
    if (end - comma - 1 < 3) return;
    String content = Phrases.slice(st.body(), t, comma + 1, end);
    st.add(new Attribution(denier, "deny", t.get(comma + 1).start(), t.get(end - 1).end(), content, st.sentence.index(),
        Polarity.DENIED, Modality.STATED, false, null, null), name());
  }

  /** Who denies: "the army's" or "Ostrian" before the noun, or "by the army" after it. */
  private static Mention denier(SentenceState st, List<Token> t, int from, int noun, int comma) {
    if (noun + 2 < comma && (t.get(noun + 1).is("by") || t.get(noun + 1).is("from"))) {
      return st.speakers().resolve(t, noun + 2, comma);
    }
    int start = from;
    while (start < noun && (t.get(start).is("the") || DESCRIBING.contains(t.get(start).lower()))) start++;
    // ("the army's repeated denials": the possessive mark and the words describing the denials are no part of the name.)
    int stop = noun;
    while (stop > start && (t.get(stop - 1).lower().startsWith("'") || t.get(stop - 1).lower().startsWith("’")
        || DESCRIBING.contains(t.get(stop - 1).lower()))) stop--;
    if (stop <= start) return null;
    Mention named = st.speakers().resolve(t, start, stop);
    if (named != null || stop - start != 1) return named;
    // "Despite Russian denials": a country's denials, by its demonym.
    String country = Phrases.LEXICON.countryByNameOrDemonym(t.get(start).text());
    if (country == null) return null;
    String name = Phrases.LEXICON.demonym(country) + " government";
    return new Mention(t.get(start).start(), t.get(start).end(), t.get(start).text(), name, "gov:" + country.toLowerCase(java.util.Locale.ROOT),
        ClaimantType.GOVERNMENT, null, country, true);
  }
}
