package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.TextNormalizer;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Polarity and modality of attributed content: negation, hedges, questions, labels of falsehood. */
public final class Assertion {
  private Assertion() {}

  /** "baseless claim", "unfounded allegation", ...: a false label before a claim noun. */
  private static final List<String> FALSE_LABEL_PHRASES = Lexicon.FALSE_LABELS.stream()
      .flatMap(label -> Stream.of(label + " claim", label + " allegation")).toList();
  private static final Pattern NON_WORD = Pattern.compile("[^a-z']+");

  /** The asserting clause says something did not happen or is not so: a denial cue over it asserts ("denied it had not"). */
  public static boolean negated(String content) {
    return reading(content).negated();
  }

  /** What the patterns found in one content, computed once: sieves and claims ask about the same content several times. */
  private record Reading(String clause, boolean negated, boolean rejects) {}

  private static final int READINGS_KEPT = 512;
  private static final ThreadLocal<java.util.Map<String, Reading>> READINGS = ThreadLocal.withInitial(java.util.HashMap::new);

  private static Reading reading(String content) {
    java.util.Map<String, Reading> cache = READINGS.get();
    Reading r = cache.get(content);
    if (r != null) return r;
    if (!mayDeny(content) || INDIRECT_QUESTION.matcher(content).find()) {
      r = new Reading(null, false, false);
    } else {
      // "There is no doubt that P", "no plausible alternative to P": negative words that assert P.
      String c = AFFIRMING_NEGATION.matcher(mainClause(content)).replaceAll(" ").strip();
      r = new Reading(c, NEGATIVE_SUBJECT.matcher(c).find() || NEGATED_VERB.matcher(c).find() || NEGATED_AFTER_RELATIVE.matcher(unquoted(content)).lookingAt(),
          REJECTION.matcher(c).find() || UNLIKELY.matcher(c).find() || LABELLED.matcher(c).find() || CLAIMS_LABELLED.matcher(unquoted(content)).lookingAt());
    }
    if (cache.size() >= READINGS_KEPT) cache.clear();
    cache.put(content, r);
    return r;
  }

  /**
   * "(should say) whether Washington was behind it or not", "it was difficult to conclude whether the North was
   * involved": an indirect question, or one left open, asserts or denies nothing, and its "or not" is no negation.
   */
  private static final Pattern INDIRECT_QUESTION = Pattern.compile("(?i)^\\W*whether\\b|\\b(?:difficult|hard|unclear|too early|"
      + "not (?:yet )?(?:known|clear|possible|certain)|unknown|impossible|uncertain|remains to be seen|no way to (?:know|tell)|"
      + "(?:can|could)(?:not|n't| not) (?:yet )?(?:say|tell|confirm|conclude|determine|establish))\\b[^.;]{0,40}?\\bwhether\\b"
      // "it was unclear who fired", "it is not known how many died": not knowing states nothing either.
      + "|\\b(?:unclear|unknown|uncertain|not (?:yet )?(?:known|clear|certain))\\s+(?:\\w+\\s+){0,2}?(?:who|what|how|why|which)\\b");

  /** A clause of saying inside the relative clause ("the guard who said he did not fire"): its negation is the guard's. */
  private static final String SAID = "(?:said|says|told|thought|believed|claimed)\\b";
  private static final String AUXILIARY = "(?:was|were|is|are|had|has|have|did|does|do|will|would|could|can|may|might|should|must)";
  /**
   * "the roof that fell in was not part of the works", "the guard who fired had not been armed": a relative clause on
   * the subject, with its own verb, and then the main verb negated (the cut at "that" would keep the subject alone).
   */
  private static final Pattern NEGATED_AFTER_RELATIVE = Pattern.compile("(?:the|a|an|this|its|his|her|their)\\s+(?:[\\w'-]+\\s+){0,3}?"
      + "(?:that|which|who)\\s+(?!" + AUXILIARY + "\\b|not\\b|never\\b)(?:(?!" + SAID + ")[\\w'-]+\\s+){1,9}?"
      + "(?:was|were|is|are|had|has|have|did|does|do)(?:n't|\\s+not|\\s+never)\\b");

