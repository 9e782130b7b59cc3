package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speakers named by a group noun ({@code lexicon/groups.txt}): whom "Russian officials", "a pair of United Nations
 * experts" or "rescue workers" speak for, and under what name.
 */
final class GroupSpeakers {
  private GroupSpeakers() {}

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "other", "top", "senior", "some", "several", "many",
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "both", "all", "its", "his", "her", "their");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /**
   * Groups whose "of" phrase says where they live or what they lived through, never whom they speak for: "Residents of
   * the village", "Survivors of the flood" (however capitalised at the start of a sentence). ("Relatives of the
   * victims" names its group whole, by the group noun at its end.)
   */
  static final Set<String> OF_WHERE_OR_WHOM = Set.of("residents", "inhabitants", "villagers", "survivors", "people", "locals",
      "citizens", "neighbours", "neighbors");

  /** Kin, named whole with their "of" phrase ("Relatives of the victims"), unless it runs on to where and how. */
  private static final Set<String> KIN = Set.of("relatives", "families", "parents", "kin");

  /**
   * The group noun before the "of" at {@code of} speaks alone: one of {@link #OF_WHERE_OR_WHOM}, or kin whose phrase
   * says what befell their people ("Relatives of workers still missing in the Kessa building", "Families of those
   * killed in the Narva fire"), which a speaker's name would not carry.
   */
  static boolean ofWhereOrWhom(List<Token> t, int of, int to) {
    String h = t.get(of - 1).lower();
    if (OF_WHERE_OR_WHOM.contains(h)) return true;
    if (!KIN.contains(h)) return false;
    for (int k = of + 1; k < to; k++) {
      String w = t.get(k).lower();
      if (w.equals("those") || w.equals("who") || "VERB".equals(t.get(k).tag()) && (w.endsWith("ed") || w.endsWith("ing"))) return true;
    }
    return false;
  }

  /**
   * Whether the word at {@code k} ends a speaker's phrase that names an office or a group before it: "the regional
   * governor of the island", "the prime minister of Norland" (not "the Ministry of Defence", a name); one of a group
   * named by where or what they lived through, "a resident of the town", "a survivor of the blast" (the town and the
   * blast do not speak).
   */
  static boolean officeOf(Lexicon lexicon, List<Token> t, int k, int to) {
    String h = t.get(k - 1).lower();
    return t.get(k).is("of") && (!t.get(k - 1).capitalized() || k == 1 && ofWhereOrWhom(t, k, to))
        && (lexicon.isTitle(h) || lexicon.isGroup(h) || lexicon.isGroupMember(h));
  }

  /** People a country's name may describe without their speaking for its government. */
  static final Set<String> INDEPENDENT_PEOPLE = Lexicon.INDEPENDENT_PEOPLE;

  /** The party a group phrase names ("Ukrainian officials", "United Nations experts", "rescue workers"). */
  private static final Set<String> QUANTIFIERS = Set.of("most", "few", "none");

  static Mention group(Lexicon lexicon, List<Token> t, int from, int to, int start, int end) {
    String head = t.get(to - 1).lower();
    String modifier = null;
    String affiliation = null;
    // "on Friday and the government denying": a conjunct with its own determiner is the group; what stands before the
    // "and" describes nothing in it.
    for (int k = to - 2; k > from; k--) if ((t.get(k).is("and") || t.get(k).is("or")) && DETERMINERS.contains(t.get(k + 1).lower())) from = k + 1;
    // ("the Vell-run Kessa health ministry": a name that only says who runs the body yields to the body's own name.)
    boolean runBy = false;
    for (int k = from; k < to - 1; k++) {
      Token tok = t.get(k);
      // ("South Korean lawmakers": a demonym of two words, as one of one word.)
      String pair = k + 1 < to - 1 ? lexicon.countryByNameOrDemonym(tok.text() + " " + t.get(k + 1).text()) : null;
      String c = pair != null ? pair : lexicon.country(tok.text());
      if (c != null && (affiliation == null || runBy)) {
        affiliation = c;
        String written = pair != null ? tok.text() + " " + t.get(k + 1).text() : tok.text();
        if (pair != null) k++; // (the demonym's second word is read with its first)
        modifier = POSSESSIVE.matcher(written).replaceAll("");
        runBy = io.contraflow.analysis.nlp.ModifierNames.modifies(t, k + 1);
      } else if ((modifier == null || runBy) && tok.capitalized() && !DETERMINERS.contains(tok.lower())
          // "Human rights groups": a capital that only opens the sentence ("Human Rights Watch researchers" go on capitalised)
          && !(k == 0 && tok.tag() != null && !"PROPN".equals(tok.tag()) && !(k + 1 < to - 1 && t.get(k + 1).capitalized()))) {
        // "a pair of United Nations experts": the whole name before the head, not its first word.
        int nameEnd = k + 1;
        while (nameEnd < to - 1 && t.get(nameEnd).capitalized() && lexicon.country(t.get(nameEnd).text()) == null) nameEnd++;
        if (runBy) affiliation = null;
        modifier = SpeakerResolver.text(t, k, nameEnd);
        runBy = io.contraflow.analysis.nlp.ModifierNames.modifies(t, nameEnd);
        // "Norland's foreign ministry": a named modifier is the body the group speaks for, even one no lexicon knows.
        boolean possessive = nameEnd < to && (t.get(nameEnd).text().equals("'s") || t.get(nameEnd).text().equals("'"));
        // ("the Interior Ministry": a portfolio, not a place.) "Puerto Rico's government": the whole name.
        if (affiliation == null && "PROPN".equals(tok.tag()) && (possessive || k > from || from == 0) && !lexicon.isTitle(tok.text())
            && !lexicon.isPortfolio(tok.lower())) {
          affiliation = possessive ? modifier : tok.text();
        }
      }
    }
    if (head.equals("government") && affiliation != null) {
      return new Mention(start, end, SpeakerResolver.text(t, from, to), lexicon.demonym(affiliation) + " government", "gov:" + affiliation.toLowerCase(Locale.ROOT),
          ClaimantType.GOVERNMENT, null, affiliation, false);
    }
    if (modifier != null && lexicon.isGovernmentMetonym(modifier)) modifier = lexicon.demonym(affiliation);
    // ("Uzbek opposition leaders": the word that sets them against the state stays in their name.)
    String against = null;
    for (int k = from; k < to - 1 && against == null; k++) if (Lexicon.AGAINST_THE_STATE.contains(t.get(k).lower())) against = t.get(k).lower();
    String name = modifier == null ? stripDeterminers(t, from, to) : modifier + (against != null ? " " + against : "") + " " + head;
    // "Russian officials" speak for their government; "U.S. air-safety experts", "Swiss doctors" and opposition leaders do not.
    ClaimantType type = affiliation != null && !INDEPENDENT_PEOPLE.contains(head) && against == null ? ClaimantType.GOVERNMENT : ClaimantType.UNNAMED_SOURCE;
    return new Mention(start, end, SpeakerResolver.text(t, from, to), name, name.toLowerCase(Locale.ROOT), type, SpeakerResolver.text(t, from, to), affiliation, true);
  }

  /**
   * "Sources on the ground in Kessa", "witnesses at the scene", "authorities in Vell": where the group was is part of how
   * the text names it, so the mention as written keeps it ({@code t[from, writtenTo)}); the group itself is the head
   * before it ({@code to}).
   */
  static Mention whereTheyWere(Mention g, List<Token> t, int from, int to, int writtenTo) {
    if (!(writtenTo >= to + 3 && (t.get(to).is("on") && t.get(to + 1).is("the") && t.get(to + 2).is("ground")
        || t.get(to).is("at") && t.get(to + 1).is("the") && t.get(to + 2).is("scene")) || inAPlace(t, to, writtenTo))) return g;
    return new Mention(g.start(), g.end(), SpeakerResolver.text(t, from, writtenTo), g.canonical(), g.key(), g.type(), g.role(), g.affiliation(),
        g.plural());
  }

  /** "in Puerto Rico", "in Dalen": a place's name alone after "in", all of it capitalised. */
  private static boolean inAPlace(List<Token> t, int to, int writtenTo) {
    if (writtenTo < to + 2 || writtenTo > to + 4 || !t.get(to).is("in")) return false;
    for (int k = to + 1; k < writtenTo; k++) if (!t.get(k).capitalized()) return false;
    return true;
  }

  /**
   * "The researchers said" after "researchers at the Vell Institute found": the body whose people spoke before under that
   * word, or null.
   */
  static Mention bodyOfItsPeople(Antecedents antecedents, String head) {
    return antecedents.lastSpeaker(m -> head.equalsIgnoreCase(m.role()) && (m.type() == ClaimantType.ORGANIZATION
        || m.type() == ClaimantType.GOVERNMENT));
  }

  static String stripDeterminers(List<Token> t, int from, int to) {
    // ("some of the guards", "two of the guards", "many of the residents": the guards, the residents.)
    while (from < to - 1 && (DETERMINERS.contains(t.get(from).lower()) || QUANTIFIERS.contains(t.get(from).lower())
        || "NUM".equals(t.get(from).tag()) || t.get(from).is("of"))) from++;
    return SpeakerResolver.text(t, from, to);
  }
}
