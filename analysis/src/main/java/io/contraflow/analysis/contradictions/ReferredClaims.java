package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rejection that names no owner refers back to in its own article: "this is completely incorrect" the claim
 * just before, "rejected the findings" the report told of just before, "considers the accusations mistaken" the
 * latest accusation another party made. The {@link RejectionDetector} sets the rejecter against that claim's party.
 */
final class ReferredClaims {
  private ReferredClaims() {}

  /** How many sentences back a pronoun's rejection ("this is false") can reach for what it rejects. */
  static final int ANAPHORA_SENTENCES = 2;

  /** A rejection without an owner that names what it rejects by a pronoun only ("this is completely incorrect"). */
  static boolean anaphoric(Stance r) {
    return r.target().owner() == null && (TargetReader.anaphoric(r.claim().content()) || TargetReader.pointer(r.claim().content()));
  }

  /** What an anaphoric rejection rejects: the claim just before it, or none. */
  static List<Claim> anaphoricOwner(EventStances event, Stance r) {
    Claim before = justBefore(event, r, false);
    return before == null ? List.of() : List.of(before);
  }

  /**
   * "(said) it rejected the charges", "(said in an email) it considers the accusations mistaken", 'it "refutes" the
   * charges': the speaker's own rejection or label, told as what it said.
   */
  // ('"The government of Norland completely rejects the assessment in the report"': the speaker named in its own quote.)
  private static final String OWN_REJECTION = "(?:(?:it|they|we|he|she|the\\s+(?:government|ministry|kingdom|state)(?:\\s+of(?:\\s+the)?(?:\\s+[\\p{L}]+){1,4})?)"
      // ("the ministry cannot accept that this report ...": a verb of up to three words, and its "that".)
      + "\\s+(?:\\w+ly\\s+)?(?:[\"“'‘]?[\\p{Ll}]+[\"”'’]?\\s+){1,3}?(?:that\\s+)?)?";

  /** "rejected the findings", "dismissed the review": a report named by a definite noun alone, no owner. */
  private static final Pattern DEFINITE_REPORT = Pattern.compile("(?i)^\\W*" + OWN_REJECTION + "(?:the|these|those|that|this|its|their)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?"
      + "(?:findings|reports?|reviews?|conclusions?|investigations?|inquiry|probe|study|assessments?)\\b");
  /** "the assessment in the report", "the conclusions of the inquiry". */
  private static final Pattern IN_A_REPORT = Pattern.compile("(?i)\\b(?:in|of)\\s+(?:the|that|this|its)\\s+(?:report|review|investigation|inquiry|study)\\b");
  /** A claim that tells of a report or what it found. */
  private static final Pattern TELLS_OF_REPORT = Pattern.compile("(?i)\\b(?:findings?|found|report|review|investigation|inquiry|probe|"
      + "study|assessment|concluded|determined)\\b");

  /** "denied such claims", "rejected these allegations": what someone said, pointed at, no owner named. */
  // ("disputed the group's version of events": an owner named by a common noun is the one just spoken of.)
  // ("His accusations are false": the accusations of the one just spoken of.)
  private static final Pattern POINTED_STATEMENT = Pattern.compile("(?i)^\\W*" + OWN_REJECTION + "(?:such|these|those|this|that|the|his|her|their)\\s+"
      + "(?:[\\p{Ll}]+['’]s?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
      + "(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?|insinuations?|imputations?|reports?|statements?|version|account|"
      + "narrative|" + TargetReader.FIGURE_NOUNS + ")\\b");
  /** "denied that claim": the content is the noun alone once the reading took "that" for a conjunction. */
  private static final Pattern BARE_STATEMENT = Pattern.compile("(?i)^\\W*(?:claims?|allegations?|accusations?|charges?|assertions?|"
      + "suggestions?|reports?|statements?|account)\\W*$");
  private static final Pattern POINTED_FIGURES = Pattern.compile("(?i)^\\W*" + OWN_REJECTION + "(?:such|these|those|this|that|the)\\s+"
      + "(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + TargetReader.FIGURE_NOUNS + ")\\b");

  static boolean definiteReport(Stance r) {
    // ("the assessment in the report": a statement noun read in a report is the report's.)
    return r.target().owner() == null && (r.target().kind() == TargetReader.Kind.REPORT || IN_A_REPORT.matcher(r.claim().content()).find())
        && DEFINITE_REPORT.matcher(r.claim().content()).lookingAt();
  }

  static boolean pointedStatement(Stance r) {
    return r.target().owner() == null && r.target().kind() == TargetReader.Kind.STATEMENT
        && (POINTED_STATEMENT.matcher(r.claim().content()).lookingAt() || BARE_STATEMENT.matcher(r.claim().content()).matches());
  }

  /**
   * What a rejection that names no owner refers back to in its article: for a report ("a health official rejected
   * the findings", "rejected the team's findings"), the closest claim of another party that tells of a report or its
   * findings ("the military said a review found P"), or of investigators ("a team of investigators accused X"), whether
   * it affirms or denies; for a statement pointed at ("the police denied such claims"), the
   * closest assertion of another party. Null when the article told of none.
   */
  static Claim reportReferred(EventStances event, Stance r) {
    if (definiteReport(r)) {
      Claim near = justBefore(event, r, true);
      if (near == null) near = earlierBefore(event, r, s -> "report".equals(s.claim().cue()));
      return near != null ? near : toldInAReport(event, r);
    }
    if (!pointedStatement(r)) return null;
    // "the navy contests those numbers": someone's count, the latest told before it.
    if (POINTED_FIGURES.matcher(r.claim().content()).lookingAt()) return earlierBefore(event, r, s -> !s.claim().quantities().isEmpty());
    Claim near = justBefore(event, r, false);
    return near != null ? near : earlierBefore(event, r, s -> ACCUSES.matcher(s.claim().content() + " " + s.claim().cue()).find());
  }

