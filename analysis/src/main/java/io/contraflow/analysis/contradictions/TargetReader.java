package io.contraflow.analysis.contradictions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rejection is aimed at: the claim, report, verdict or offer it rejects and whose it is, read from the start
 * of the rejected phrase. "accusations from the widow of the opposition leader" (owner: the widow), "Western
 * intelligence allegations that ..." (owner: Western), "the court's verdict", "Iran's offer to compensate", "the
 * Dutch report". A verdict, ruling or report with no owner named belongs to whoever issued it in the event's
 * coverage; {@link Kind} tells the detector which issuer to look for. The speaker's own words ("denied its own
 * statements") are no target: taking them back disputes no one.
 */
final class TargetReader {
  /** What kind of thing is rejected, which says who to look for when no owner is named. */
  enum Kind {
    /** Accusations, allegations, claims, charges, a version of events: someone's statement. */
    STATEMENT,
    /** A report, findings, conclusions, an investigation: a body that investigated. */
    REPORT,
    /** A verdict, ruling, judgment, sentence: a court. */
    RULING,
    /** An offer, a proposal, a demand, a call: a party that asked for something. */
    PROPOSAL
  }

  /**
   * @param noun the rejected thing as written ("accusations", "report")
   * @param owner whose it is, as written ("the widow of opposition leader Alexei Navalny", "Western intelligence"),
   *     or null when none is named
   */
  record Target(Kind kind, String noun, String owner, String ownerAsWritten) {}

