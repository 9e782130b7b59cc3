package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/** Finding a party among a sentence's words: the first one named, the subject of another cue, a relay. */
final class Parties {
  private Parties() {}

  /**
   * The person a sentence opens with, before the first comma and before {@code end}: "Ana Berg, head of the council,
   * said". Null when the sentence opens otherwise ("On Monday, ...", "The council, ...").
   */
  static Mention openingPerson(List<Token> t, int end, SpeakerResolver speakers) {
    int comma = Phrases.indexOfWord(t, 1, end, ",");
    if (comma <= 0 || Phrases.npStart(t, comma - 1) != 0) return null;
    Mention m = speakers.resolve(t, 0, comma);
    return m != null && m.type() == ClaimantType.PERSON ? m : null;
  }

  /**
   * "Ben Wallace, British Home Office minister, said that the government believed P": a bare "the government" inside
   * what a speaker of a country said is that country's government, not the last government named (the accused one).
   * {@code resolved} otherwise.
   */
  static Mention ownGovernment(SentenceState st, int start, int end, Mention resolved) {
    List<Token> t = st.t;
    if (end != start + 1 || !t.get(start).is("the") || !t.get(end).is("government")) return resolved;
    for (Attribution h : st.here) {
      String country = h.speaker().affiliation();
      if (country == null || h.contentStart() > t.get(start).start() || h.contentEnd() < t.get(end).end()) continue;
      String name = LEXICON.demonym(country) + " government";
      return new Mention(t.get(start).start(), t.get(end).end(), "the government", name, "gov:" + country.toLowerCase(java.util.Locale.ROOT),
          ClaimantType.GOVERNMENT, null, country, true);
    }
    return resolved;
  }

  /**
   * "a spokesman for Portugal's Harbour Workers Union", "of the North's Korea-Europe Association": the body the
   * possessive names speaks, of that country, not the country. {@code first} is the first of {@code named}, the names
   * after "for"; it is returned when no organisation follows it through a possessive.
   */
  static Mention possessedBody(List<Token> t, List<Mention> named, Mention first) {
    if (first == null || named.size() < 2 || first.type() == ClaimantType.ORGANIZATION || first.type() == ClaimantType.PERSON) return first;
    Mention next = named.get(1);
    if (next.type() != ClaimantType.ORGANIZATION) return first;
    for (int k = 0; k + 1 < t.size(); k++) {
      if (t.get(k).start() < first.end()) continue;
      boolean possessive = t.get(k).text().equals("'s") || t.get(k).text().equals("’s") || t.get(k).text().equals("'");
      if (!possessive || t.get(k + 1).start() != next.start()) return first;
      String country = first.affiliation() != null ? first.affiliation() : LEXICON.country(first.text().replaceFirst("(?i)^the\\s+", ""));
      return new Mention(next.start(), next.end(), next.text(), next.canonical(), next.key(), next.type(), next.role(),
          next.affiliation() != null ? next.affiliation() : country, next.plural());
    }
    return first;
  }