  /** Words that end the clause whose negation decides polarity: what follows them is background. */
  private static final Pattern OPAQUE = Pattern.compile("[,;:]?\\s+(which|who|whom|because|if|whether|when|after|before|while|although|though|"
      + "as|since|until|unless|but|despite|whereas|so that|that)\\b|;|\\s-\\s|\\.\\s");
  /**
   * "Everyone knows that P", "what is obvious is that P", "the fact that P": P is what is asserted. ("does not show with
   * certainty that P": a manner of the verb before, whose negation stands.)
   */
  private static final Pattern TRANSPARENT = Pattern.compile("\\b(know|knows|knew|is|was|clear|obvious|certain|sure|evident|fact|(?<!\\bwith\\s)certainty)\\s+that$");
  private static final Pattern LEADING_SUBORDINATE = Pattern.compile("^(when|while|after|before|if|although|though|as|since|because|despite|once)\\b[^,]*,\\s*");
  /**
   * "There is no doubt that P", "no plausible alternative to P"; and a bound on a figure, "no more than 36 died", "no
   * fewer than 200": negative words that assert.
   */
  private static final Pattern AFFIRMING_NEGATION = Pattern.compile("(?:\\bthere\\s+(?:is|was|can be|could be)\\s+)?\\b(?:no|little|without|beyond)\\s+"
      + "(?:any\\s+|reasonable\\s+|plausible\\s+)*(?:doubt|question|alternative(?:\\s+explanation)?|other explanation)\\b(?:\\s+(?:that|other than))?"
      + "|\\bno\\s+(?:more|fewer|less)\\s+than\\b");
  private static final Pattern NEGATIVE_SUBJECT = Pattern.compile("^(?:(?:of course|naturally|but|and|so|that|indeed|in fact),?\\s+)*(?:no\\s|not a single\\s|not one\\s|none\\s|nothing\\s|nobody\\s|no one\\s|neither\\s|"
      + "there\\s+(?:is|are|was|were|has been|have been|had been)\\s+(?:no|not|never)\\b)");
  /**
   * "It was unlikely that the missile came from the north", "the missile was unlikely to have been fired from there": P
   * held improbable, as "it is not true that P" rejects it (so a frame inside P is denied), hedged (the modality says so).
   */
  private static final Pattern UNLIKELY = Pattern.compile("(?<!\\bnot )(?<!\\bnot (?:at all|so|that) )\\b(?:unlikely|improbable|highly doubtful)\\b");
  /** "Iran doesn't have the right", "we do not accept", "the court is fundamentally not qualified" (not modals: "could not have"). */
  private static final Pattern NEGATED_VERB = Pattern.compile("(?:\\bnot to\\b|\\b(?:have|has|had|found|saw|see|seen|received|heard|hold|holds|held|keep|keeps|kept|"
      + "stored|store)\\s+(?:nothing|no|none)\\b|\\b(?:do|does|did|is|are|was|were|has|have|had)(?:n't|\\s+(?:\\w+ly\\s+)?(?:not|never))|^(?:(?!\\b(?:can|could|would|might|may|should|will|must)\\b).)*\\bnever)\\b(?!\\s+(?:know|knew|remember|recall|understand|sure|certain|clear|yet|only|just|least)\\b)");
  /**
   * "denied", except where someone was refused something: "the lawyers were denied access to the case file", "was denied
   * bail" deny nothing ("the claims were denied" does).
   */
  private static final String DENIED_NOT_REFUSED = "(?:(?<!\\b(?:was|were|been|being|is|are|be|got|get)\\s)denied|denied(?!\\s+(?:[\\w']+\\s+){0,2}?"
      + "(?:access|entry|permission|bail|visas?|treatment|care|rights?|chance|opportunity|justice|food|water|aid|help|contact|passage|"
      + "asylum|hearing)\\b))";
  /**
   * "dismissed", except where someone lost a post: "a colonel had been dismissed over the raid" rejects nothing; "the
   * claims were dismissed by the ministry", "dismissed as propaganda" and "the ministry dismissed them" do.
   */
  private static final String DISMISSED_NOT_FIRED = "(?:(?<!\\b(?:was|were|been|being|is|are|be|got|get)\\s)dismissed|dismissed(?=\\s+(?:by|as|out of hand)\\b))";
  /** Rejecting or labelling false what someone else holds: "we reject them", "the ruling lacks basis", "it was fake news". */
  private static final Pattern REJECTION = Pattern.compile("\\b(?:not true|nonsense|mockery|a sham|a farce|a lie|lies and propaganda|fake news|"
      + "lacks? (?:any )?(?:basis|grounds|evidence)|no (?:basis|grounds|evidence|proof|merit)|without merit|not guilty|one-sided|"
      // ("maintained its innocence", "insisted it had done nothing wrong": the speaker's own part denied.)
      + "^(?:its|his|her|their|our|my) innocence|^(?:it|he|she|they|we|i) (?:had |has |have )?(?:done|did) nothing wrong|"
      // ("restated its rejection of allegations that P", "repeated her denial that P": a denial named by its noun.)
      + "^(?:its|his|her|their|our|my) (?:\\w+ )?(?:rejection|denial|repudiation)(?: of (?:the )?(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?))?$|"
      // ("the report was riddled with errors", "full of inaccuracies")
      + "(?:riddled with|full of) (?:\\w+ )?(?:errors|inaccuracies|inconsistencies|falsehoods|lies|mistakes)|"
      + "reject|rejects|rejected|rejecting|deny|denies|" + DENIED_NOT_REFUSED + "|denying|dismiss|dismisses|" + DISMISSED_NOT_FIRED + "|dismissing|refute|refutes|refuted|"
      // ("it was perplexed by the accusations", "baffled at the figures": bewilderment at what another holds rejects it.)
      + "(?:perplexed|baffled|puzzled|bewildered|astonished|dumbfounded) (?:by|at) (?:the |these |such |those )?(?:\\w+ )?"
      + "(?:accusations?|allegations?|claims?|charges?|reports?|figures|numbers)|"
      // ("engineers say otherwise": the claim just made is denied.)
      + "refuting|disagree|disagrees|contradict|contradicts|contradicted|disprove|disproves|^otherwise$)\\b");
  /** Words that call a statement false, said of it ("the report is biased") or of a claim noun ("false accusations"). */
  private static final String FALSE = "(?:false|untrue|baseless|groundless|unfounded|biased|flawed|fake|fabricated|slanderous|shameful|scandalous|"
      + "disgraceful|ridiculous|absurd|invalid|illegitimate|stupid|preposterous|laughable|nonsensical|inaccurate|incorrect|misleading|"
      + "lie|lies|nonsense|propaganda|fallacious|fictitious|misinformed|speculative|concocted|far-fetched|fairy[- ]?tales?|"
      + "unsubstantiated|unproven|bogus|spurious|debunked|discredited|erroneous)";
  private static final Pattern LABELLED = Pattern.compile("\\b(?:is|are|was|were|be|been|being|as|call|calls|called|calling)\\s+(?:\\w+\\s+){0,2}?"
      + FALSE + "\\b|\\b" + FALSE + "(?:\\s+and\\s+\\w+)?\\s+(?:accusations?|allegations?|claims?|charges?|reports?|conclusions?|findings?|"
      + "verdicts?|rulings?|statements?|version|narrative|story|stories|information|news|evidence|reporting)\\b|^" + FALSE + "\\b");
  private static final Pattern FALSE_LABEL = Pattern.compile(FALSE);

