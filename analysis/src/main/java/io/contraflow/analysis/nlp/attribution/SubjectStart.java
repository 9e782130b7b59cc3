package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;
import static io.contraflow.analysis.nlp.attribution.Phrases.npEnd;
import static io.contraflow.analysis.nlp.attribution.Phrases.npStart;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Where the subject of a reporting verb begins, back over the phrases that describe it: "officials in Kyiv", "people
 * familiar with the talks", "a preliminary review of the deaths at the depot", "one of her cousins living in Iraq",
 * "Peskov in comments made to the AP". The noun phrase just before the verb is often only the end of such a phrase.
 */
final class SubjectStart {
  private static final Set<String> PP_PREPOSITIONS = Set.of("in", "from", "at", "by", "of", "near", "outside", "on", "for", "into", "within", "inside", "behind");

  private SubjectStart() {}

  /** Participles that place a person: "a cousin living in Iraq", "a lawyer based in London". */
  private static final Set<String> LIVING = Set.of("living", "based", "working", "staying", "stationed", "residing");

  /** What a speaker said something in: "in comments made to the AP", "in an interview with the BBC". */
  static final Set<String> COMMUNICATIONS = Set.of("comments", "remarks", "interview", "statement", "statements", "briefing", "call",
      "letter", "post", "speech", "address", "message", "email", "e-mail", "tweet", "note", "release");

  private static final Set<String> OPENERS_OF_WHAT_WAS_SAID = Set.of("his", "her", "its", "their", "a", "an", "the");

  /** "in a later statement", "in a joint letter": which text it was, not who wrote it. */
  private static final Set<String> DESCRIBED_TEXTS = Set.of("later", "earlier", "separate", "joint", "written", "brief", "short", "new",
      "further", "second", "first", "subsequent", "televised", "recorded", "lengthy", "strongly-worded", "official");

  /** Who is named by a place, body or event after "to" ("ambassador to the UN", "a witness to the shooting"), not by whom they speak for. */
  static final Set<String> POSTED = Set.of("ambassador", "envoy", "representative", "delegate", "emissary", "witness", "witnesses", "eyewitness", "eyewitnesses");

  /** "Libya's ambassador to the UN": where the one posted starts, before the body they are posted to at {@code start}. */
  static int posted(List<Token> t, int start) {
    return start >= 2 && t.get(start - 1).is("to") && POSTED.contains(t.get(start - 2).lower()) ? npStart(t, start - 2) : start;
  }