  // ("Whitson's tweets contained nothing but false claims", "rejected the envoy's remarks": what one posted or remarked.)
  private static final String STATEMENTS = "accusations?|allegations?|complaints?|claims?|reporting|charges?|assertions?|suggestions?|statements?|point|contentions?|arguments?"
      + "|tweets?|posts|remarks|comments"
      + "|version|narrative|theory|theories|account|insinuations?|imputations?|figures?|numbers?(?:\\s+of\\s+(?:deaths|dead|casualties|victims|fatalities))?|counts?|estimates?|tally|tallies|results|(?:death\\s+)?tolls?(?!\\s+(?:gates?|roads?|booths?|plazas?|bridges?|ways?))|reports?(?:\\s+[\\w.,]+){0,4}?\\s+that|assessment|conclusions? that";
  /** (A fact-finding mission or a panel is named for what it found: "accused the mission of bias" rejects its findings.) */
  private static final String REPORTS = "report|reports|findings|conclusions?|investigation|inquiry|probe|study|analysis|assessment"
      + "|(?:fact-finding\\s+)?mission|panel";
  private static final String RULINGS = "verdicts?|rulings?|judg(?:e)?ments?|sentences?|decision|convictions?|acquittals?";
  /** What someone offered or proposed; a rejected call or demand ("rejected calls for an inquiry") disputes no fact. */
  private static final String PROPOSALS = "offers?|proposals?|plans?";
  private static final String NOUNS = "(?<noun>" + STATEMENTS + "|" + REPORTS + "|" + RULINGS + "|" + PROPOSALS + ")";
  private static final String OWNER = "(?<owner>(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*|of|the|and)(?:\\s+(?:[\\p{Lu}][\\p{L}.'’-]*|of|the|and))*)";
  /** "Iran's offer", "the court's damning verdict", "Navalny's widow's accusations". */
  private static final Pattern POSSESSIVE = Pattern.compile("^(?:(?:the|a|an|these|those|such|any|all|his|her|their)\\s+)?"
      + OWNER + "['’]s?\\s+(?:[\\w-]+\\s+){0,3}?" + NOUNS + "\\b");
  /** "the Norland government's death toll", "the Kessa police's account": a named body's common noun before the mark. */
  private static final Pattern NAMED_BODY_POSSESSIVE = Pattern.compile("^(?:(?:the|a|an|these|those)\\s+)?(?<owner>\\p{Lu}[\\p{L}.'’-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s+\\p{Ll}+)['’]s?\\s+(?:[\\w-]+\\s+){0,3}?" + NOUNS + "\\b");
  /**
   * "the national police's claim", "the state army's account": a lower-case body with a word before its noun (clean()
   * keeps only words for people or bodies); a bare "the group's version" is the party just spoken of (ReferredClaims).
   */
  private static final Pattern COMMON_BODY_POSSESSIVE = Pattern.compile("^the\\s+(?<owner>(?:\\p{Ll}+\\s+){1,2}\\p{Ll}+)['’]s?\\s+"
      + "(?:[\\w-]+\\s+){0,3}?" + NOUNS + "\\b");
  /** "accusations from the widow of ...", "allegations by Western intelligence", "the report of the Dutch board". */
  private static final Pattern BY_OWNER = Pattern.compile("(?i)^(?:(?:the|a|an|these|those|such|any|all|his|her|their)\\s+)?"
      // ("a claim of responsibility from X": the claim is X's, and what it claims comes first.)
      + "(?:[\\w-]+\\s+){0,3}?" + NOUNS + "\\s+(?:of\\s+(?:responsibility|involvement|authorship)\\s+|\\w+\\s+)?"
      + "(?:by|from|of|made by|levell?ed by|issued by|published by|(?:written|published|printed|carried|aired) (?:in|on))\\s+"
      // ("the false reporting of the @vellnews headlined ...": an account's handle, then the piece's title.)
      + "(?<by>(?:the\\s+)?(?:[@\\w.'’-]+\\s+){0,6}?[@\\w.'’-]+?)(?=\\s*(?:,|;|\\.|$|\\s+(?:that|who|which|after|when|over|about|on|in|for|to|as"
      + "|titled|entitled|headlined|dated"
      // "allegations by Kyiv of a rocket attack are false": what is alleged follows "of" ("of the ministry" may
      // still name the owner), and the sentence's verb ends the owner.
      + "|of\\s+(?:a|an|any|some|being|having|\\w+ing)|are|were|is|was|have|has|but|while|although|though)\\b))");
  /**
   * "European accusations", "Western intelligence allegations", "the Canada ruling", "Dutch MH17 crash report"; a
   * word for people after the name belongs to the owner ("Western media are spreading accusations": Western media).
   */
  private static final Pattern NAMED_MODIFIER = Pattern.compile("^(?:(?:the|a|an|these|those|such|any|all|new)\\s+)?"
      + "(?<owner>[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*)*(?:\\s+(?:media|press|officials|intelligence|"
      + "politicians|leaders|governments|diplomats|commentators|bloggers))?)\\s+(?:[\\w-]+\\s+){0,4}?" + NOUNS + "\\b");
  /** "the Ostrian allegations of ...": a country or its people's adjective, the noun, then what it is of. */
  private static final Pattern NATIONAL_THEN_OF = Pattern.compile("^(?:the\\s+)?(?<owner>\\p{Lu}\\p{L}+)\\s+" + NOUNS + "\\s+of\\b");
  /** A rejected thing anywhere in its first words, without an owner. */
  private static final Pattern ANY = Pattern.compile("(?i)^(?:[\\w'’-]+\\s+){0,6}?" + NOUNS + "\\b");
  private static final Pattern ASKED_FOR = Pattern.compile("(?i)^(?:(?:the|a|an|these|those|such|any|all)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
      + "(?:calls?|demands?|requests?|appeals?|pleas?|proposals?)\\s+(?:for|to)\\b");
  /** "denied its own statements", "retracted their own account": the speaker's own words, a retraction, not a dispute. */
  private static final Pattern OWN = Pattern.compile("(?i)^(?:(?:the|all|some|any|of)\\s+)*(?:its|their|his|her|our|my)\\s+own\\b");
  /** Words that own nothing, among them a preposition opening the sentence ("In an emailed statement, X said"). */
  private static final Set<String> NOT_OWNERS = Set.of("the", "a", "an", "it", "this", "that", "these", "those", "any", "all",
      "his", "her", "their", "its", "we", "i", "you", "they", "he", "she", // (a pronoun's owner: ReferredClaims)
      "such", "new", "damning", "latest", "final", "first", "in", "on", "at", "by", "for", "from", "with", "after", "before",
      "during", "as", "to", "under", "over", "there", "here", "what", "who", "where");

