package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A name the lexicon cannot place, before the common nouns that head a speaker's phrase, says where the office or
 * the body is, not who speaks: "the Narva mayor" is the town's mayor, "the Vell fire brigade" and "the Kessa port
 * authority" the town's services. (A single body noun after a name is that body's name: "the Vitkon firm"; unless it is
 * a body that sits for a place: "the Narva panel".)
 */
final class UnplacedNames {
  private UnplacedNames() {}

  /**
   * Bodies that sit for a town or a state rather than trade under a name: "the Narva panel", "the Vell council" are the
   * place's panel and council, and may well disagree with the place's own government.
   */
  private static final java.util.Set<String> SITTING_BODIES = java.util.Set.of("panel", "council", "court", "tribunal", "commission",
      "committee", "assembly", "legislature", "inquiry", "judiciary");

  /** The speaker the phrase {@code from}..{@code to} names when {@code name} is such a name inside it, else null. */
  static Mention officeOrBodyOf(Lexicon lexicon, List<Token> t, int from, int to, Mention name) {
    boolean country = name.type() == ClaimantType.GOVERNMENT;
    if (name.type() != ClaimantType.UNKNOWN && !country || name.end() >= t.get(to - 1).end()) return null;
    int after = to;
    while (after > from && t.get(after - 1).start() >= name.end()) after--;
    // Only lower-case nouns follow the name: "mayor", "fire brigade", "port authority"; or an adjective before the
    // head ("judicial panel").
    for (int k = after; k < to; k++) {
      if (t.get(k).capitalized() || !"NOUN".equals(t.get(k).tag()) && !(k < to - 1 && "ADJ".equals(t.get(k).tag()))) return null;
    }
    String head = t.get(to - 1).lower();
    // "a Peru specialist", "Chile experts": people the country's name describes, who speak for no government.
    // ("a former Elysee adviser", "an ex-Kessan diplomat": who once served a government no longer speaks for it.)
    if (country) {
      if (!Lexicon.isIndependentPerson(head) && !(formerly(t, from, name) && lexicon.isTitle(head))) return null;
      String unnamed = "unnamed " + stripArticle(t, from, to);
      return new Mention(t.get(from).start(), t.get(to - 1).end(), SpeakerResolver.text(t, from, to), unnamed,
          unnamed.toLowerCase(Locale.ROOT), ClaimantType.UNNAMED_SOURCE, null, null, false);
    }
    boolean office = lexicon.isTitle(head) && !lexicon.isOrganisationNoun(head);
    if (!office && to - after < 2 && !SITTING_BODIES.contains(head)) return null;
    String canonical = stripArticle(t, from, to);
    return new Mention(t.get(from).start(), t.get(to - 1).end(), SpeakerResolver.text(t, from, to), canonical, canonical.toLowerCase(Locale.ROOT),
        office ? ClaimantType.PERSON : ClaimantType.ORGANIZATION, office ? canonical : null, name.affiliation(), false);
  }

  /**
   * "of South Kessa province", "of neighbouring Vell", "of the town of Varno": the words after an office's "of" at
   * {@code of} when they name only places, which say where the office is; else null.
   */
  static String placeAfterOf(List<Token> t, int of, int to, List<Mention> named) {
    if (named.isEmpty() || named.stream().anyMatch(m -> m.type() != ClaimantType.UNKNOWN)) return null;
    for (int k = of + 1; k < to; k++) {
      Token w = t.get(k);
      if (!w.capitalized() && !w.is("the") && !w.is("of") && !"ADJ".equals(w.tag()) && !w.lower().endsWith("ing") && !PLACE_NOUNS.contains(w.lower())) return null;
    }
    return SpeakerResolver.text(t, of, to);
  }

  private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("province", "state", "district", "region", "county", "city",
      "town", "village", "oblast", "governorate", "prefecture", "municipality", "island", "port");

  /** "former" or "ex" before the name in the phrase starting at {@code from}. */
  private static boolean formerly(List<Token> t, int from, Mention name) {
    for (int k = from; k < t.size() && t.get(k).end() <= name.start(); k++) if (t.get(k).is("former") || t.get(k).is("ex")) return true;
    return false;
  }

  /** The phrase's words without its opening article or "its": "the Narva mayor" is "Narva mayor". */
  static String stripArticle(List<Token> t, int from, int to) {
    while (from < to - 1 && (t.get(from).is("the") || t.get(from).is("a") || t.get(from).is("an") || t.get(from).is("its"))) from++;
    return SpeakerResolver.text(t, from, to);
  }
}