  /** A word that calls a statement false ("baseless", "a lie"), as {@link #labelled} reads them. */
  static boolean isFalseLabel(String lower) {
    return FALSE_LABEL.matcher(lower).matches();
  }

  private static final Pattern FALSE_WORD = Pattern.compile("\\b" + FALSE + "\\b|\\b(?:mockery|a sham|a farce|a lie|lies|nonsense|propaganda|fake news)\\b");
  /**
   * "claims that Russia was behind the attack were stupid": a claim noun whose clause runs on to the verb that labels
   * it false (the main clause, cut at "that", would be the noun alone).
   */
  private static final Pattern CLAIMS_LABELLED = Pattern.compile("^(?:the\\s+|these\\s+|such\\s+)?(?:[\\w-]+\\s+){0,2}?(?:claims?|allegations?|accusations?|"
      + "suggestions?|reports?|assertions?|characteri[sz]ations?|portrayals?|depictions?)\\s+(?:that|of)\\b[^;]*?\\b(?:is|are|was|were)\\s+(?:\\w+\\s+){0,2}?" + FALSE + "\\b");

  private static String unquoted(String content) {
    return QUOTE_MARKS.matcher(TextNormalizer.forModels(content).toLowerCase(Locale.ROOT)).replaceAll("").strip();
  }

