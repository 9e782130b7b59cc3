package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Iran denied that a missile hit the plane" against "officials said a missile downed the plane": one party denies
 * what another asserts. What is denied is the clause that carries the negation ("the bullet was not damaged, and its
 * own inquiry showed ..." denies only the first), or the whole content of a denying verb; the asserted content must
 * share most of that clause's rarer words (at least three), or all of them when the clause is short ("the footage
 * was not staged" against "the footage was staged"). A denial of a named claim is the {@link RejectionDetector}'s.
 */
final class DenialDetector implements Detector {
  /** Share of the shorter content's words the two must share. */
  static final double SHARE = 0.5;
  /** Share of all the denied clause's words the assertion must hold when the clause is mostly the event's common words. */
  static final double SHARE_ALL = 0.7;

  @Override
  public String name() {
    return "denial";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Counted assertions = new Counted(event);
    List<Candidate> out = new ArrayList<>();
    for (Stance d : event.stances) {
      Candidate c = candidate(event, assertions, d);
      if (c != null) out.add(c);
    }
    return out;
  }

  /** What a denial is compared with: the event's assertions, and which words are rarer in the event. */
  interface Assertions {
    /**
     * Words in many of the event's claims ("Crocus City Hall", "attack") say what the event is, not what is claimed
     * about it: only the rarer ones tell two statements apart.
     */
    boolean rare(String word);

    /** The assertions holding one of these rarer words, in event order. */
    List<Stance> holding(Set<String> rareWords);

    /** An assertion's rarer words. */
    Set<String> rareWords(Stance assertion);
  }

  /** An affirmed, unquestioned assertion of a named party: what a denial can be set against. */
  static boolean asserts(Stance a) {
    return a.act() == Stance.Act.ASSERT && a.claim().polarity() == Polarity.AFFIRMED && a.claim().modality() != Modality.QUESTIONED
        && a.party().isNamed();
  }

  /**
   * A named party's denial; a denial of involvement is the blame detector's: "denied any involvement" shares only the
   * event's words with anything asserted.
   */
  static boolean denies(Stance d) {
    return d.act() == Stance.Act.DENY && d.party().isNamed() && !"responsible".equals(d.claim().predicate());
  }

  /** The assertions and word counts of a whole event, counted once for all its denials. */
  private static final class Counted implements Assertions {
    final Map<String, Integer> frequency = new LinkedHashMap<>();
    final int common;
    final List<Stance> assertions = new ArrayList<>();
    final Map<Stance, Set<String>> assertedRare = new java.util.IdentityHashMap<>();
    /**
     * Every test of sameProposition needs a rarer word in common: an index from those words to the assertions holding
     * them gives each denial its few candidates instead of every assertion of the event.
     */
    final Map<String, List<Integer>> byRareWord = new java.util.HashMap<>();

    Counted(EventStances event) {
      for (Stance s : event.stances) for (String w : event.words(s.claim().content())) frequency.merge(w, 1, Integer::sum);
      common = Math.max(3, event.stances.size() / 5);
      for (Stance a : event.stances) {
        if (!asserts(a)) continue;
        Set<String> rare = DenialDetector.rare(event.words(a.claim().content()), this);
        for (String w : rare) byRareWord.computeIfAbsent(w, k -> new ArrayList<>()).add(assertions.size());
        assertedRare.put(a, rare);
        assertions.add(a);
      }
    }

    @Override
    public boolean rare(String word) {
      return frequency.getOrDefault(word, 0) <= common;
    }

    @Override
    public List<Stance> holding(Set<String> rareWords) {
      java.util.SortedSet<Integer> at = new java.util.TreeSet<>();
      for (String w : rareWords) at.addAll(byRareWord.getOrDefault(w, List.of()));
      List<Stance> out = new ArrayList<>(at.size());
      for (int i : at) out.add(assertions.get(i));
      return out;
    }

    @Override
    public Set<String> rareWords(Stance assertion) {
      return assertedRare.get(assertion);
    }
  }

  /**
   * A denial's clauses that say something is not so, and the rarer words of each; whether it denies much ("any serious
   * damage") and whether it names the doer of a denied deed, read once per denial for all the assertions it meets.
   */
  record Denied(List<Set<String>> clauses, List<Set<String>> rare, boolean deniesMuch, boolean namesDoer, Set<String> calledFalse) {}

  /** What denial {@code d} denies, as the event's word counts read it; null when no clause can be compared. */
  static Denied denied(EventStances event, Assertions assertions, Stance d) {
    if (!denies(d)) return null;
    List<Set<String>> deniedClauses = new ArrayList<>();
    for (String clause : Contents.deniedClauses(d.claim().content())) {
      Set<String> words = event.words(clause);
      if (words.size() >= 3 || rare(words, assertions).size() >= 2) deniedClauses.add(words);
    }
    if (deniedClauses.isEmpty()) return null;
    List<Set<String>> deniedRare = new ArrayList<>();
    for (Set<String> denied : deniedClauses) deniedRare.add(rare(denied, assertions));
    String content = d.claim().content();
    return new Denied(deniedClauses, deniedRare, DEGREE_HIGH.matcher(content).find(), NAMED_DOER_DENIED.matcher(content).find(),
        falsityWords(content));
  }

  /** Whether assertion {@code a}, another party's, states what denial {@code d} denies. */
  static boolean states(EventStances event, Assertions assertions, Stance d, Denied denied, Stance a) {
    if (EventStances.sameSide(a.party(), d.party()) || a.party().isOutlet() && d.party().isOutlet()) return false;
    // The outlet's words in the very sentence that reports the denial ("the court rejected the council's bid to unseat
    // the mayor over the harbour fire, which left 12 dead") tell the story around it; they assert nothing it denies.
    if (a.party().isOutlet() && a.claim().articleId().equals(d.claim().articleId()) && a.claim().sentenceIndex() == d.claim().sentenceIndex()) {
      return false;
    }
    // A figure the denying sentence itself names as another's ("challenging the ministry's figure of 37") is set
    // against the speaker's own by the figure detector; read as an assertion here, it would be that dispute again.
    if (a.claim().relayedBy() != null && a.claim().relayedBy().equals(d.claim().claimant())
        && a.claim().articleId().equals(d.claim().articleId()) && a.claim().sentenceIndex() == d.claim().sentenceIndex()) {
      return false;
    }
    if (denied.namesDoer() && anotherDoer(d.claim().content(), a.claim().arguments().get("agent"))) return false;
    // "denied any serious damage" and "left light damage" agree: much is denied, little asserted.
    if (denied.deniesMuch() && DEGREE_LOW.matcher(a.claim().content()).find()) return false;
    // "there was only light damage" against "there was no damage": both play it down; neither says what the other denies.
    if (MINIMISED.matcher(a.claim().content()).find()) return false;
    // "she made no finding on guilt" against "the report says no finding is made on guilt": both hold the negation
    // (not when the assertion disputes it: "engineers disputed that the refit never touched the tunnel").
    boolean disputes = io.contraflow.analysis.nlp.Lexicon.DENIAL_CUES.contains(a.claim().cue()) || StanceReader.REJECTING_CUES.contains(a.claim().cue());
    if (!disputes && (sharesNegation(d.claim().content(), a.claim().content())
        || !denied.calledFalse().isEmpty() && !java.util.Collections.disjoint(denied.calledFalse(), falsityWords(a.claim().content())))) {
      return false;
    }
    Set<String> asserted = event.words(a.claim().content());
    Set<String> rareAsserted = assertions.rareWords(a);
    for (int i = 0; i < denied.clauses().size(); i++) {
      if (sameProposition(denied.clauses().get(i), denied.rare().get(i), asserted, rareAsserted)) return true;
    }
    // ("the pier facility, including its boats, was not used in the operation today" against "the pier was used":
    // asides and circumstances leave too few words in common; the subject and the participle carry the statement.)
    return PassiveStatements.oppose(d.claim().content(), a.claim().content());
  }

  private static final java.util.regex.Pattern DEGREE_HIGH = java.util.regex.Pattern.compile("(?i)\\b(?:significant|major|serious|"
      + "extensive|substantial|heavy|large-scale|widespread|severe)\\b");
  private static final java.util.regex.Pattern DEGREE_LOW = java.util.regex.Pattern.compile("(?i)\\b(?:minor|slight|limited|light|"
      + "superficial|minimal|little|negligible)\\b");

  private static final java.util.regex.Pattern MINIMISED = java.util.regex.Pattern.compile("(?i)\\bonly\\s+(?:a\\s+)?(?:very\\s+)?"
      + "(?:minor|slight|limited|light|superficial|minimal|negligible)\\b");

  /** A negation and the word it negates: "no finding", "not guilty", "never fired", "wasn't leaking". */
  private static final java.util.regex.Pattern NEGATED_WORD = java.util.regex.Pattern.compile("(?i)(?:\\b(?:no|not|never|without|nothing)|\\Bn['’]t)\\s+"
      + "(?:an?\\s+|any\\s+)?(\\p{L}{4,})");

  /** Words that call something false: a denial in one word ("calling it a fabricated investigation"). */
  private static final java.util.regex.Pattern FALSITY = java.util.regex.Pattern.compile("(?i)\\b(?:fabricated|fabrication|false|fake|"
      + "lies|baseless|groundless|unfounded|untrue|staged|forged|bogus|fictitious|sham)\\b");

  /**
   * The words of falsity in a content, lower-cased: a denial and an assertion that use the same one ("calling it a
   * fabricated inquiry" and "the results of the fabricated inquiry") both call the thing false.
   */
  static Set<String> falsityWords(String content) {
    java.util.regex.Matcher falsity = FALSITY.matcher(content);
    if (!falsity.find()) return Set.of();
    Set<String> words = new java.util.HashSet<>();
    do words.add(falsity.group().toLowerCase(java.util.Locale.ROOT)); while (falsity.find());
    return words;
  }

  /** The assertion says the denial's own negation: the same word negated in both ("no finding ... made no finding"). */
  static boolean sharesNegation(String denial, String assertion) {
    Set<String> denied = negatedWords(denial);
    if (denied.isEmpty()) return false;
    for (String w : negatedWords(assertion)) if (denied.contains(w)) return true;
    return false;
  }

  /** The words a content negates ("no finding" gives "finding"), lower-cased. */
  private static Set<String> negatedWords(String content) {
    Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = NEGATED_WORD.matcher(content);
    while (m.find()) out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    return out;
  }

  /** A named subject of a negated deed: "the Vell militia had not carried out the raid", "Latvia never fired". */
  private static final java.util.regex.Pattern NAMED_DOER_DENIED = java.util.regex.Pattern.compile("(?:^|[,:;“\"]\\s*)(?:the\\s+)?"
      + "\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}\\s+(?:did not|didn't|didn’t|had not|hadn't|hadn’t|never)\\s+\\p{Ll}+");

  /**
   * "The Vell militia had not carried out the raid" denies Vell's deed: an assertion that another party did it
   * ("blamed Finland for the raid") holds nothing the denial denies. Asked of a denial that names a doer
   * ({@link Denied#namesDoer}): true when it never names the asserted one.
   */
  static boolean anotherDoer(String denial, String agents) {
    if (agents == null || agents.equals("self")) return false;
    String lower = denial.toLowerCase(java.util.Locale.ROOT);
    io.contraflow.analysis.nlp.Lexicon lexicon = io.contraflow.analysis.nlp.Lexicon.english();
    for (String agent : agents.split("\\|")) {
      String a = agent.toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", "");
      String demonym = lexicon.demonym(agent).toLowerCase(java.util.Locale.ROOT);
      if (a.isEmpty() || lower.contains(a) || lower.contains(demonym)) return false;
    }
    return true;
  }

  /** The candidate for denial {@code d}: everyone who asserts what it denies; null when nobody does. */
  Candidate candidate(EventStances event, Assertions assertions, Stance d) {
    Denied denied = denied(event, assertions, d);
    if (denied == null) return null;
    Map<String, List<Claim>> assertedByParty = new LinkedHashMap<>();
    Map<String, Party> partyByKey = new LinkedHashMap<>();
    Set<String> rareWords = new java.util.HashSet<>();
    denied.rare().forEach(rareWords::addAll);
    for (Stance a : assertions.holding(rareWords)) {
      if (!states(event, assertions, d, denied, a)) continue;
      assertedByParty.computeIfAbsent(a.party().key(), k -> new ArrayList<>()).add(a.claim());
      partyByKey.putIfAbsent(a.party().key(), a.party());
    }
    if (assertedByParty.isEmpty()) return null;
    // Everyone who asserts what the party denies stands on one side: one finding per denial, not per asserter, and
    // not merged into the dispute over who did it (what is denied here is a fact, not an accusation).
    List<Claim> asserted = new ArrayList<>();
    assertedByParty.values().forEach(asserted::addAll);
    Party first = partyByKey.values().iterator().next();
    String statement = Contents.clip(d.claim().content(), 100);
    String question = "denied:" + d.party().key() + ":" + String.join(" ", event.words(d.claim().content()));
    return new Candidate(question, false, ContradictionKind.DENIAL, "whether " + statement, first, "asserts", asserted,
        d.party(), "denies", List.of(d.claim()), 0.7, Severity.MEDIUM,
        first.label() + (partyByKey.size() > 1 ? " and others say so; " : " says so; ") + d.party().label() + " denies that " + statement + ".",
        name());
  }

  /**
   * The asserted words state the denied clause: most of the clause's rarer words (at least three), all of them when
   * the clause has few; or, when the event's common words carry the clause ("no civilians were harmed while Russian
   * forces controlled the town"), {@value #SHARE_ALL} of all its words with at least one rarer word among them.
   */
  private static boolean sameProposition(Set<String> denied, Set<String> rareDenied, Set<String> asserted, Set<String> rareAsserted) {
    if (Contents.overlap(rareDenied, rareAsserted, SHARE)) return true;
    if (rareDenied.size() >= 2 && rareAsserted.containsAll(rareDenied)) return true;
    int shared = 0;
    int sharedRare = 0;
    for (String w : denied) {
      if (!asserted.contains(w)) continue;
      shared++;
      if (rareDenied.contains(w)) sharedRare++;
    }
    return shared >= 3 && shared >= SHARE_ALL * denied.size() && sharedRare >= 1;
  }

  static Set<String> rare(Set<String> words, Assertions assertions) {
    Set<String> out = new java.util.TreeSet<>();
    for (String w : words) if (assertions.rare(w)) out.add(w);
    return out;
  }
}
