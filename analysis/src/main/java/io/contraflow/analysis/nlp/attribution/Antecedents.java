package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.InternationalBodies;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a pronoun or a description refers to, from what the article has said so far: "he" is the person the nearest
 * earlier sentence is about (its speaker, else its first named person); "it" the organisation, government or report
 * that spoke last; "the company" the organisation last speaking or named; "the court" a court the article names; "the
 * deputy chief designer" the person an appositive described so ("the deputy chief designer of the radar, Viktor
 * Meshcheryakov"); "the document" the body that issued it ("a document provided by the committee"). People named
 * in a quote, or only as a possessor ("Navalny's death"), are not what a later pronoun refers to.
 */
final class Antecedents {
  /** Heads of descriptions that refer to whatever organisation was last in view. */
  static final Set<String> GENERIC_ORGANISATIONS = Set.of("company", "firm", "group", "concern", "manufacturer", "maker",
      "operator", "airline", "bank", "network", "newspaper", "organization", "organisation", "foundation", "charity", "channel",
      "broadcaster", "outlet", "station", "daily", "paper");
  /** Titles of people who speak for someone: "the spokesman" is whoever was just speaking when no one holds the title. */
  private static final Set<String> SPEAKING_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson");

  private static final Lexicon LEXICON = Lexicon.english();
  /** A speaker remembered with the sentence it spoke in. */
  private record Spoken(Mention speaker, int sentence) {}

  private final List<Mention> mentions;
  private final List<Quote> quotes;
  private final List<Sentence> sentences;
  private final List<Spoken> spoken = new ArrayList<>();
  /** Words describing each person (by key) in appositives and titles; built when first needed. */
  private Map<String, Set<String>> descriptions;
  private final PronounSexes sexes = new PronounSexes();
  /** Where possessive marks start; built when first needed. */
  private Set<Integer> possessiveMarks;

  Antecedents(List<Mention> mentions, List<Quote> quotes, List<Sentence> sentences) {
    this.mentions = mentions;
    this.quotes = quotes;
    this.sentences = sentences;
  }

  void spoke(Mention speaker, int sentence) {
    spoken.add(new Spoken(speaker, sentence));
  }