  /** Cues whose object is labelled by the speaker: "called it X", "described the report as X". */
  private static final java.util.Set<String> VERDICT_CUES = java.util.Set.of("call", "describe", "brand", "label", "term", "dub", "denounce", "condemn");

  /** Double quotes, and single quotes that open or close a quotation ("is 'biased'"), not apostrophes ("Russia's"). */
  private static final Pattern QUOTE_MARKS = Pattern.compile("\"|(?<![a-z0-9])'|'(?![a-z0-9])");
  /** A dash-delimited aside ("its experiments - in one of which a missile was detonated - contradict"). */
  private static final Pattern ASIDE = Pattern.compile("\\s-\\s[^-]*?\\s-\\s");
  /** A short label before a dash ("My immediate reaction - this is not true"). */
  private static final Pattern LABEL = Pattern.compile("^(?:\\S+\\s+){0,3}\\S+\\s-\\s");

  /**
   * True when the content denies: it says something did not happen or is not so ("no missile hit the plane", "Iran
   * doesn't have the right"), or rejects or labels false what another holds ("these are absolutely unfounded
   * accusations", "the ruling lacks basis", "the report is biased"). Only the clause that carries the assertion counts:
   * negation in a relative or adverbial clause ("the jet, which was not cleared, ...") is background, "could not have"
   * and "don't know" assert, and "Everyone knows that P" asserts P.
   */
  public static boolean denies(String content) {
    return negated(content) || rejects(content);
  }

  /**
   * As {@link #rejects(String)}, and a verdict cue labelling its object false ("calls accusations 'unfounded and
   * vulgar'", "described the report as biased"): the label may stand anywhere in the content.
   */
  public static boolean rejects(String content, String cue) {
    // "condemned the accusations" rejects them; "condemned the strike as a war crime" accuses, and asserts the label.
    if (Lexicon.CONDEMNING_CUES.contains(cue) && aimsAtWhatSomeoneSaid(content)) return true;
    // "challenged claims that P", "questioned the reports": a doubting cue only speaks aimed at something said.
    if (DoubtingCues.LEMMAS.contains(cue) || "question".equals(cue) && aimsAtWhatSomeoneSaid(content)) return true;
    Reading r = reading(content);
    return r.rejects() || r.clause() != null && VERDICT_CUES.contains(cue) && FALSE_WORD.matcher(r.clause()).find();
  }

  /** Nouns for what someone said or decided, which condemning rejects: "denounced the report", "condemned the verdict". */
  private static final java.util.Set<String> SAID_OR_DECIDED = java.util.Set.of("claim", "claims", "allegation", "allegations",
      "accusation", "accusations", "statement", "statements", "remarks", "comments", "report", "reports", "findings", "verdict",
      "verdicts", "ruling", "rulings", "decision", "sentence", "sentences", "charges", "assertion", "assertions", "narrative",
      "version", "conclusions", "resolution", "them", "it", "this", "that");