  /**
   * Where the subject ending at {@code subjEnd} begins: "Officials in Ostrava", "An investigation by the Gazette" (the
   * head before the preposition), "Rescue crews at the Kidou Theatre in Divlerkovo" (up to three prepositional phrases
   * back to a head that can speak).
   */
  static int of(List<Token> t, int subjEnd) {
    int start = RelativesOf.relativeBefore(t, reducedRelative(t, npStart(t, subjEnd), subjEnd), LEXICON);
    // "P, his father said", "P, its chief engineer said": the noun phrase read back from the verb may stop short of its
    // possessive pronoun, which then is no part of what was said.
    if (start > 0 && Phrases.POSSESSIVE_PRONOUNS.contains(t.get(start - 1).lower()) && speaksFor(t, start, subjEnd)) start--;
    int heard = whoSpokeBeforeHearer(t, start);
    if (heard >= 0) return heard;
    // "A federal investigation that cleared the officer for killing Tom Arle concluded": the noun the relative clause
    // describes is the subject, not the last name inside the clause.
    int relative = BodyRelatives.before(t, start);
    if (relative >= 0) return npStart(t, relative - 1);
    // "the inquiry panel set up by the city council to look into the fire has revealed": a participle and its by-phrase
    // describe the body before them, which is the subject.
    int raised = ReducedRelatives.raisedBefore(t, start);
    if (raised >= 0) return raised;
    int tasked = ReducedRelatives.taskedBefore(t, start);
    if (tasked < 0) tasked = ReducedRelatives.chargedBefore(t, start);
    if (tasked >= 0) return tasked;
    int described = describedByParticiple(t, start);
    if (described >= 0) return npStart(t, described);
    int posted = posted(t, start);
    if (posted != start) return posted;
    // "Rouhani in his speech said", "the ministry in a statement denied": who spoke is before what they spoke in.
    int spokeIn = whoSpokeIn(t, start, subjEnd);
    if (spokeIn >= 0) return spokeIn;
    // "A Gazette count based on figures from several countries shows": the count, not what it was based on.
    for (int k = start - 1; k >= Math.max(2, start - 10) && !t.get(k).text().equals(","); k--) {
      if (t.get(k).is("on") && t.get(k - 1).is("based") && ReportNouns.WORDS.contains(t.get(k - 2).lower())) return npStart(t, k - 2);
    }
    int probe = start;
    if (probe >= 3 && (t.get(probe - 1).is("to") && t.get(probe - 2).is("close") || t.get(probe - 1).is("with") && t.get(probe - 2).is("familiar"))
        && (LEXICON.isGroup(t.get(probe - 3).lower()) || t.get(probe - 3).is("people") || t.get(probe - 3).is("person"))) {
      start = npStart(t, probe - 3);
      probe = 0;
    }
    // ("in the collapsed Kessa building": a participle after the article belongs to the noun phrase.)
    if (probe >= 3 && t.get(probe - 1).lower().endsWith("ed") && "DET".equals(t.get(probe - 2).tag())) probe -= 2;
    for (int hops = 0; hops < 3 && probe >= 2 && PP_PREPOSITIONS.contains(t.get(probe - 1).lower()); hops++) {
      // "one of her cousins living in Iraq told": the participle describes the noun before it.
      if (probe >= 3 && LIVING.contains(t.get(probe - 2).lower())) probe--;
      String h = t.get(probe - 2).lower();
      if (LEXICON.isRelation(h)) {
        int k = npStart(t, probe - 2);
        while (k > 0 && (t.get(k - 1).is("her") || t.get(k - 1).is("his") || t.get(k - 1).is("of") || t.get(k - 1).is("one"))) k--;
        return k;
      }
      // ("a preliminary review of the deaths at the depot found": the review, not the depot.)
      if (LEXICON.isGroup(h) || LEXICON.isTitle(h) || LEXICON.isOrganisationNoun(h) || ReportNouns.WORDS.contains(h)) {
        start = npStart(t, probe - 2);
        break;
      }
      int head = probe - 2;
      probe = npStart(t, head);
      // ("Relatives of workers still missing in X", "Families of those killed in X": a participle, after an adverb or
      // not, describes the noun before it, which the phrase before may own.)
      if (("VERB".equals(t.get(head).tag()) || "ADJ".equals(t.get(head).tag()))
          && (t.get(head).lower().endsWith("ed") || t.get(head).lower().endsWith("ing"))) {
        int k = head - 1;
        while (k > 0 && "ADV".equals(t.get(k).tag())) k--;
        if (k >= 1 && k < head && ("NOUN".equals(t.get(k).tag()) || t.get(k).is("those"))) probe = npStart(t, k);
        // ("two survivors recently returned from Vell told": the people the participle describes speak, not the place.)
        if (probe < k && k < head && (LEXICON.isGroup(t.get(k).lower()) || LEXICON.isTitle(t.get(k).lower()))) return probe;
      }
      // ("Relatives of the victims of the blast at Kessa said": the group the phrase opens with speaks, not the place.)
      for (int k = probe; k < head; k++) if (LEXICON.isGroup(t.get(k).lower()) && !LEXICON.isOrganisationNoun(t.get(k).lower()) && t.get(k + 1).is("of")) return k;
      // "a preliminary review of civilian deaths | at a convoy": the phrase before was itself a report's topic.
      for (int k = probe; k < head; k++) {
        if (ReportNouns.WORDS.contains(t.get(k).lower()) && (t.get(k + 1).is("of") || t.get(k + 1).is("into"))) return probe;
      }
    }
    return start;
  }