  /**
   * "this is 'completely incorrect'", "that was a lie", "it is nonsense", "(engineers say) otherwise", "the opposite is
   * true", "that is simply not the case", "nothing could be further from the truth": a rejection of what was just
   * reported, named by a pronoun or by nothing.
   */
  // ("said that was simply not the case": "that" read as the clause's opener leaves the verb first.)
  private static final Pattern ANAPHORIC = Pattern.compile("(?i)^\\W*otherwise\\W*$|^\\W*the\\s+(?:exact\\s+)?opposite\\s+(?:is|was)\\s+(?:true|the case)\\b|"
      + "^\\W*nothing\\s+(?:could|can)\\s+be\\s+further\\s+from\\s+the\\s+truth\\W*$|^\\W*(?:but\\s+)?(?:(?:this|that|it|these|those)\\s+)?(?:is|was|are|were)\\s+"
      + "(?:[\"'‘“]\\s*)?(?:(?:completely|totally|absolutely|simply|utterly|entirely|just)\\s+)?(?:[\"'‘“]\\s*)?"
      + "(?:incorrect|wrong|false|untrue|not true|not the case|a lie|lies|a fabrication|fabricated|nonsense|absurd|baseless|groundless|"
      // ("it was not the case that P" denies P itself.)
      + "propaganda|ridiculous|rubbish|a hoax|fake)\\b(?!\\s*,?\\s*that\\b)");

  private TargetReader() {}

  /** Nouns for someone's figures: "contests those numbers", "the count was exaggerated". */
  static final String FIGURE_NOUNS = "figures?|numbers?|tolls?|tally|tallies|estimates?|counts?";
  /** "the count was exaggerated", "those figures are false": someone's count called false, its owner unnamed. */
  private static final Pattern FIGURES_CALLED_FALSE = Pattern.compile("(?i)^\\W*(?:the|these|those|such|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
      + "(?:" + FIGURE_NOUNS + ")\\s+(?:is|are|was|were|had been|have been|has been)\\s+(?:\\w+ly\\s+)?"
      + "(?:inflated|exaggerated|overstated|false|fabricated|untrue|wrong|incorrect|made up)\\b");

  /** True when the content calls a count false without naming whose it is ("the count was exaggerated"). */
  static boolean figuresCalledFalse(String content) {
    return FIGURES_CALLED_FALSE.matcher(content).lookingAt();
  }

  /** A claim that rejects what was just reported, naming it by a pronoun ("this is completely incorrect"). */
  static boolean anaphoric(String content) {
    return ANAPHORIC.matcher(content).find();
  }

  /**
   * "The government denies this", "experts disputed that", "But this was disputed by Mayor Dorov": the pronoun alone is
   * what a denying verb rejects.
   */
  private static final Pattern POINTER = Pattern.compile("(?i)^\\W*(?:(?:but|and|yet)\\s+)?(?:this|that|it|these|those)\\W*$");
  static boolean pointer(String content) {
    return POINTER.matcher(content).matches();
  }

