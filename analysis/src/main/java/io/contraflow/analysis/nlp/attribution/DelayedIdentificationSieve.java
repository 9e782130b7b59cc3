package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Descriptions that news names a sentence later: "A top Russian official said Tuesday that P. Russian Deputy Foreign
 * Minister Sergei Ryabkov said ...", "Navalny's mother accused investigators of P. Lyudmila Navalnaya made the
 * allegation ...", "A Russian defence firm says P. The Almaz-Antey firm said ...". A description whose claims have no
 * name takes the party the next two sentences introduce first, when the two fit: the same country for an official,
 * the possessor's family name for a relative, the same noun for an organisation. Every claim of the description in
 * the article (a headline repeating it too) takes the name. Anonymous sources ("an unidentified source") stay so.
 */
final class DelayedIdentificationSieve implements Sieve {
  private static final Lexicon LEXICON = Lexicon.english();
  /** One relative, who can be told by the family name: "Navalny's widow", not "Navalny's aides". */
  private static final Set<String> KIN = Set.of("mother", "father", "wife", "widow", "widower", "husband", "son", "daughter", "brother",
      "sister");
  private static final Set<String> ANONYMOUS = Set.of("unnamed", "unidentified", "anonymous", "source", "sources");

  @Override
  public void finish(Discourse doc) {
    Map<String, Mention> named = new HashMap<>();
    for (Attribution a : doc.out) {
      Mention d = a.speaker();
      if (named.containsKey(d.key()) || !isDescription(d)) continue;
      Mention m = identify(doc, d, a.sentenceIndex());
      if (m == null) m = relative(doc, d);
      if (m != null) named.put(d.key(), new Mention(d.start(), d.end(), d.text(), m.canonical(), m.key(), m.type(), m.role(), m.affiliation(), m.plural()));
    }
    if (named.isEmpty()) return;
    Map<String, Mention> descriptions = new HashMap<>();
    for (Attribution a : doc.out) if (isDescription(a.speaker())) descriptions.putIfAbsent(a.speaker().key(), a.speaker());
    for (int i = 0; i < doc.out.size(); i++) {
      Attribution a = doc.out.get(i);
      Mention m = named.get(a.speaker().key());
      // "Russian firm" in a headline is the "Russian defence firm" of the text: the same head, fewer words.
      if (m == null && isDescription(a.speaker())) {
        for (var e : named.entrySet()) {
          Mention d = descriptions.get(e.getKey());
          if (d != null && d.type() == a.speaker().type() && shorter(a.speaker().canonical(), d.canonical())) m = e.getValue();
        }
      }
      if (m == null) continue;
      Mention speaker = new Mention(a.speaker().start(), a.speaker().end(), a.speaker().text(), m.canonical(), m.key(), m.type(), m.role(),
          m.affiliation(), m.plural());
      doc.out.set(i, new Attribution(speaker, a.cue(), a.contentStart(), a.contentEnd(), a.content(), a.sentenceIndex(), a.polarity(),
          a.modality(), a.direct(), a.relay(), a.challenged(), name()));
    }
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** "A top Russian official", "a Russian defence firm", "Navalny's mother": unnamed, but not anonymous. */
  private static boolean isDescription(Mention d) {
    String text = d.text().toLowerCase(Locale.ROOT);
    for (String w : SPACES.split(text)) if (ANONYMOUS.contains(w)) return false;
    boolean indefinite = text.startsWith("a ") || text.startsWith("an ");
    if (d.type() == ClaimantType.UNNAMED_SOURCE && d.canonical().startsWith("unnamed ")) return d.affiliation() != null;
    if (d.type() == ClaimantType.ORGANIZATION) return indefinite || !Character.isUpperCase(d.text().charAt(0)) || d.text().split("\\s+").length > 1
        && Phrases.LEXICON.countryByNameOrDemonym(d.text().split("\\s+")[0]) != null;
    return d.type() == ClaimantType.PERSON && d.role() != null && d.canonical().contains("'s ");
  }

  /**
   * "Navalny's widow" when the article names one other person of the family ("Yulia Navalnaya"): the only person
   * whose name shares the possessor's family name but is not the possessor.
   */
  private static Mention relative(Discourse doc, Mention d) {
    if (d.type() != ClaimantType.PERSON || !d.canonical().contains("'s ") || !KIN.contains(d.role())) return null;
    String possessor = d.canonical().substring(0, d.canonical().indexOf("'s ")).toLowerCase(Locale.ROOT);
    if (LEXICON.countryByNameOrDemonym(possessor) != null) return null;
    Mention found = null;
    for (Mention m : doc.mentions) {
      if (m.type() != ClaimantType.PERSON || m.key().equals(possessor) || commonPrefix(possessor, m.key()) < Math.max(4, Math.min(5, possessor.length()))) continue;
      if (found != null && !found.key().equals(m.key())) return null;
      found = m;
    }
    return found;
  }

  /** The party the two sentences after {@code sentence} introduce first, when it fits the description. */
  private static Mention identify(Discourse doc, Mention d, int sentence) {
    List<Mention> mentions = doc.mentions;
    for (int k = sentence + 1; k <= sentence + 2 && k < doc.sentences.size(); k++) {
      Sentence s = doc.sentences.get(k);
      Mention first = null;
      for (Mention m : mentions) {
        if (m.start() >= s.start() && m.end() <= s.end() && m.type() != ClaimantType.GOVERNMENT) {
          first = m;
          break;
        }
      }
      if (first == null || !opens(s, first) || mentionedBefore(mentions, first, s.start())) continue;
      if (fits(d, first, s)) return first;
    }
    return null;
  }

  /** The mention opens its sentence, past a title, an article or a demonym ("Russian Deputy Foreign Minister X"). */
  private static boolean opens(Sentence s, Mention m) {
    int words = 0;
    for (Token t : s.tokens()) {
      if (t.start() >= m.start()) return true;
      if (++words > 6) return false;
    }
    return false;
  }

  private static boolean mentionedBefore(List<Mention> mentions, Mention m, int before) {
    for (Mention o : mentions) if (o.start() < before && o.key().equals(m.key())) return true;
    return false;
  }

  private static boolean fits(Mention d, Mention m, Sentence s) {
    if (d.type() == ClaimantType.UNNAMED_SOURCE) return m.type() == ClaimantType.PERSON && d.affiliation().equals(m.affiliation());
    if (d.type() == ClaimantType.ORGANIZATION) {
      // "A Russian defence firm says ... The Almaz-Antey firm said": the same noun follows the name.
      String head = d.canonical().substring(d.canonical().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).start() < m.end()) continue;
        for (int j = i; j < Math.min(t.size(), i + 3); j++) if (t.get(j).lower().equals(head)) return m.type() != ClaimantType.PERSON;
        break;
      }
      return false;
    }
    if (m.type() != ClaimantType.PERSON) return false;
    String possessor = d.canonical().substring(0, d.canonical().indexOf("'s ")).toLowerCase(Locale.ROOT);
    // "Canada's special adviser says P. Ralph Goodale, the former minister, says Q": a person introduced with a title
    // or an appositive.
    if (LEXICON.countryByNameOrDemonym(possessor) != null) return m.role() != null || followedByComma(s, m);
    // "Navalny's mother" ... "Lyudmila Navalnaya": a family name.
    return commonPrefix(possessor, m.key()) >= Math.max(3, Math.min(5, possessor.length()));
  }

  /** Every word of {@code a} is in {@code b}, and both end in the same noun. */
  private static boolean shorter(String a, String b) {
    // (Set.copyOf, not Set.of: a name may repeat a word, "the Office of the Prosecutor", and Set.of throws on one.)
    Set<String> words = Set.copyOf(java.util.Arrays.asList(b.toLowerCase(Locale.ROOT).split("\\s+")));
    String[] aw = a.toLowerCase(Locale.ROOT).split("\\s+");
    String[] bw = b.toLowerCase(Locale.ROOT).split("\\s+");
    if (!aw[aw.length - 1].equals(bw[bw.length - 1])) return false;
    for (String w : aw) if (!words.contains(w)) return false;
    return true;
  }

  private static boolean followedByComma(Sentence s, Mention m) {
    for (Token t : s.tokens()) if (t.start() >= m.end()) return t.text().equals(",");
    return false;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
    return n;
  }
}