  /** "father" of "his father", "chief engineer" of "its chief engineer": someone's relative, office holder or member. */
  private static boolean speaksFor(List<Token> t, int start, int subjEnd) {
    String head = t.get(subjEnd).lower();
    return LEXICON.isRelation(t.get(start).lower()) || LEXICON.isTitle(head) || LEXICON.isGroupMember(head);
  }

  /**
   * Where the relative clause of the subject ending at {@code subjEnd} begins ("that" in "an investigation that cleared
   * the officer for killing Tom Arle"), when it describes a report, body or group; -1 otherwise. The subject is what
   * comes before it.
   */
  static int relativeClause(List<Token> t, int subjEnd) {
    return BodyRelatives.before(t, reducedRelative(t, npStart(t, subjEnd), subjEnd));
  }

  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("set", "led", "run", "made", "chosen", "sent", "paid", "held");

  /** A past participle that may describe a body: "appointed", "set (up)", "led". */
  static boolean participle(String lower) {
    return lower.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(lower);
  }

  /**
   * The body a participle and its by-phrase before {@code start} describe ("the panel set up by the council", "a
   * commission appointed by the governor"): the position of its head noun, or -1.
   */
  private static int describedByParticiple(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(2, start - 16); k--) {
      // (The comma of a date, "October 20, 2020", ends nothing.)
      boolean dateComma = k + 1 < t.size() && "NUM".equals(t.get(k - 1).tag()) && "NUM".equals(t.get(k + 1).tag());
      if (t.get(k).text().equals(",") && !dateComma || t.get(k).text().equals(".")) return -1;
      if (!t.get(k).is("by")) continue;
      int p = t.get(k - 1).is("up") || t.get(k - 1).is("out") ? k - 2 : k - 1;
      if (p < 1 || !participle(t.get(p).lower()) && !ReducedRelatives.HELD.contains(t.get(p).lower())) return -1;
      int head = p - 1;
      // ("documents exclusively obtained by the Gazette": the adverb describes how.)
      if (head > 0 && "ADV".equals(t.get(head).tag()) && t.get(head).lower().endsWith("ly")) head--;
      // "the Judicial Panel of Inquiry (JPI) set up by": the initials in brackets are the name again.
      if (t.get(head).text().equals(")") && head >= 3 && t.get(head - 2).text().equals("(")) head -= 3;
      // "the Judicial Panel of Inquiry set up by": a body's name whose last word is not the body's noun.
      if (t.get(head).capitalized()) {
        for (int j = npStart(t, head); j < head; j++) if (LEXICON.isOrganisationNoun(t.get(j).lower()) && t.get(j).capitalized()) return head;
      }
      // ("new intelligence reviewed by US officials suggests": what was reviewed is theirs, and so is what it suggests.)
      String h = t.get(head).lower();
      // ("a memo obtained by the Gazette says", "a review commissioned by the family found": the text speaks, whoever holds or ordered it.)
      if (ReportNouns.WORDS.contains(h) && (ReducedRelatives.HELD.contains(t.get(p).lower()) || ReducedRelatives.ORDERED.contains(t.get(p).lower()))) return head;
      if (h.equals("intelligence") || ReportNouns.WORDS.contains(h)) return -1;
      return LEXICON.isGroup(h) || LEXICON.isTitle(h) || LEXICON.isOrganisationNoun(h) ? head : -1;
    }
    return -1;
  }

  /** The start of who spoke before "in (his) speech" ending at {@code subjEnd}, or -1. */
  private static int whoSpokeIn(List<Token> t, int start, int subjEnd) {
    int in = start - 1;
    // ("the operator in a brief statement dismissed": how the text is described does not end the phrase.)
    while (in > 0 && (OPENERS_OF_WHAT_WAS_SAID.contains(t.get(in).lower()) || DESCRIBED_TEXTS.contains(t.get(in).lower()))) in--;
    if (in < 1 || !t.get(in).is("in") || !COMMUNICATIONS.contains(t.get(subjEnd).lower())) return -1;
    Token before = t.get(in - 1);
    if (!before.capitalized() && !LEXICON.isGroup(before.lower()) && !LEXICON.isTitle(before.lower())
        && !LEXICON.isOrganisationNoun(before.lower())) return -1;
    return npStart(t, in - 1);
  }

  /**
   * "Peskov in comments made to the AP denied", "the minister in an interview with the BBC said": the start of who
   * spoke, before the phrase that names the hearer at {@code hearerStart}; -1 when there is no such phrase.
   */
  private static int whoSpokeBeforeHearer(List<Token> t, int hearerStart) {
    int k = hearerStart - 1;
    if (k < 3 || !(t.get(k).is("to") || t.get(k).is("with"))) return -1;
    int j = k - 1;
    if (t.get(j).is("made") || t.get(j).is("given")) j--;
    if (j < 2 || !COMMUNICATIONS.contains(t.get(j).lower())) return -1;
    int d = j - 1;
    while (d > 0 && !t.get(d).is("in") && ("DET".equals(t.get(d).tag()) || "ADJ".equals(t.get(d).tag()) || "PRON".equals(t.get(d).tag()))) d--;
    return d >= 1 && t.get(d).is("in") ? npStart(t, d - 1) : -1;
  }

  /**
   * "the 5.15 million votes the electoral authority said he had won": a noun and then a determiner start a clause of
   * their own, whose subject is the phrase after the noun.
   */
  private static int reducedRelative(List<Token> t, int start, int subjEnd) {
    for (int k = subjEnd - 1; k > start; k--) {
      Token d = t.get(k);
      Token before = t.get(k - 1);
      if ((d.is("the") || d.is("a") || d.is("an")) && "NOUN".equals(before.tag()) && !before.capitalized()) return k;
    }
    return start;
  }

  /** Asides between a subject and its verb: "The mayor, however, toured", "The ministry, for its part, said". */
  private static final Set<String> ASIDES = Set.of("however", "meanwhile", "though", "too", "also", "instead", "in", "for", "its", "his",
      "her", "their", "part", "turn", "the", "other", "hand", "on", "then", "later", "earlier", "separately");

  private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  /**
   * The end of the noun phrase that opens the sentence ("The document", "Russia's aviation agency"), when a finite verb
   * follows it before {@code limit}, also past prepositional phrases ("Researchers at the Kessel Institute | surveyed")
   * and an aside between commas ("The mayor, however, | toured"); 0 when none does.
   */
  static int openingSubjectBeforeVerb(List<Token> t, int limit) {
    int k = 0;
    while (k < t.size() && (t.get(k).capitalized() || t.get(k).text().equals("'s") || SUBJECT_TAGS.contains(String.valueOf(t.get(k).tag())))) k++;
    int end = Math.max(k, npEnd(t, 0));
    if (end > 0 && end < limit && ("VERB".equals(t.get(end).tag()) || finite(t.get(end)))) return end;
    end = npEnd(t, 0);
    for (int hops = 0; hops < 3 && end > 0 && end + 1 < limit && PP_PREPOSITIONS.contains(t.get(end).lower()); hops++) {
      int next = npEnd(t, end + 1);
      if (next <= end + 1) return 0;
      end = next;
    }
    int verb = end;
    if (verb < limit && t.get(verb).text().equals(",")) {
      int close = verb + 1;
      while (close < Math.min(limit, verb + 5) && ASIDES.contains(t.get(close).lower())) close++;
      if (close == verb + 1 || close >= limit || !t.get(close).text().equals(",")) return 0;
      verb = close + 1;
    }
    boolean finiteVerb = verb < limit && ("VERB".equals(t.get(verb).tag()) && !t.get(verb).lower().endsWith("ing") || finite(t.get(verb)));
    return end > 0 && finiteVerb ? end : 0;
  }

  /** Participles after which the one who speaks names whom they speak for: "a spokesman representing the company". */
  private static final Set<String> SPEAKING_FOR = Set.of("representing", "acting");

  /**
   * "Officials investigating the crash said", "The lawyer representing the family of a teen who was shot by police
   * says": a speaker described by a participle phrase that runs up to the verb. The speaker is the group or title that
   * opens the sentence, or whom it represents; the tokens [start, end), or null when the sentence does not open so or
   * the subject found ({@code start}) is that opening already.
   */
  static int[] participialSubject(List<Token> t, int start, int subjEnd) {
    // The sentence's opening noun phrase, which may run on with "of" ("A panel of marine engineers advising the
    // coastguard on its review said": the engineers, whom the participle describes).
    int limit = Math.min(start, subjEnd);
    int head = nounPhraseEnd(t, 0, limit);
    while (head > 0 && head + 1 < limit && t.get(head).is("of")) head = nounPhraseEnd(t, head + 1, limit);
    if (head == 0 || head >= subjEnd || start <= head) return null;
    String h = t.get(head - 1).lower();
    String participle = t.get(head).lower();
    if (!(LEXICON.isGroup(h) || LEXICON.isTitle(h)) || !participle.endsWith("ing") || !"VERB".equals(t.get(head).tag())) return null;
    for (int k = head; k < subjEnd; k++) if (t.get(k).text().equals(",")) return null;
    if (SPEAKING_FOR.contains(participle)) {
      int end = npEnd(t, head + 1);
      // ("acting on behalf of", "acting for": whom, after the preposition.)
      if (end == head + 1 && head + 2 < subjEnd) end = npEnd(t, head + 2);
      if (end > head + 1 && t.get(end - 1).capitalized()) return new int[] {head + 1, end};
    }
    return new int[] {0, head};
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");

  /** Where the run of determiners, adjectives and nouns from {@code from} ends, before {@code limit}. */
  static int nounPhraseEnd(List<Token> t, int from, int limit) {
    int k = from;
    while (k < limit && NOUN_PHRASE_TAGS.contains(String.valueOf(t.get(k).tag()))) k++;
    return k;
  }

  /** Verbs that put out a text: "issued a statement saying P", "posted a video claiming P". */
  private static final Set<String> ISSUING = Set.of("issued", "published", "released", "posted", "sent", "put", "made", "read", "shared",
      "tweeted", "issues", "publishes", "releases", "posts");

  /**
   * "The council issued a statement saying P", "the group published a report on Friday declaring P": a participle cue after a
   * text its issuer put out speaks for the issuer, the subject before that verb; the tokens [start, end), or null.
   */
  static int[] issuerOfStatement(List<Token> t, int i) {
    if (!t.get(i).lower().endsWith("ing") || i < 3) return null;
    // ("released a statement on Monday rejecting P": the time it came out may stand between.)
    int noun = TimePhrases.skipTimeLeft(t, i - 1);
    if (noun < 2) return null;
    if (!COMMUNICATIONS.contains(t.get(noun).lower()) && !ReportNouns.WORDS.contains(t.get(noun).lower())) return null;
    int k = npStart(t, noun);
    while (k > 0 && (t.get(k - 1).is("a") || t.get(k - 1).is("an") || t.get(k - 1).is("the") || "ADJ".equals(t.get(k - 1).tag()))) k--;
    int verb = k - 1;
    if (verb > 0 && t.get(verb).is("out")) verb--; // "put out a statement"
    if (verb < 1 || !ISSUING.contains(t.get(verb).lower())) return null;
    int end = Phrases.skipLeft(t, TimePhrases.skipTimeLeft(t, Phrases.skipLeft(t, verb - 1)));
    // "The council, an organisation of exiles, published": the subject before the appositive.
    if (end > 0 && t.get(end).text().equals(",")) {
      int open = end - 1;
      while (open > 0 && open > end - 16 && !t.get(open).text().equals(",")) open--;
      end = t.get(open).text().equals(",") ? open - 1 : -1;
    }
    if (end < 0) return null;
    return new int[] {of(t, end), end + 1};
  }

  /** Subject pronouns that open a clause of their own after "and": "and he was surprised". */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we");
  /** Verbs that make a clause finite right after its subject: "he was", "they had". */
  private static final Set<String> FINITE_AUXILIARIES = Set.of("was", "were", "is", "are", "has", "had", "have", "did", "does", "would",
      "could", "will");

  static boolean finite(Token w) {
    return FINITE_AUXILIARIES.contains(w.lower());
  }

  /**
   * The subject of the clause the nearest earlier "and" or "but" before {@code andAt} opened, as [start, end), when that
   * clause has one ("and he was surprised", "but the ministry had"); null when the nearer conjunction joins something
   * else ("said P and Q and denied": no subject and finite verb after it).
   */
  static int[] ofConjoinedClause(List<Token> t, int andAt) {
    for (int k = andAt - 1; k >= 0; k--) {
      if (!t.get(k).is("and") && !t.get(k).is("but")) continue;
      int s = k + 1;
      int e = SUBJECT_PRONOUNS.contains(t.get(s).lower()) ? s + 1 : npEnd(t, s);
      return e > s && e < andAt && (finite(t.get(e)) || "VERB".equals(t.get(e).tag()) && !t.get(e).lower().endsWith("ing")) ? new int[] {s, e} : null;
    }
    return null;
  }

  /**
   * "six fire experts — two from Norland and one from Peru — found": when the subject ends with an aside between
   * dashes, the subject ends before it. "Foreign Minister Marek Vell (Green Union) dismissed": a parenthesis after a
   * name gives the person's party, and the subject ends before it too. Otherwise {@code subjEnd}.
   */
  static int beforeAside(List<Token> t, int subjEnd) {
    int open = subjEnd > 0 && dash(t, subjEnd) ? lastDashBefore(t, subjEnd) : -1;
    if (subjEnd > 2 && t.get(subjEnd).is(")")) {
      for (int k = subjEnd - 1; k >= Math.max(1, subjEnd - 6); k--) {
        if (!t.get(k).is("(")) continue;
        // (Not an acronym: "the Norland Defence Forces (NDF)" is the forces' own short name, read as one with it.)
        String first = t.get(k + 1).text();
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT)) || Appositives.shortNameOfBody(t, k);
        return t.get(k - 1).capitalized() && !acronym ? k - 1 : subjEnd;
      }
    }
    return open > 0 ? open - 1 : subjEnd;
  }

  /** A dash set apart by spaces (the text normaliser writes every dash as a hyphen), not a hyphen inside a word. */
  private static boolean dash(List<Token> t, int k) {
    String w = t.get(k).text();
    return (w.equals("-") || w.equals("--")) && k > 0 && t.get(k - 1).end() < t.get(k).start();
  }

  /** The opening dash of the aside that the dash at {@code close} ends, within twenty words, or -1. */
  private static int lastDashBefore(List<Token> t, int close) {
    for (int k = close - 1; k >= Math.max(1, close - 20); k--) if (dash(t, k)) return k;
    return -1;
  }

  private static final Set<String> SHARES = Set.of("one", "two", "three", "four", "five", "six", "some", "several", "many", "most",
      "each", "both", "all", "others");

  /**
   * "Six fire experts, two from Norland and one from Peru, confirmed": a subject that is a share of a group by origin
   * ("one from Peru") is the group the sentence opens with; the tokens [start, end) of that group, or null.
   */
  static int[] partitiveGroup(List<Token> t, int start) {
    // (The subject found may be the share, or the place after its "from".)
    int share = start >= 2 && t.get(start - 1).is("from") ? start - 2 : start;
    if (share + 1 >= t.size() || !SHARES.contains(t.get(share).lower()) || !t.get(share + 1).is("from")) return null;
    for (int k = 1; k < share; k++) {
      if (t.get(k).text().equals(",")) return Phrases.npStart(t, k - 1) == 0 ? new int[] {0, k} : null;
    }
    return null;
  }
}
