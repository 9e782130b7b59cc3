package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Cue words that make no claim: "who asked not to be named" (a condition of anonymity), "the alleged perpetrators"
 * (an adjective), "Residents were told to leave" (a passive names who heard, not who spoke; "was denied by X" and
 * "was told by X" still speak).
 */
final class NotACueRule implements CueRule {
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  private static final Set<String> REFUSALS = Set.of("declined", "refused", "declines", "refuses", "decline", "refuse", "unwilling", "reluctant");
  private static final Set<String> RESPONSES = Set.of("respond", "reply", "react");
  /** What follows a passive participle of blame at once: "accused of", "blamed for", "charged with", "linked to". */
  /** What points to something without saying it. */
  private static final Set<String> EVIDENCE = Set.of("indications", "indication", "evidence", "signs", "sign", "clues", "facts", "data",
      "findings", "everything", "all");

  /** Cues of calling someone something, whose participle after a comma describes the one named before it. */
  private static final Set<String> DESCRIBED_AS = Set.of("describe", "call", "label", "brand", "term", "dub", "hail", "portray");
  private static final Set<String> AFTER_DESCRIBED = Set.of("by", "in", "as", "on", "online");
  private static final Set<String> PARTICIPLE_OBJECTS = Set.of("of", "for", "with", "to", "in");
  static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "be", "is", "are");
  private static final Set<String> PATIENT_CUES = Set.of("dispute", "deny", "reject", "question", "challenge", "contest", "dismiss", "doubt");
  private static final Set<String> PATIENT_NOUNS = Set.of("toll", "tolls", "figure", "figures", "count", "tally", "number", "numbers",
      "claim", "claims", "account", "accounts", "version", "report", "reports", "findings", "estimate", "estimates");
  /** The possessive marks a name takes ("Kessa's", "the officials'"); pronouns are {@link Phrases#POSSESSIVE_PRONOUNS}. */
  private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
  private static final Set<String> PASSIVE_FOLLOWERS = Set.of("as", "after", "amid", "by", "over", "in", "following", "despite", "again");

  private static final Set<String> LIVES = Set.of("lives", "life");
  private static final Set<String> REPORTING_AFTER = Set.of("by", "from", "on", "for", "in", "at", "with", "contributed");
  /** What is declared by decree: "a state of emergency", "three days of mourning", "a curfew", "war". */
  private static final Set<String> DECREES = Set.of("emergency", "mourning", "curfew", "war", "holiday", "martial", "lockdown",
      "ceasefire", "truce", "independence", "disaster");

  /** One of {@code words} among the next four words, before any "that". */
  private static boolean ahead(List<Token> t, int i, Set<String> words) {
    for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
      if (t.get(k).is("that")) return false;
      if (words.contains(t.get(k).lower())) return true;
    }
    return false;
  }

  /** Nouns for what is announced or published, which a participle after them describes. */
  private static final Set<String> ANNOUNCED_THINGS = Set.of("result", "results", "figure", "figures", "toll", "tally", "count", "total");

  private static boolean announcedThing(List<Token> t, int i) {
    if (i < 2 || !t.get(i).lower().endsWith("ed") || !ANNOUNCED_THINGS.contains(t.get(i - 1).lower())) return false;
    if (!t.get(i - 2).is("the") && !t.get(i - 2).is("a") && !t.get(i - 2).is("its") && !t.get(i - 2).is("their")) return false;
    for (int k = i + 1; k < t.size() && k <= i + 4; k++) if (t.get(k).is("by")) return true;
    return false;
  }

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (lemma.equals("ask") && i + 3 < t.size() && t.get(i + 1).is("not") && t.get(i + 2).is("to") && t.get(i + 3).is("be")) return List.of();
    if (i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a")) || "ADJ".equals(t.get(i).tag()) && !CueWordForms.perfectParticiple(t, i)) return List.of();
    if ("NOUN".equals(t.get(i).tag()) && !t.get(i).lower().endsWith("ed") && !CueWordForms.verbTakenForNoun(t, i)) return List.of();
    // "the country's estimated excess deaths", "its reported toll": a participle after a possessive describes the noun.
    if (i > 0 && i + 1 < t.size() && t.get(i).lower().endsWith("ed") && (POSSESSIVE_MARKS.contains(t.get(i - 1).lower()) || Phrases.POSSESSIVE_PRONOUNS.contains(t.get(i - 1).lower()))
        && ("NOUN".equals(t.get(i + 1).tag()) || "ADJ".equals(t.get(i + 1).tag()))) return List.of();
    // ("X's statement that P was refuted": no one is named refuting it; the claim noun gives X's claim of P.)
    // ("Fragments were reportedly found at the site": an adverb between changes nothing.)
    int aux = i - 1;
    while (aux > 0 && t.get(aux).lower().endsWith("ly") && t.get(aux).lower().length() > 3) aux--;
    // ("The ministry is claiming that P": a progressive, which speaks.)
    if (aux >= 0 && PASSIVE_AUX.contains(t.get(aux).lower()) && !t.get(i).lower().endsWith("ing") && !PassiveByRule.hasAgent(t, i)
        && (!Lexicon.DENIAL_CUES.contains(lemma) || i + 1 >= t.size() || Phrases.isPunct(t.get(i + 1).text()))) return List.of();
    // "the group, accused of planting the bomb, denied ...", "a man suspected of arson": a participle straight before
    // what is alleged names the accused, not who accuses ("accused X of", "blamed X for" have the accused between).
    // ("pointed to the violations" is no participle: what a finding points to is what it found.)
    if (Lexicon.BLAME_CUES.contains(lemma) && !lemma.equals("point") || lemma.equals("suspect")) {
      if (t.get(i).lower().endsWith("ed") && i + 1 < t.size() && PARTICIPLE_OBJECTS.contains(t.get(i + 1).lower())) return List.of();
    }
    // "Protest death toll disputed as bodies are found", "Army's account questioned after video emerges": a headline's
    // passive without its "is"; the figure or account is what is doubted, and no one is named doubting it.
    if (PATIENT_CUES.contains(lemma) && t.get(i).lower().endsWith("ed") && i > 0 && PATIENT_NOUNS.contains(t.get(i - 1).lower())
        && (i + 1 >= t.size() || PASSIVE_FOLLOWERS.contains(t.get(i + 1).lower()) || Phrases.isPunct(t.get(i + 1).text()))) return List.of();
    // "Ivo Dorov, described by friends as a quiet man, was held": a participle set off after a name says how others
    // describe him; he describes nothing.
    if (DESCRIBED_AS.contains(lemma) && i > 0 && i + 1 < t.size() && t.get(i - 1).text().equals(",") && t.get(i).lower().endsWith("ed")
        && AFTER_DESCRIBED.contains(t.get(i + 1).lower())) return List.of();
    // "a memo thought to have been written by the guards", "a man believed to be their leader": a raised passive
    // says what others think, and names none of them.
    if (ReducedRelatives.raised(t, i)) return List.of();
    // "while the result announced on Sunday by the commission is 122,146 votes": a participle after a count or a result
    // describes it, and its by-phrase names whose it is; no one before it announces anything.
    if (announcedThing(t, i)) return List.of();
    // "the killings claimed by the governor did not occur", "the figures alleged by the union": a participle right after
    // a plural noun and before its "by" describes what was claimed; the noun is no speaker.
    if (Lexicon.ALLEGATION_CUES.contains(lemma) && i > 0 && i + 1 < t.size() && t.get(i).lower().endsWith("ed") && t.get(i + 1).is("by")
        && "NOUN".equals(t.get(i - 1).tag()) && t.get(i - 1).lower().endsWith("s") && !t.get(i - 1).capitalized()) return List.of();
    // "the footage contradicts police claims that P", "rejected army claims": a noun after a verb that takes it as its
    // object, naming whose claims they are (the claim-noun sieve gives them to their owner).
    if (lemma.equals("claim") && !t.get(i).lower().endsWith("ed") && i > 1 && DoubtingCues.CLAIMS_AS_OBJECT.contains(t.get(i - 2).lower())
        && ("NOUN".equals(t.get(i - 1).tag()) || "PROPN".equals(t.get(i - 1).tag()))) return List.of();
    // "the storm claimed the lives of 40 people", "claimed 40 lives": a death toll, not a claim.
    if (lemma.equals("claim") && ahead(t, i, LIVES)) return List.of();
    // "additional reporting by Ana Berg", "reporting from Kessa", "her reporting on the war": a byline or a trade.
    if (t.get(i).is("reporting") && (i + 1 >= t.size() || REPORTING_AFTER.contains(t.get(i + 1).lower()))) return List.of();
    // "declared a state of emergency", "declaring three days of mourning": a decree, not a statement.
    if (lemma.equals("declare") && ahead(t, i, DECREES)) return List.of();
    // "will report findings on Friday", "declined to comment", "refused to say": nothing is asserted yet.
    boolean that = i + 1 < t.size() && t.get(i + 1).is("that");
    if (i > 0 && FUTURE.contains(t.get(i - 1).lower()) && !that) return List.of();
    if (i > 1 && t.get(i - 1).is("to") && REFUSALS.contains(t.get(i - 2).lower())) return List.of();
    // "travelled there to find out how life goes on", "to find survivors": a purpose, nothing found yet.
    if (lemma.equals("find") && (i > 0 && t.get(i - 1).is("to") || i + 1 < t.size() && t.get(i + 1).is("out") && !that)) return List.of();
    // "established that the guards fired first" is a finding; "established a committee", "established contact" are acts.
    if ((lemma.equals("establish") || lemma.equals("determine")) && !that) return List.of();
    // "spoke of four rockets" gives a figure; "spoke to reporters", "speaking on condition of anonymity" give none.
    if (Lexicon.CUES_BEFORE_OF.contains(lemma) && !(i + 1 < t.size() && t.get(i + 1).is("of"))) return List.of();
    // "all indications pointed to Norland's responsibility", "the evidence points to a misfire": evidence points, no one
    // speaks (a hearer before it, "told Reuters all indications pointed", is not its speaker).
    if (lemma.equals("point") && i > 0 && EVIDENCE.contains(t.get(i - 1).lower())) return List.of();
    // "responded to the raid by vowing revenge": what is responded to is the occasion, not something said.
    if (RESPONSES.contains(lemma) && i + 1 < t.size() && t.get(i + 1).is("to")) return List.of();
    return null;
  }
}