  /** The object, in the content's first few words, is something said or decided rather than something done. */
  private static boolean aimsAtWhatSomeoneSaid(String content) {
    String[] words = NON_WORD.split(content.toLowerCase(Locale.ROOT).strip(), 8);
    for (int i = 0; i < Math.min(6, words.length); i++) if (SAID_OR_DECIDED.contains(words[i])) return true;
    return false;
  }

  /** The content denies, or the cue rejects what it names ("mocked the ministry's claims that P"). */
  static boolean deniesOrRejects(String content, String cue) {
    return denies(content) || rejects(content, cue);
  }

  /** The asserting clause rejects or labels false what another holds ("we reject them", "the ruling lacks basis"). */
  public static boolean rejects(String content) {
    return reading(content).rejects();
  }

  /** Words one of which every denying pattern holds; most content has none, and skips the patterns. */
  private static final java.util.Set<String> DENYING_WORDS = java.util.Set.of("no", "not", "never", "none", "nothing", "nobody", "neither",
      "false", "untrue", "baseless", "groundless", "unfounded", "biased", "flawed", "fake", "shameful", "scandalous", "disgraceful",
      "ridiculous", "absurd", "invalid", "illegitimate", "nonsense", "mockery", "sham", "farce", "lie", "lies", "propaganda", "stupid",
      "preposterous", "laughable", "nonsensical", "inaccurate", "incorrect", "misleading", "unlikely", "improbable", "doubtful",
      "merit", "sided", "riddled", "full", "otherwise", "innocence", "fallacious", "fictitious", "misinformed", "speculative",
      "concocted", "fetched", "fairy", "fairytale", "fairytales", "unsubstantiated", "unproven", "bogus", "spurious", "debunked",
      "discredited", "erroneous");
  private static final List<String> DENYING_STEMS = List.of("reject", "deni", "deny", "dismiss", "refut", "disagree", "contradict", "disprov",
      "lack", "fabricat", "slander", "perplex", "baffl", "puzzl", "bewilder", "astonish", "dumbfound");