  Mention lastSpeaker() {
    return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).speaker();
  }

  /** People named inside a quotation ("Putin and I didn't sleep") are not who a later "he" refers to. */
  boolean quoted(Mention m) {
    for (Quote q : quotes) if (m.start() >= q.start() && m.end() <= q.end()) return true;
    return false;
  }

  /** "Navalny's death": the mention is a possessor. */
  boolean possessive(Mention m) {
    if (possessiveMarks == null) {
      possessiveMarks = new HashSet<>();
      for (Sentence s : sentences) for (Token t : s.tokens()) if (t.text().equals("'s") || t.text().equals("'")) possessiveMarks.add(t.start());
    }
    return possessiveMarks.contains(m.end());
  }

  /** The person the article is about so far: named most often before {@code before} (the first so named on a tie). */
  Mention protagonist(int before) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    Mention best = null;
    int bestCount = 0;
    for (Mention m : mentions) {
      if (m.type() != ClaimantType.PERSON || m.start() >= before) continue;
      int n = counts.merge(m.key(), 1, Integer::sum);
      if (n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * "he", "she": the person the nearest sentence before {@code before} is about. In the pronoun's own sentence, its
   * speaker ("X said P due to what she said were Q") or a relative just named ("the widow of X, ..., after she said"
   * is X's widow); in earlier sentences, the speaker, else the first named person. A person whose title or relation
   * says otherwise ("spokeswoman" for "he") is skipped.
   */
  Mention person(int before, boolean female) {
    Mention m = nearestPerson(before, female);
    sexes.resolved(m, female);
    return m;
  }

  private Mention nearestPerson(int before, boolean female) {
    for (int k = sentences.size() - 1; k >= 0; k--) {
      Sentence s = sentences.get(k);
      if (s.start() >= before) continue;
      int end = Math.min(s.end(), before);
      boolean same = s.end() > before;
      for (Spoken sp : spoken) {
        // The sentence's speaker is what it is about ("Peskov said." / "Asked about it, he said").
        boolean person = sp.speaker().type() == ClaimantType.PERSON || same && sp.speaker().type() == ClaimantType.UNKNOWN;
        if (sp.sentence() == s.index() && person && !sp.speaker().plural() && fits(sp.speaker(), female)) {
          return sp.speaker();
        }
      }
      if (same) {
        Mention relative = relativeBefore(s, before, female);
        if (relative != null) return relative;
      }
      // Within the pronoun's own sentence the nearest person wins ("X followed Y, who ... as he said"); earlier, the
      // first named person (a subject, most often), not someone in an appositive or inside a quote, nor in an opening
      // phrase of time when the sentence names another ("Since the ousting of X, ... backed by Y. He says P": Y).
      Mention found = null, opening = null;
      for (Mention m : mentions) {
        if (m.type() != ClaimantType.PERSON || m.start() < s.start() || m.end() > end || quoted(m) || possessive(m) || !fits(m, female)) continue;
        if (!same && OpeningPhrase.inCircumstanceOpening(s, m.start())) {
          if (opening == null) opening = m;
          continue;
        }
        found = m;
        if (!same) break;
      }
      if (found != null || opening != null) return found != null ? found : opening;
      Mention unnamed = same ? null : UnnamedSubjects.opening(s, LEXICON); // "A senior officer ... walked back to his car."
      if (unnamed != null) return unnamed;
    }
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Mention s = spoken.get(k).speaker();
      if (!s.plural() && s.type() == ClaimantType.PERSON && fits(s, female)) return s;
    }
    Mention best = null;
    for (Mention m : mentions) if (m.type() == ClaimantType.PERSON && m.end() <= before && !quoted(m) && fits(m, female)) best = m;
    return best;
  }

  private boolean fits(Mention m, boolean female) {
    if (descriptions == null) descriptions = Appositives.describePeople(mentions, sentences);
    return sexes.fits(m, female, descriptions.getOrDefault(m.key(), Set.of()));
  }

  /** "the widow of opposition leader Alexei Navalny", "Navalny's widow": a relative of the pronoun's sex, as "Navalny's widow". */
  private Mention relativeBefore(Sentence s, int before, boolean female) {
    Set<String> same = female ? PronounSexes.FEMALE : PronounSexes.MALE;
    List<Token> t = s.tokens();
    Mention found = null;
    for (int i = 0; i < t.size() && t.get(i).start() < before; i++) {
      if (!same.contains(t.get(i).lower()) || !LEXICON.isRelation(t.get(i).lower())) continue;
      Mention of = null;
      if (i + 1 < t.size() && t.get(i + 1).is("of")) {
        for (Mention m : mentions) if (m.type() == ClaimantType.PERSON && m.start() > t.get(i).end() && m.start() <= t.get(Math.min(t.size() - 1, i + 6)).start()) { of = m; break; }
      } else if (i >= 2 && t.get(i - 1).text().equals("'s")) {
        for (Mention m : mentions) if (m.end() == t.get(i - 1).start() && m.type() != ClaimantType.GOVERNMENT) of = m;
      }
      if (of == null) continue;
      String name = of.canonical().substring(of.canonical().lastIndexOf(' ') + 1) + "'s " + t.get(i).lower();
      found = new Mention(t.get(i).start(), t.get(i).end(), t.get(i).text(), name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON,
          t.get(i).lower(), of.affiliation(), false);
    }
    return found;
  }

  /** The last speaker {@code test} accepts, or null. */
  Mention lastSpeaker(java.util.function.Predicate<Mention> test) {
    for (int k = spoken.size() - 1; k >= 0; k--) if (test.test(spoken.get(k).speaker())) return spoken.get(k).speaker();
    return null;
  }

  /** The last speaker of {@code type}, or null. */
  Mention lastOfType(ClaimantType type) {
    return lastSpeaker(s -> s.type() == type);
  }

  /**
   * "the pair", "the two men": the two people named last before {@code before}, who speak together; the first of them
   * stands for both. Null unless two people were named.
   */
  Mention pair(int before) {
    Mention last = null, previous = null;
    for (Mention m : mentions) {
      if (m.type() != ClaimantType.PERSON || m.start() >= before || quoted(m) || last != null && last.key().equals(m.key())) continue;
      previous = last;
      last = m;
    }
    return previous;
  }

  /**
   * "they", "we": the group that spoke last, or a body that spoke just before ("..., the army said. Most were
   * intercepted, they said": news treats a body as a plural).
   */
  Mention group() {
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Mention s = spoken.get(k).speaker();
      // ("The Harbour Victims' Families group ... They insisted": a name whose head is a group noun is a body too.)
      boolean body = s.type() == ClaimantType.ORGANIZATION || s.type() == ClaimantType.GOVERNMENT
          || s.type() == ClaimantType.UNKNOWN && LEXICON.isGroup(s.canonical().substring(s.canonical().lastIndexOf(' ') + 1));
      if (s.plural() || body && k == spoken.size() - 1) return s;
    }
    return null;
  }

  /**
   * "it": a government or organisation named earlier in the same sentence ("Russia has released what it claims"), else
   * the organisation, government or report that spoke in this sentence or the two before, else null.
   */
  Mention neuter(int before, int sentence) {
    Sentence s = Appositives.sentenceAt(sentences, before);
    Mention near = null;
    for (Mention m : mentions) {
      if (s != null && m.start() >= s.start() && m.end() <= before && !quoted(m) && !possessive(m)
          && (m.type() == ClaimantType.GOVERNMENT || m.type() == ClaimantType.ORGANIZATION)) near = m;
    }
    if (near != null) return near;
    // "The bureau released its report on Friday. It blamed the crash on ...": "it" opening a sentence is the
    // organisation the sentence before is about, whoever spoke last.
    Mention subject = s != null && s.tokens().get(0).start() == before ? previousSubject(s) : null;
    if (subject != null) return subject;
    // ("Halvik Marin stressed P. 'Q,' it said.": a firm's two-word name read as a person's, with no title, is what
    // "it" stands for when nothing else in reach could be.)
    Mention untitled = null;
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Spoken sp = spoken.get(k);
      if (sp.sentence() < sentence - 2) break;
      if (sp.speaker().type() != ClaimantType.PERSON) return sp.speaker();
      if (untitled == null && sp.sentence() >= sentence - 1 && sp.speaker().role() == null) untitled = sp.speaker();
    }
    return untitled;
  }

  /**
   * "the company", "the firm": the organisation that spoke last (a lone name that spoke counts: "Almaz-Antey
   * contended"), else the one last named. "the court", "the committee": an organisation the article names with that
   * word, else null.
   */
  Mention organisation(String head, List<String> modifiers, int before, Set<String> guessedPeople) {
    if (GENERIC_ORGANISATIONS.contains(head) && !modifiers.isEmpty()) {
      // "the aid group" after "medical aid group Doctors Without Borders": the organisation introduced so.
      Mention introduced = null;
      for (Mention m : mentions) {
        if (m.type() == ClaimantType.ORGANIZATION && m.end() <= before && !quoted(m) && introducedAs(m, head, modifiers)) introduced = m;
      }
      if (introduced != null) return introduced;
    }
    if (GENERIC_ORGANISATIONS.contains(head)) {
      // The nearest before the description: a named organisation, or a lone name that spoke. ("The Vell Times reported
      // P; the airline said Q": a paper that reported on a company is not "the company" or "the airline".)
      boolean media = MediaNames.describesMedia(head);
      Mention last = null;
      for (Mention m : mentions) {
        // ("Rydon, a company which builds flats": a name its appositive calls one.)
        boolean organisation = m.type() == ClaimantType.ORGANIZATION && !stateBody(m) && (media || !MediaNames.isMediaName(m))
            || m.type() == ClaimantType.UNKNOWN && Appositives.calledSo(m, head, sentences);
        if (head.equals("group") && InternationalBodies.contains(m.canonical()) || !Character.isUpperCase(m.canonical().charAt(0))) continue; // (below)
        if (organisation && m.end() <= before && !quoted(m) && !namesAPlace(m)) last = m;
      }
      for (Spoken sp : spoken) {
        Mention s = sp.speaker();
        boolean organisation = s.type() == ClaimantType.ORGANIZATION && !stateBody(s) && (media || !MediaNames.isMediaName(s))
            || s.type() == ClaimantType.UNKNOWN || guessedPeople.contains(s.key());
        // ("the group denied it" after a United Nations report is not it; nor is a panel known by its common noun alone.)
        if (head.equals("group") && InternationalBodies.contains(s.canonical()) || !Character.isUpperCase(s.canonical().charAt(0))) continue;
        if (organisation && s.end() <= before && (last == null || s.start() > last.start())) last = s;
      }
      return last;
    }
    Mention last = null;
    for (Mention m : mentions) {
      if (m.type() == ClaimantType.ORGANIZATION && m.end() <= before && DescribedBodies.calls(m.canonical(), head) && !Norms.namesALaw(m.canonical())) last = m;
    }
    // ... or that spoke so described ("the Israeli army said ... the army said").
    for (Spoken sp : spoken) {
      Mention s = sp.speaker();
      if (s.type() != ClaimantType.PERSON && s.end() <= before && DescribedBodies.calls(s.canonical(), head) && (last == null || s.start() > last.start())) last = s;
    }
    return last;
  }

  /** Words after a name that make it a place: "the Vell region", "Vell governor Ana Berg". */
  private static final Set<String> PLACE_FOLLOWERS = Set.of("region", "province", "oblast", "krai", "okrug", "county", "district",
      "territory", "city", "town", "village", "area", "governor", "mayor");

  /** "the governor of the Vell region", "Vell governor Ana Berg": a name of a place, no organisation "the company" can be. */
  private boolean namesAPlace(Mention m) {
    Sentence s = Appositives.sentenceAt(sentences, m.start());
    if (s == null) return false;
    for (Token t : s.tokens()) if (t.start() >= m.end()) return PLACE_FOLLOWERS.contains(t.text());
    return false;
  }

  /** Words that make a name a body of the state, which no one calls "the group", "the company" or "the charity". */
  private static final Set<String> STATE_BODY_WORDS = Set.of("ministry", "department", "government", "cabinet", "parliament",
      "army", "police", "directorate", "inspectorate", "secretariat", "embassy");

  private static boolean stateBody(Mention m) {
    for (String w : NOT_LETTERS.split(m.canonical().toLowerCase(Locale.ROOT))) if (STATE_BODY_WORDS.contains(w)) return true;
    return false;
  }

  /**
   * "the spokeswoman", "the deputy chief designer": the last speaker holding that {@code title} (with {@code head} its
   * last word), else the last person an appositive or title described with its words ("the prime minister" is not the
   * interior minister who spoke last); "the spokesman" with neither is whoever spoke in the two sentences before.
   */
  Mention described(String head, String title, int before, int sentence) {
    String wanted = title.toLowerCase(Locale.ROOT);
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Mention s = spoken.get(k).speaker();
      if (s.role() != null && s.role().toLowerCase(Locale.ROOT).contains(wanted)) return s;
    }
    if (descriptions == null) descriptions = Appositives.describePeople(mentions, sentences);
    Mention last = null;
    List<String> words = List.of(Appositives.SPACES_OR_HYPHENS.split(wanted));
    for (Mention m : mentions) {
      if (m.type() == ClaimantType.PERSON && m.end() <= before && descriptions.getOrDefault(m.key(), Set.of()).containsAll(words)) last = m;
    }
    if (last != null) return last;
    if (SPEAKING_ROLES.contains(head)) {
      for (int k = spoken.size() - 1; k >= 0 && spoken.get(k).sentence() >= sentence - 2; k--) {
        if (spoken.get(k).speaker().type() == ClaimantType.PERSON) return spoken.get(k).speaker();
      }
    }
    return null;
  }

  /** "the statement", "the document": who issued it, as its earlier mention said ({@link TextIssuers}), else null. */
  Mention issuer(String noun, int before) {
    return TextIssuers.issuer(noun, before, sentences, mentions, this);
  }

  /** The words just before the mention (up to eight: "aid group Doctors Without Borders (MSF)") include the description's head and every modifier. */
  private boolean introducedAs(Mention m, String head, List<String> modifiers) {
    Sentence s = Appositives.sentenceAt(sentences, m.start());
    if (s == null) return false;
    List<Token> t = s.tokens();
    int first = -1;
    for (int i = 0; i < t.size() && first < 0; i++) if (t.get(i).start() >= m.start()) first = i;
    if (first < 1) return false;
    Set<String> words = new HashSet<>();
    for (int i = Math.max(0, first - 8); i < first; i++) words.add(t.get(i).lower());
    return words.contains(head) && words.containsAll(modifiers);
  }

  /** The organisation or government the sentence before {@code s} opens with (its first three words), or null. */
  private Mention previousSubject(Sentence s) {
    Sentence previous = null;
    for (Sentence x : sentences) if (x.end() <= s.start() && (previous == null || x.end() > previous.end())) previous = x;
    if (previous == null || previous.tokens().size() < 3) return null;
    int opening = previous.tokens().get(Math.min(3, previous.tokens().size() - 1)).start();
    for (Mention m : mentions) {
      if (m.start() < previous.start() || m.start() > opening || quoted(m) || possessive(m)) continue;
      return m.type() == ClaimantType.GOVERNMENT || m.type() == ClaimantType.ORGANIZATION ? m : null;
    }
    return null;
  }

  private static final Set<String> KIN = Set.of("family", "families", "widow", "wife", "husband", "mother", "father", "parents");
  // Compiled once: String.split compiled them again for every call.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  /**
   * "Her father said", "his widow told", "one of her cousins living in Iraq told", "the victim's mother said": someone of
   * the person the story is about (the one named most), else an unnamed relative; null when the phrase names no kin.
   */
  Mention relativeOfProtagonist(List<Token> t, int from, int to, int start, Lexicon lexicon) {
    int p = from;
    if (p + 2 < to && t.get(p).is("one") && t.get(p + 1).is("of")) p += 2;
    boolean after = RelativesOf.speaksAfter(t, to); // ("the victim's mother": kin of someone named by a common noun, as "his" is)
    boolean commonPossessor = after && p + 4 == to && t.get(p).is("the") && !t.get(p + 1).capitalized() && Phrases.possessiveMark(t.get(p + 2).text())
        && lexicon.isRelation(t.get(p + 3).lower());
    // ("the family" alone is the story's person's, as "his family" is; "the father of Ana Berg": whose is said after.)
    boolean theKin = after && p + 2 == to && t.get(p).is("the") && KIN.contains(t.get(p + 1).lower());
    if (commonPossessor) p += 2;
    else if (p + 1 >= t.size() || !(t.get(p).is("her") || t.get(p).is("his") || theKin)) return RelativesOf.of(t, from, to, mentions, lexicon);
    int h = p + 1;
    while (h + 1 < to && "ADJ".equals(t.get(h).tag())) h++; // "her late father"
    String relation = t.get(h).lower();
    if (!lexicon.isRelation(relation)) return null;
    Mention of = protagonist(start);
    if (of == null && (commonPossessor || theKin)) {
      String unnamed = "unnamed " + relation;
      return new Mention(start, t.get(h).end(), SpeakerResolver.text(t, from, h + 1), unnamed, unnamed, ClaimantType.UNNAMED_SOURCE, relation, null, false);
    }
    if (of == null) return null;
    String name = of.canonical().substring(of.canonical().lastIndexOf(' ') + 1) + "'s " + relation;
    return new Mention(start, t.get(h).end(), SpeakerResolver.text(t, from, h + 1), name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON, relation,
        of.affiliation(), false);
  }
}