  private static final Pattern AS_CLAIMED_BY = Pattern.compile("(?i)\\bas (?:suggested|claimed|alleged|stated|said|reported|asserted)"
      + " by ((?:the )?[\\p{L}'’ -]{2,60}?)(?=\\s*(?:[,.;:]|$))");
  private static final Pattern NAME_BEFORE_NOUN = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*)\\s+$");
  /** ("fake news allegations" is a label for someone's allegations, not the press's.) */
  private static final Pattern PRESS_BEFORE_NOUN = Pattern.compile("(?i)(?:^|\\s)(?<!fake\\s)(?:media|press|news)\\s+$");
  /** What the press puts out: reports and stories, not allegations or claims of its own. */
  private static final Pattern PRESS_NOUNS = Pattern.compile("(?i)reports?|reporting|accounts?|stories");
  private static final Pattern BODY_BEFORE_NOUN = Pattern.compile(
      "^(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\\s+|[‘'\"“])?(?<body>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}(?:[\\p{Ll}-]+\\s+)?(?<head>\\p{Ll}+))\\s+$");
  /** A gerund and its object ("inviting the military", "killing anyone"); not an adjective ("damning new report"). */
  private static final Pattern GERUND_START = Pattern.compile("(?i)^(?:having\\s+)?\\p{L}+ing\\s+(?:the|a|an|any|his|her|their|"
      + "its|them|him|anyone|anybody|to|in|on|at|with|that)\\b");
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");
  /**
   * "Governor Tom Arle was 'misinformed' in saying that someone had died", "Ivo Dorov 'was badly mistaken' in calling
   * them traitors", "the ministry was wrong to claim P": what the named person or body said, called false.
   */
  private static final Pattern WRONG_IN_SAYING = Pattern.compile("^(?:the\\s+)?(?<owner>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,5}"
      // ("the ministry was badly mistaken in calling them traitors": a body, as "the ministry's claims" is one.)
      + "|ministry|army|military|government|police)"
      + "\\s+[\"“‘']?(?:was|were|is|are|had been)\\s+(?:(?:badly|gravely|deeply|sorely|seriously|quite|very|simply|completely)\\s+)?"
      + "[\"“‘']?(?:misinformed|wrong|mistaken|incorrect|misleading|lying)[\"”’']?\\s+"
      + "(?:in saying|to say|in claiming|to claim|in suggesting|to suggest|in calling|to call|in describing|to describe|in branding|to brand"
      + "|in labelling|in labeling|when (?:he|she|they|it) (?:said|called))\\b");

  /** The target {@code noun} owned by {@code rawOwner} as written ("the commission"), or null when that names no owner. */
  static Target owned(String noun, String rawOwner) {
    return clean(rawOwner) == null ? null : target(noun, rawOwner);
  }

  /** True when the content calls what its owner said false ("X was wrong to say P"). */
  static boolean wrongInSaying(String content) {
    return WRONG_IN_SAYING.matcher(content.strip()).lookingAt();
  }

  /**
   * A finding said to prove nothing: "cannot accept that this report offers any proof", "the inquiry brings no evidence
   * whatsoever", "the findings of that review are not backed by the evidence", "the study does not prove how P".
   * A rejection of the report however politely put.
   */
  private static final Pattern PROVES_NOTHING = Pattern.compile("(?i)\\b(?:(?:not|never|cannot|n['’]t)\\b[^.;]{0,40}?\\b(?:" + REPORTS
      + ")\\b[^.;]{0,30}?\\b(?:any|the\\s+slightest)\\s+(?:proof|evidence)|(?:" + REPORTS + ")\\b[^.;]{0,30}?\\b(?:no|not\\s+any)\\s+"
      + "(?:proof|evidence)|(?:" + REPORTS + "|review)\\s+(?:does|do|did)(?:n['’]t|\\s+not)\\s+(?:\\w+\\s+)?(?:show|prove|establish|demonstrate)"
      + "(?:\\s+with\\s+(?:any\\s+)?\\w+)?\\s+(?:that|how|who)|\\b(?:conclusions?|findings)\\b[^.;]{0,40}?(?:not|n['’]t)\\s+(?:\\w+\\s+){0,3}?"
      + "(?:supported|backed|borne\\s+out|substantiated)\\s+by)\\b");

  /** True when the content says the report or finding it names proves nothing. */
  static boolean provesNothing(String content) {
    return PROVES_NOTHING.matcher(content).find();
  }

  /** A statement called false by the word before its noun: "the inaccurate reporting by", "the Times' baseless claims". */
  private static final Pattern FALSE_BEFORE_NOUN = Pattern.compile("(?i)\\b(?:false|baseless|unfounded|groundless|inaccurate|"
      + "wrong|misleading|fabricated|fake|erroneous|untrue|mistaken|distorted)\\s+(?:reporting|reports?|claims?|allegations?|"
      + "accusations?|statements?|assertions?|account)\\b");
  /**
   * The content of "accused X of lying", "of making exaggerated claims", "of spreading disinformation", "of
   * fabricating the figures": X's statements are called false, whatever they said.
   */
  private static final Pattern CHARGED_WITH_FALSEHOOD = Pattern.compile("^(?:the\\s+)?(?<owner>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+the\\s+|of\\s+)?"
      + "\\p{Lu}[\\p{L}.'’-]*){0,5}(?:\\s+(?:army|military|police|government|ministry|authorities|forces))?)\\s+of\\s+(?:(?:deliberately|knowingly|repeatedly|again|once again)\\s+)?(?:lying|exaggerating|fabricating|"
      + "inventing|inflating|falsifying|(?:making|peddling|spreading|pushing|putting out|issuing)\\s+(?:up\\s+)?(?:[\\w-]+\\s+)?"
      + "[\"“]?(?:(?:false|exaggerated|inflated|baseless|unfounded|fabricated|fake|bogus|untrue|made-up|fictitious|misleading|fallacious|spurious)\\s+"
      + "(?:claims?|allegations?|accusations?|statements?|figures|numbers|reports|stories|news)|lies|falsehoods|disinformation|"
      + "misinformation|propaganda|fake news))\\b");
  /** A name in the possessive just before a phrase: "the Vell Times' ", "Ana Berg's ". */
  private static final Pattern OWNER_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*['’]s?\\s+$");

  /**
   * Someone's statement the content calls false in passing, wherever it stands: "regretted the inaccurate reporting by
   * the Vell Times", "said the Vell Times' false claims had hurt the airline". Null unless the content names whose.
   */
  static Target labelledFalse(String content) {
    Matcher charged = CHARGED_WITH_FALSEHOOD.matcher(content);
    if (charged.lookingAt()) return new Target(Kind.STATEMENT, "claims", clean(charged.group("owner")), charged.group("owner"));
    Matcher m = FALSE_BEFORE_NOUN.matcher(content);
    while (m.find()) {
      Target after = read(content.substring(m.start()));
      if (after != null && after.owner() != null) return after;
      Matcher before = OWNER_BEFORE.matcher(content.substring(0, m.start()));
      if (before.find()) {
        Target t = read(content.substring(before.start()));
        if (t != null && t.owner() != null) return t;
      }
    }
    return null;
  }

  /** An inquiry asked for or refused, not yet anyone's finding: "demanded an independent inquiry". */
  private static final Pattern SOUGHT_INQUIRY = Pattern.compile("(?i)(?:^|\\b(?:demand\\w*|call\\w*\\s+for|urg\\w*|sought|seek\\w*|asked\\s+for|"
      + "want\\w*)\\s+)(?:an?\\s+|the\\s+)?(?:(?:international|independent|impartial|thorough|full|new|fresh|public|foreign|outside|"
      + "credible|transparent|proper)\\s+)+(?:inquiry|investigation|probe)\\b(?!['’]s|\\s+(?:findings|report|conclusions?)\\b)");

  private static final Pattern RESTING_ON = Pattern.compile("(?i)^\\W*(?:based\\s+on|going\\s+by|in\\s+light\\s+of)\\s+");

  /** "a number of", "a large number of": how many things follow, no figure of anyone's. */
  private static final Pattern QUANTITY_OF = Pattern.compile("(?i)^(?:a|an)\\s+(?:\\w+\\s+)?number\\s+of\\s+");

  /** A name's short form in brackets after it: "the Vell Workers' Party (VWP)". */
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"“”]"); // ('the "false claims" of X': marks end no phrase)
  private static final Pattern SHORT_FORM = Pattern.compile("\\s+\\((?=[^)]*\\p{Lu}[^)]*\\p{Lu})[\\p{L}\\d.&-]{2,10}\\)");

  /** The rejected thing at the start of {@code content}, or null when it does not start with one. */
  static Target read(String content) {
    // ("claims by the Vell Workers' Party (VWP) that P": the owner is the name; its short form adds nothing.)
    content = DOUBLE_QUOTES.matcher(SHORT_FORM.matcher(content).replaceAll("")).replaceAll("");
    Matcher wrong = WRONG_IN_SAYING.matcher(content.strip());
    if (wrong.lookingAt() && clean(wrong.group("owner")) != null) return target("claims", wrong.group("owner"));
    // "A number of reports claiming P were refuted": a quantity of them, not someone's figure; the reports are the target.
    // ("Based on the report sent to us, P": the report is what the speaker rests on.)
    String head = QUANTITY_OF.matcher(firstWords(RESTING_ON.matcher(content.strip()).replaceFirst(""), 16)).replaceFirst("");
    // "calls for an inquiry", "demands for compensation": what was asked for, not a claim of fact.
    if (ASKED_FOR.matcher(head).lookingAt()) return null;
    if (OWN.matcher(head).lookingAt()) return null;
    Matcher p = POSSESSIVE.matcher(head);
    if (p.find()) return target(p.group("noun"), p.group("owner"));
    // (A body, not an office: "the Kessa governor's version" is the governor's, whom the event names otherwise.)
    p = NAMED_BODY_POSSESSIVE.matcher(head);
    if (p.find() && clean(p.group("owner")) != null
        && io.contraflow.analysis.nlp.Lexicon.english().isOrganisationNoun(p.group("owner").substring(p.group("owner").lastIndexOf(' ') + 1))) {
      return target(p.group("noun"), p.group("owner"));
    }
    // ("the national police's claim", "the army's account": a body named by its common noun.)
    p = COMMON_BODY_POSSESSIVE.matcher(head);
    if (p.find() && clean(p.group("owner")) != null) return target(p.group("noun"), p.group("owner"));
    // ("the Ostrian allegations of a Norland spy base": the country before the noun alleges; what follows "of" is alleged.)
    Matcher national = NATIONAL_THEN_OF.matcher(head);
    if (national.lookingAt() && io.contraflow.analysis.nlp.Lexicon.english().countryByNameOrDemonym(national.group("owner")) != null) {
      return target(national.group("noun"), national.group("owner"));
    }
    Matcher by = BY_OWNER.matcher(head);
    if (by.find() && !allegedThing(head.substring(by.end("noun"), by.start("by")), by.group("by"))) return target(by.group("noun"), by.group("by"));
    Matcher named = NAMED_MODIFIER.matcher(head);
    if (named.find()) return target(named.group("noun"), named.group("owner"));
    // "denied inviting the military to the toll gate": an act denied, whatever noun its object holds.
    if (GERUND_START.matcher(head).lookingAt()) return null;
    // "turns down an international inquiry into the killings", "denied it and called for a full inquiry": an inquiry refused
    // or asked for, no one's finding.
    if (SOUGHT_INQUIRY.matcher(head).find()) return null;
    Matcher any = ANY.matcher(head);
    if (!any.find()) return null;
    // "rejected claims that she was ill as suggested by the prison service": whose claims the phrase says.
    Matcher asBy = AS_CLAIMED_BY.matcher(content);
    if (asBy.find() && clean(asBy.group(1)) != null) return target(any.group("noun"), asBy.group(1));
    // "what they said was a biased UN report": a body's initials or a country just before the noun own it, wherever
    // the phrase starts (a capital alone may be a quoted word: "the 'Guilty' verdict").
    String before = head.substring(0, any.start("noun"));
    Matcher owner = NAME_BEFORE_NOUN.matcher(before);
    boolean owns = owner.find() && owner.start() > 0 && (INITIALS.matcher(owner.group(1)).matches()
        || io.contraflow.analysis.nlp.Lexicon.english().country(owner.group(1)) != null);
    if (owns) return target(any.group("noun"), owner.group(1));
    // "contrary to a few press reports", "the foreign press reports": what the press said, whichever outlet; the phrase
    // as written names them.
    Matcher press = PRESS_BEFORE_NOUN.matcher(before);
    if (press.find() && PRESS_NOUNS.matcher(any.group("noun")).matches()) {
      return new Target(Kind.STATEMENT, any.group("noun"), "media", (before.substring(press.start()) + any.group("noun")).strip());
    }
    // "the rights office report", "a police report": a body named by its common noun just before owns it.
    Matcher body = BODY_BEFORE_NOUN.matcher(before);
    boolean bodyOwns = body.find() && io.contraflow.analysis.nlp.Lexicon.english().isOrganisationNoun(body.group("head"));
    return target(any.group("noun"), bodyOwns ? withoutDescription(body.group("body"), body.group("head")) : null);
  }

  /**
   * The body without a word that only describes its statement ("the premature police narrative": the police): a word
   * before the head stays when it names part of the body ("the rights office", "the election commission").
   */
  private static String withoutDescription(String body, String head) {
    String[] words = body.split("\\s+");
    if (words.length < 2) return body;
    String modifier = words[words.length - 2];
    if (!modifier.equals(modifier.toLowerCase(Locale.ROOT)) || modifier.endsWith("s")
        || io.contraflow.analysis.nlp.Lexicon.english().isOrganisationNoun(modifier) || !ADJECTIVE_ENDING.matcher(modifier).find()) return body;
    return String.join(" ", java.util.Arrays.copyOf(words, words.length - 2)).concat(words.length > 2 ? " " : "").concat(head);
  }

  /** Endings that mark a describing word: "premature", "hasty", "official", "misleading", "false" and the like. */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ure|y|al|ing|ive|ous|ful|ic|ed|ent|ant|ible|able|se|te)$");

  /** "Holm's fixed views": a name owning things that are no one; the name is the owner. */
  private static final Pattern POSSESSOR_OF_THINGS = Pattern.compile("\\s*((?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)['’]s\\s+[\\p{Ll}\\s-]+");

  private static Target target(String noun, String rawOwner) {
    // ("accusations stemming from Holm's fixed views" are Holm's.)
    Matcher things = rawOwner == null ? null : POSSESSOR_OF_THINGS.matcher(rawOwner);
    if (things != null && things.matches() && clean(rawOwner.substring(things.end(1)).replaceFirst("^['’]s", "")) == null) rawOwner = things.group(1);
    String owner = clean(rawOwner);
    String asWritten = owner == null ? null : rawOwner.strip().replaceFirst("['’]s?$", "")
        .replaceFirst("^(?:But|And|Yet|So|However|Still)\\s+", "").strip();
    String n = noun.toLowerCase(Locale.ROOT);
    // "reports that P", "reports of an attack" alone are hearsay, a statement; "a UN report that said P", "the report"
    // and "the ministry's reports" are a body's.
    Kind kind = n.matches(RULINGS) ? Kind.RULING : n.matches(PROPOSALS) ? Kind.PROPOSAL
        : n.matches("report|findings|conclusions?|investigation|inquiry|probe|study|analysis|(?:fact-finding\\s+)?mission|panel")
            || owner != null && n.startsWith("report") && !n.equals("reporting") ? Kind.REPORT : Kind.STATEMENT;
    return new Target(kind, noun, owner, asWritten);
  }

  private static final Pattern WEATHER_SYSTEM = Pattern.compile("(?i)(?:hurricane|storm|tropical\\s+storm|typhoon|cyclone)\\s+\\p{Lu}");

  private static String clean(String owner) {
    if (owner == null) return null;
    // ("But Norland officials denied this claim": a conjunction opening the sentence is no part of the owner's name; nor
    // is a common word a sentence capitalises, "Recent media reports".)
    String o = owner.strip().replaceFirst("['’]s?$", "").replaceFirst("^(?:But|And|Yet|So|However|Still)\\s+", "")
        .replaceFirst("^(?:Recent|New|Latest|Earlier|Previous|Initial|Early|Several|Some|Many|Other|Such|Unconfirmed|Unverified)\\s+(?=\\p{Ll})", "")
        .replaceFirst("^(?i)the\\s+", "").strip();
    // ("rubbished claims of a cover-up and defended the detectives": the speaker's next verb ends the phrase.)
    o = NEXT_VERB.matcher(o).replaceFirst("").strip();
    if (o.isEmpty() || NOT_OWNERS.contains(o.toLowerCase(Locale.ROOT))) return null;
    // ("Hurricane Orla's death toll": a storm has a toll, and no say in it.)
    if (WEATHER_SYSTEM.matcher(o).lookingAt()) return null;
    // ("Taking into account ... what he alleged was": a participle opening the sentence owns nothing.)
    if (o.indexOf(' ') < 0 && o.endsWith("ing")) return null;
    // An owner is someone: a name, or a word for people ("the widow of ...", "officials"); "accusations of it
    // playing a role" names what is alleged, not who alleges it.
    boolean named = !o.equals(o.toLowerCase(Locale.ROOT)) || o.matches("@\\w+");
    // ("rejected claims of government culpability": the phrase's head, before any preposition, is what the claims are
    // of; "party leaders about the killing of hundreds" are the leaders.)
    String head = null;
    for (String w : o.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (head != null && HEAD_ENDS.contains(w)) break;
      head = w;
    }
    boolean people = PEOPLE.contains(head) || io.contraflow.analysis.nlp.Lexicon.english().isOrganisationNoun(head)
        || PEOPLE_ENDINGS.matcher(head).find();
    return named || people ? o : null;
  }

  private static final Pattern NEXT_VERB = Pattern.compile("\\s+and\\s+\\p{Ll}+ed\\b.*$");

  /** Plural heads that name people by what they do or are: "leaders", "campaigners", "activists", "Ukrainians". */
  private static final Pattern PEOPLE_ENDINGS = Pattern.compile("(?:ers|ists|ians|ans)$");
  /**
   * "accusations of provocation against Norland", "allegations of torture by the police": after "of", a lower-case word
   * that names no people or body is what is alleged, not who alleges it ("the allegations of the ministry" keep theirs).
   */
  private static boolean allegedThing(String between, String owner) {
    if (!between.strip().endsWith("of")) return false;
    io.contraflow.analysis.nlp.Lexicon lexicon = io.contraflow.analysis.nlp.Lexicon.english();
    for (String w : owner.strip().replaceFirst("(?i)^the\\s+", "").split("\\s+")) {
      if (HEAD_ENDS.contains(w) || w.equals("by") || w.equals("against")) break;
      if (w.isEmpty() || !w.equals(w.toLowerCase(java.util.Locale.ROOT)) || w.startsWith("@")) return false;
      if (lexicon.isGroup(w) || lexicon.isOrganisationNoun(w) || lexicon.isTitle(w) || lexicon.isRelation(w)) return false;
    }
    return true;
  }

  private static final Set<String> HEAD_ENDS = Set.of("of", "about", "on", "over", "in", "from", "for", "against", "at", "that", "who");

  private static final Set<String> PEOPLE = Set.of("widow", "wife", "husband", "mother", "father", "family", "families",
      "officials", "official", "investigators", "prosecutors", "critics", "lawyers", "lawyer", "media", "activists", "experts",
      "journalists", "residents", "witnesses", "relatives", "aides", "allies", "opposition", "government", "governments",
      "authorities", "ministry", "army", "military", "court", "judges", "monitors", "observers", "researchers", "scientists",
      "analysts", "doctors", "survivors", "victims", "union", "unions", "group", "groups", "campaigners", "organisation",
      "organization", "organisations", "organizations", "company", "firm", "board", "agency", "watchdog", "association",
      "council", "party", "parties", "service", "services");

  private static String firstWords(String s, int n) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) && (i == 0 || !Character.isWhitespace(s.charAt(i - 1))) && ++count >= n) {
        return s.substring(0, i);
      }
    }
    return s;
  }
}