  /** False when no denying pattern can match: the content has none of their words. Sound by construction of the word lists. */
  static boolean mayDeny(String content) {
    int n = content.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(content.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(content.charAt(i))) i++;
      if (i - start < 2 && !(i - start == 1 && content.charAt(start) == 't')) continue;
      String w = content.substring(start, i).toLowerCase(Locale.ROOT);
      if (DENYING_WORDS.contains(w)) return true;
      // "doesn't", "didn’t": a contraction's "t" after an apostrophe.
      if (w.equals("t") && start >= 2 && content.charAt(start - 2) == 'n' && (content.charAt(start - 1) == '\'' || content.charAt(start - 1) == '\u2019')) return true;
      for (String stem : DENYING_STEMS) if (w.startsWith(stem)) return true;
    }
    return false;
  }

  /** The words of {@code content} up to the end of its asserting clause, lower case, with ASCII quotes. */
  static String mainClause(String content) {
    String c = unquoted(content);
    c = LABEL.matcher(ASIDE.matcher(c).replaceAll(" ")).replaceFirst("");
    c = LEADING_SUBORDINATE.matcher(c).replaceFirst("");
    Matcher m = OPAQUE.matcher(c);
    int from = 0;
    while (m.find(from)) {
      boolean transparent = "that".equals(m.group(1)) && TRANSPARENT.matcher(c.substring(0, m.end())).find();
      if (!transparent) return c.substring(from, m.start());
      // "Everyone knows that P", "what is obvious is that P": P asserts.
      from = m.end();
      while (from < c.length() && c.charAt(from) == ' ') from++;
    }
    return c.substring(from);
  }

  static Polarity polarityOf(String content) {
    return denies(content) ? Polarity.DENIED : Polarity.AFFIRMED;
  }

  /**
   * The polarity of content reported with the cue {@code lemma}: "urged Obama not to strike", "asked them not to
   * leave" ask for something and deny nothing; asking not to believe something denies it.
   */
  static Polarity polarityOf(String content, String lemma) {
    // "urged residents not to believe rumours that P" does deny P.
    return REQUEST_CUES.contains(lemma) && !DISBELIEF.matcher(content).find() ? Polarity.AFFIRMED : polarityOf(content);
  }

  private static final Pattern DISBELIEF = Pattern.compile("(?i)\\bnot\\s+to\\s+(?:believe|trust|credit|accept|listen|fall for|"
      + "spread|share|repeat)\\b");

  private static final java.util.Set<String> REQUEST_CUES = java.util.Set.of("urge", "ask", "appeal", "implore", "beg",
      "request", "press");

  /** A false label ("baseless") within three words before the claim noun at {@code i}. */
  static boolean labelled(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) if (Lexicon.FALSE_LABELS.contains(t.get(k).lower())) return true;
    return false;
  }

  /**
   * A hedging word in the content; "in May", capitalised past the first word, is the month. The words are the runs of
   * ASCII letters and apostrophes, scanned by hand: splitting on {@code [^A-Za-z']+} for every claim showed in profiles
   * (3% of extraction without the gist). A word longer than every hedge is not copied.
   */
  private static boolean hedged(String content) {
    boolean first = true;
    for (int i = 0, n = content.length(); i < n; ) {
      if (!casedWordChar(content.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && casedWordChar(content.charAt(i))) i++;
      if (i - start <= LONGEST_HEDGE) {
        String w = content.substring(start, i);
        if (Lexicon.HEDGES.contains(w.toLowerCase(Locale.ROOT)) && (first || !w.equals("May"))) return true;
      }
      first = false;
    }
    return false;
  }

  private static final int LONGEST_HEDGE = Lexicon.HEDGES.stream().mapToInt(String::length).max().orElse(0);

  private static boolean casedWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
  }

  private static final java.util.regex.Pattern ASKED_FOR_PROOF = java.util.regex.Pattern.compile("^(?:\\S+\\s+){0,3}?(?:for|to see)\\s+(?:the\\s+|some\\s+|any\\s+)?"
      + "(?:more|further|additional|concrete|hard|clear|solid|credible)?\\s*(?:evidence|proof|details)\\b");

  static Modality modalityOf(String content, String cue, String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    // (Each label phrase ends in "claim" or "allegation", and each no-evidence phrase holds one of the words tested
    // before it: most sentences hold none, and skip the phrase lists.)
    if (s.contains("claim") || s.contains("allegation")) {
      for (String phrase : FALSE_LABEL_PHRASES) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    }
    if (s.contains("evidence") || s.contains("proof") || s.contains("details")) {
      for (String phrase : Lexicon.NO_EVIDENCE) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    }
    String lower = content.toLowerCase(Locale.ROOT);
    // Every alternative of the pattern holds "whether" or a word of not knowing: content without them skips the matcher.
    boolean mayAsk = lower.contains("whether") || lower.contains("unclear") || lower.contains("unknown") || lower.contains("uncertain")
        || lower.contains("not ");
    if (content.strip().endsWith("?") || mayAsk && INDIRECT_QUESTION.matcher(content).find()) return Modality.QUESTIONED;
    // "asked for more evidence that Iran was responsible", "demanded proof": what is asked to be shown is not asserted.
    // ("asked Portugal for proof": the one asked may come first.)
    if ((lower.contains("evidence") || lower.contains("proof")) && ASKED_FOR_PROOF.matcher(lower).lookingAt()) return Modality.QUESTIONED;
    if (hedged(content)) return Modality.HEDGED;
    if (Lexicon.ALLEGATION_CUES.contains(cue)) return Modality.ALLEGED;
    return Modality.STATED;
  }

  /** "each other of ...", "one another for ...": an accusation both ways. */
  public static boolean isReciprocal(String content) {
    String c = content.toLowerCase(Locale.ROOT);
    return c.startsWith("each other") || c.startsWith("one another");
  }
}