  /** What accuses someone: blame, charges, a crime, a fault or a cause laid at someone's door. */
  private static final Pattern ACCUSES = Pattern.compile("(?i)\\b(?:accus\\w*|charg\\w*|blam\\w*|responsib\\w*|homicide|murder\\w*|"
      + "negligen\\w*|guilty|fault|crimes?|criminal|result of|caused|to blame)\\b");
  /** How far back "the accusations" or "the report" may reach when no other named party spoke just before. */
  static final int EARLIER_SENTENCES = 6;

  /**
   * "Police said the failure was the result of the company's haste and that they will seek homicide charges. [Two
   * sentences on the charges.] The company said it considers the accusations mistaken": with no other named party's
   * claim just before, the latest accusation another named party made a few sentences back. So for "denied the
   * report" after a broadcaster "reported" P and two sentences of what "the report" and "it" further said.
   */
  private static Claim earlierBefore(EventStances event, Stance r, java.util.function.Predicate<Stance> kind) {
    Claim c = r.claim();
    Stance best = null;
    for (Stance s : event.stances) {
      Claim o = s.claim();
      if (s.act() != Stance.Act.ASSERT || !o.articleId().equals(c.articleId()) || EventStances.sameSide(s.party(), r.party())) continue;
      if (o.charStart() >= c.charStart() || o.sentenceIndex() < c.sentenceIndex() - EARLIER_SENTENCES) continue;
      if (!s.party().isNamed() || s.party().isOutlet() || !kind.test(s)) continue;
      if (best == null || o.charStart() > best.claim().charStart()) best = s;
    }
    return best == null ? null : best.claim();
  }

  /** "said on Friday in its final report", "according to a report by": the sentence tells of a report the speaker issued. */
  private static final Pattern SAID_IN_A_REPORT = Pattern.compile("(?i)\\b(?:in|with)\\s+(?:a|an|its|their|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:report|study|review|assessment)\\b|\\b(?:released|published|issued|presented)\\s+(?:a|an|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:report|study|review|assessment)\\b");

  /**
   * "The watchdog said on Friday in its final report that P. [Eight sentences on the report.] Norland rejected the
   * report": when no claim close by tells of it, the report is the one a named party was said to issue earlier in the
   * article, the latest such before the rejection, however far back.
   */
  private static Claim toldInAReport(EventStances event, Stance r) {
    Claim c = r.claim();
    Stance best = null;
    for (Stance s : event.stances) {
      Claim o = s.claim();
      if (s.act() != Stance.Act.ASSERT || !o.articleId().equals(c.articleId()) || o.charStart() >= c.charStart()) continue;
      if (!s.party().isNamed() || s.party().isOutlet() || EventStances.sameSide(s.party(), r.party())) continue;
      if (o.sentence() == null || !SAID_IN_A_REPORT.matcher(o.sentence()).find()) continue;
      if (best == null || o.charStart() > best.claim().charStart()) best = s;
    }
    return best == null ? null : best.claim();
  }

  /** The closest assertion (or, for a report, finding) by another party before the rejection, within {@link #ANAPHORA_SENTENCES} sentences. */
  private static Claim justBefore(EventStances event, Stance r, boolean report) {
    Claim c = r.claim();
    Stance best = null;
    for (Stance s : event.stances) {
      Claim o = s.claim();
      boolean candidate = report ? (s.act() == Stance.Act.ASSERT || s.act() == Stance.Act.DENY)
          // ("Iran's Press TV reported P. Officials denied the report": what a party reported is its report.)
          && (o.claimantType() == ClaimantType.REPORT || "report".equals(o.cue()) || TELLS_OF_REPORT.matcher(o.content()).find()
              || RejectionDetector.INVESTIGATORS.matcher(String.join(" ", s.party().names())).find())
          // ("The paper reported that the ferry never held a drill. The operator refuted the claims": a negative told as fact.)
          : s.act() == Stance.Act.ASSERT || s.act() == Stance.Act.DENY && !StanceReader.REJECTING_CUES.contains(o.cue());
      if (!candidate || !o.articleId().equals(c.articleId()) || EventStances.sameSide(s.party(), r.party())) continue;
      if (o.sentenceIndex() > c.sentenceIndex() || o.sentenceIndex() < c.sentenceIndex() - ANAPHORA_SENTENCES || o.charStart() >= c.charStart()) continue;
      // ("The Vell Times reported that P. The airline refuted the claims": an outlet that broke the story owns it.)
      if (!s.party().isNamed() || s.party().isOutlet() && !"report".equals(o.cue())) continue;
      if (best == null || o.charStart() > best.claim().charStart()) best = s;
    }
    return best == null ? null : best.claim();
  }

  /** "the court's conclusion", "the panel's findings": a body named by its common noun owns what is rejected. */
  private static final Pattern BODY_POSSESSIVE = Pattern.compile("(?i)^\\W*(?:the|its)\\s+(court|tribunal|panel|inquiry|commission|committee|"
      + "mission|board|investigators|judges|coroner|prosecutors?)['’]s?\\s");

  /** The body whose possession a rejected thing is named as ("the court"), or null. */
  static String bodyOwning(String content) {
    java.util.regex.Matcher m = BODY_POSSESSIVE.matcher(content);
    return m.find() ? "the " + m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }
}