  /** The first named party (or group) in {@code t[from, to)}. */
  static Mention firstParty(List<Token> t, int from, int to, SpeakerResolver speakers) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).capitalized() && !LEXICON.isGroup(t.get(k).text())) continue;
      // "But several families ...": a conjunction opening the sentence is no part of the party.
      if (CONJUNCTIONS.contains(t.get(k).lower())) continue;
      // "contradicting this claim in Russian media reports": where something was said, not who is contradicted.
      if (k > from && afterVenuePreposition(t, k)) {
        k = Math.max(k, Phrases.npEnd(t, k) - 1);
        continue;
      }
      int end = Phrases.npEnd(t, k);
      // "Tom Arle's family has refuted ...": the relative speaks, not the person named before the possessive.
      int relative = relativeAfterPossessive(t, k, Math.min(end, to), to);
      if (relative > 0) end = relative;
      Mention m = speakers.resolve(t, k, Math.min(end, to));
      if (m != null && m.type() != ClaimantType.UNKNOWN || m != null && m.key() != null && Character.isUpperCase(m.canonical().charAt(0))) return m;
      // "the Norland inquiry's finding": a name and the common nouns after it, up to the possessive, are the owner.
      int owner = t.get(k).capitalized() ? possessiveAfter(t, k, to) : -1;
      Mention whose = owner > 0 ? speakers.resolve(t, k, owner) : null;
      if (whose != null && whose.type() != ClaimantType.UNKNOWN) return whose;
      k = Math.max(k, end - 1);
    }
    return null;
  }

  /** Where a possessive "'s" follows the name at {@code k} after at most three common nouns, or -1. */
  private static int possessiveAfter(List<Token> t, int k, int to) {
    for (int j = k + 1; j < Math.min(to, k + 5); j++) {
      String w = t.get(j).text();
      if (w.equals("'s") || w.equals("\u2019s")) return j;
      if (!"NOUN".equals(t.get(j).tag()) && !t.get(j).capitalized()) return -1;
    }
    return -1;
  }

  /** Words that open a clause of its own, with its own subject, inside a sentence. */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "because", "since", "when", "as", "while",
      "although", "though", "once", "until");

  /**
   * Who a participle of speech before {@code i} ("..., claiming P") speaks for: the subject of the clause it closes.
   * "Vell began a review after the port authority declined to examine itself, claiming nothing went wrong": the authority
   * claims, as the clause just before says; without such a clause, the sentence's first party.
   */
  /**
   * Whether the participle at {@code i}, after its opener ("after", "before", "while") and a comma, is part of what
   * {@code last} reports: "X admitted that P, after first denying Q" tells what X did, so X denied Q.
   */
  static boolean setOffWithin(List<Token> t, int opener, int i, Attribution last) {
    return opener > 0 && t.get(opener - 1).text().equals(",") && !t.get(opener).text().equals(",")
        && last.contentStart() < t.get(opener).start() && last.contentEnd() >= t.get(i).start();
  }

  static Mention participleSubject(List<Token> t, int i, SpeakerResolver speakers, boolean opensSentence) {
    // "After initially claiming P, the government said Q": a clause opening the sentence takes the main clause's subject.
    if (opensSentence) {
      Mention main = subjectAfterOpeningClause(t, i, speakers);
      if (main != null) return main;
    }
    for (int k = i - 2; k > 0; k--) {
      if (!SUBORDINATORS.contains(t.get(k).lower())) continue;
      // The clause must run straight into the participle: "after the authority refused to hold one, claiming".
      boolean commaBetween = false;
      for (int c = k + 1; c < i - 1; c++) commaBetween |= t.get(c).text().equals(",");
      if (commaBetween || !t.get(i - 1).text().equals(",")) break;
      Mention clause = firstParty(t, k + 1, i - 1, speakers);
      if (clause != null) return clause;
      break;
    }
    // "The plan was opposed by thirty councillors, saying P": the agent of a passive before it does the saying.
    int by = passiveAgent(t, i);
    Mention agent = by < 0 ? null : firstParty(t, by + 1, i - 1, speakers);
    return agent != null ? agent : firstParty(t, 0, i, speakers);
  }

  /** Conjunctions that join a clause with a subject of its own: "X called it A but many analysts disagree, saying P". */
  private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("but", "while", "whereas", "yet");

  /** Verbs of a clause that disagrees with the one before: "but many engineers disagree, saying P". */
  private static final java.util.Set<String> DISAGREEING = java.util.Set.of("disagree", "disagrees", "disagreed", "differ", "differs",
      "differed", "object", "objects", "objected", "dissent", "dissents", "dissented");

  /**
   * The subject of a clause joined by "but" that runs up to the comma before the participle at {@code i}: "X calls it a
   * natural disaster but many analysts disagree, saying P" (the analysts say P, not X). Null when there is none.
   */
  static Mention joinedClauseSubject(List<Token> t, int i, SpeakerResolver speakers) {
    if (i < 4 || !t.get(i - 1).text().equals(",")) return null;
    for (int k = i - 2; k >= Math.max(1, i - 10) && !t.get(k).text().equals(","); k--) {
      if (!CLAUSE_JOINERS.contains(t.get(k).lower())) continue;
      int verb = k + 2;
      // ("many engineers disagree": the tagger may read the verb of disagreeing as a noun.)
      while (verb < i - 1 && !"VERB".equals(t.get(verb).tag()) && !"AUX".equals(t.get(verb).tag()) && !DISAGREEING.contains(t.get(verb).lower())) verb++;
      if (verb >= i - 1) return null;
      // ("but several hydrologists disagree": past a word of quantity, if the whole does not read as a party.)
      Mention subject = speakers.resolve(t, k + 1, verb);
      return subject == null && verb > k + 2 ? speakers.resolve(t, k + 2, verb) : subject;
    }
    return null;
  }

  private static final java.util.Set<String> RELAYING = java.util.Set.of("quoted", "cited", "reported", "interviewed", "asked", "told");

  /** The "by" of a passive ("was opposed by", "were rejected outright by") in the clause before {@code i}, or -1. */
  private static int passiveAgent(List<Token> t, int i) {
    for (int k = i - 2; k >= 2; k--) {
      if (t.get(k).text().equals(".") || t.get(k).text().equals(";")) return -1;
      if (!t.get(k).is("by")) continue;
      int v = k - 1;
      if (v > 1 && t.get(v).lower().endsWith("ly")) v--;
      // ("was quoted by Kessa media as mocking it, suggesting P": who quotes passes the words on; the one quoted says them.)
      if (RELAYING.contains(t.get(v).lower())) return -1;
      if (t.get(v).lower().endsWith("ed") && NotACueRule.PASSIVE_AUX.contains(t.get(v - 1).lower())) return k;
    }
    return -1;
  }

  /** The subject after the comma that closes a clause opening the sentence, up to its verb, or null. */
  private static Mention subjectAfterOpeningClause(List<Token> t, int i, SpeakerResolver speakers) {
    int comma = i + 1;
    while (comma < t.size() && !t.get(comma).text().equals(",")) comma++;
    int verb = comma + 1;
    while (verb < t.size() && verb < comma + 8 && !"VERB".equals(t.get(verb).tag()) && !"AUX".equals(t.get(verb).tag())) verb++;
    if (verb >= t.size() || verb == comma + 1 || verb == comma + 8) return null;
    return speakers.resolve(t, comma + 1, verb);
  }

  /** The end of "X's family" when the phrase {@code [k, end)} is X and a possessive and a relation follow; else -1. */
  private static int relativeAfterPossessive(List<Token> t, int k, int end, int to) {
    int p = end;
    if (p < to && Phrases.possessiveMark(t.get(p).text())) p++;
    else if (!(p > k && (t.get(p - 1).text().endsWith("'s") || t.get(p - 1).text().endsWith("’s")))) return -1;
    return p < to && LEXICON.isRelation(t.get(p).lower()) ? p + 1 : -1;
  }

  private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "so", "however", "or");
  private static final java.util.Set<String> VENUE_PREPOSITIONS = java.util.Set.of("in", "on", "via", "through");
  private static final java.util.Set<String> MEDIA_WORDS = java.util.Set.of("media", "press", "newspapers", "outlets",
      "reports", "broadcasts", "television", "tv");

  /** "in Russian media reports", "on state television": a party word inside a phrase naming the media something ran in. */
  private static boolean afterVenuePreposition(List<Token> t, int k) {
    int before = k - 1;
    // Back to the phrase's start: "in Russian media", "on Ukrainian state television", "on social media".
    while (before >= 0 && (t.get(before).capitalized() || MEDIA_WORDS.contains(t.get(before).lower())
        || t.get(before).is("state") || "ADJ".equals(t.get(before).tag()))) before--;
    if (before >= 0 && (t.get(before).is("the") || t.get(before).is("a"))) before--;
    if (before < 0 || !VENUE_PREPOSITIONS.contains(t.get(before).lower())) return false;
    int end = Math.min(t.size(), Phrases.npEnd(t, k) + 1);
    for (int j = k; j < end; j++) if (MEDIA_WORDS.contains(t.get(j).lower())) return true;
    return false;
  }

  /** The subject of a cue verb other than the one at {@code except}. */
  static Mention partyOfOtherCue(List<Token> t, int except, SpeakerResolver speakers) {
    for (int i = 0; i < t.size(); i++) {
      if (i == except || Phrases.cueLemma(t, i) == null) continue;
      int subjEnd = Phrases.skipLeft(t, i - 1);
      // ("footage published by the Vell Herald, which reported that P": who "which" stands for reported it.)
      if (subjEnd >= 2 && (t.get(subjEnd).is("which") || t.get(subjEnd).is("who")) && t.get(subjEnd - 1).is(",")) subjEnd -= 2;
      if (subjEnd < 0) continue;
      Mention m = speakers.resolve(t, Phrases.npStart(t, subjEnd), subjEnd + 1);
      if (m != null) return m;
    }
    return null;
  }

  /** "..., he said, according to BelTA", "he was quoted as saying by Tass": the party that relayed the words. */
  static String relayAfter(List<Token> t, int from, SpeakerResolver speakers) {
    int i = Phrases.firstTokenFrom(t, from);
    if (i < 0) return null;
    for (int k = i; k + 2 < t.size(); k++) {
      if (t.get(k).is("according") && t.get(k + 1).is("to") || t.get(k).is("quoted") && t.get(k + 1).is("as")) {
        int byAt = t.get(k).is("according") ? k + 2 : Phrases.indexOfWord(t, k, t.size(), "by") + 1;
        if (byAt <= 0) return null;
        Mention m = firstParty(t, byAt, t.size(), speakers);
        if (m != null) return m.canonical();
        return SpeakerResolver.text(t, byAt, Phrases.npEnd(t, byAt));
      }
    }
    return null;
  }
}
