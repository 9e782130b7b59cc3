package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads each claim of an event into a {@link Stance}, with the event's one {@link PartyResolver}. */
final class StanceReader {
  /** Cues whose object is rejected, beyond the denial cues: "denounced the ruling", "condemned the verdict". */
  static final Set<String> REJECTING_CUES = Set.of("reject", "dismiss", "refute", "dispute", "deny", "denounce",
      "condemn", "slam", "debunk", "contest", "challenge", "rebut", "mock", "ridicule", "deride");
  /** Cues that label what follows: "called the accusations unfounded", "described the report as biased". */
  // (A speaker's own quoted words label as well as "said" does: '"These accusations are false," he said'.)
  private static final Set<String> LABELLING_CUES = Set.of("call", "describe", "label", "brand", "term", "say", "quote", "state", "insist",
      "add", "tell", "argue", "write", "note", "claim", "stress", "assert", "maintain",
      // "accused the mission of bias": a charge of partiality against a finding's author labels the finding.
      "accuse");
  /** What a rejection calls the thing it rejects. */
  static final Pattern REJECTION_WORDS = Pattern.compile("(?i)\\b(baseless|unfounded|false|falsehoods?|lies|lie|lying|fakes?|hoax|"
      + "staged|fabricat\\w+|provocation|biased|scandalous|absurd|nonsense|politically motivated|groundless|vulgar|slander\\w*|"
      + "propaganda|disinformation|not true|untrue|unacceptable|null and void|illegitimate|invalid|flawed|forgery|forged|"
      + "doctored|no basis|lacks? (?:any )?basis|without basis|unsubstantiated|preposterous|ridiculous|rubbish|inaccurate|incorrect|"
      + "erroneous|misleading|mistaken(?!\\s+identity)|wrong|unjustified|without merit|no merit|one-sided|riddled with|inaccuracies|bias|partiality|partisan|"
      // ("called the inquiry's conclusions fairy tales", "termed the paper misinformed")
      + "fairy[- ]?tales?|fiction|fictitious|fantasy|fantasies|fallacious|misinformed|speculative|concocted|far-fetched|"
      + "lack(?:s|ing)?\\s+(?:of\\s+|any\\s+)?(?:independence|impartiality|objectivity|neutrality|credibility))\\b");

  private final PartyResolver parties;

  StanceReader(PartyResolver parties) {
    this.parties = parties;
  }

  /**
   * A rejecting verb inside a content: "by flatly denying Russia's claims", "it strongly rejected accusations from";
   * so "contrary to the group's claims".
   */
  /** ("they were denied access to the report": refused something, not denying it.) */
  private static final Pattern REJECTING_VERB = Pattern.compile("(?i)\\b(?:rejected|rejects|rejecting|reject|(?<!\\b(?:was|were|been|being|is|are|be|got|get)\\s)denied|denies|denying|"
      + "dismissed|dismisses|dismissing|refuted|refutes|refuting|disputed|disputes|disputing|denounced|denounces|denouncing|"
      + "condemned|condemns|slammed|slams|debunked|debunking|debunks|contested|rebuffed|disagree(?:s|d|ing)?\\s+with|contrary\\s+to|in\\s+contradiction\\s+(?:to|with)|"
      // ("does not accept claims by X that P", "refused to accept the findings")
      + "(?:(?:do|does|did|would|will|can|could)(?:n['’]t|\\s+not)|cannot|refus(?:e|es|ed|ing)\\s+to)\\s+accept)\\s+(?:as\\s+\\S+\\s+)?");
  /**
   * 'as "scandalous"' between a rejecting verb and its object ("rejected as 'scandalous' the sentences"), perhaps two
   * labels ("as 'fictitious' and 'biased'") or a quoted noun ("described as 'a pack of lies', the commission's report"):
   * put on the rejected thing before it is named.
   */
  private static final Pattern AS_LABEL = Pattern.compile("(?i)^as\\s+(?:(?:a|an)\\s+(?=[\"“'‘]))?(?:[\"“'‘][^\"”'’]{1,40}[\"”'’]|\\w+)"
      + "(?:,?\\s+(?:and|or)\\s+(?:[\"“'‘][^\"”'’]{1,40}[\"”'’]|\\w+))?,?\\s+");

  /** A sentence's end before a capital, not an abbreviation's point ("on Sept. 3 and Sept. 4 were untrue"); a semicolon. */
  private static final Pattern SENTENCE_STOP = Pattern.compile("(?<!\\b\\p{Lu}\\p{Ll}{0,3})[.!?](?=\\s+[\\p{Lu}\"“‘'])|;");

  /** Where the clause about the rejected thing ends: "the report is important because it refutes lies" is no label. */
  // ("contained nothing but false claims": "nothing but" is "only", no clause of its own.)
  // ("made the right decision in the face of an illegitimate war": what the phrase after the noun brings in is another thing.)
  private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(because|which|that|who|while|whereas|(?<!\\bnothing\\s|\\ball\\s)but|although|since|after|as it"
      + "|in the face of|in response to|despite|amid)\\b");

  private static boolean namesSpeaker(String owner, String claimant) {
    if (claimant == null) return false;
    String o = owner.toLowerCase(java.util.Locale.ROOT);
    String speaker = claimant.toLowerCase(java.util.Locale.ROOT);
    return speaker.equals(o) || speaker.endsWith(" " + o);
  }

  /** The content's last words after its last "were", "was", "are", "is" or "shown to be", at most three of them; else "". */
  private static String completingPredicate(String rest) {
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    int at = -1, verbLength = 0;
    for (String verb : COMPLETING_VERBS) {
      int i = lower.lastIndexOf(verb);
      if (i > at) {
        at = i;
        verbLength = verb.length();
      }
    }
    if (at < 0) return "";
    String tail = rest.substring(at + verbLength).strip();
    return tail.split("\\s+").length <= 3 ? tail : "";
  }

  private static final java.util.List<String> COMPLETING_VERBS = java.util.List.of(" were ", " was ", " are ", " is ", " shown to be ",
      " proven to be ", " proved to be ", " found to be ");
  /** " made by the opposition that", " by three parties that": who made the claims, before what they claimed. */
  private static final Pattern MADE_BY_THAT = Pattern.compile("(?i)\\s+(?:made\\s+|levelled\\s+|leveled\\s+|raised\\s+)?by\\s+[^,.;]{1,60}?\\s+that\\s");

  /** A rejection word in the rejected thing's own clause: "the report is biased", "accusations 'unfounded'". */
  private static boolean labelsTarget(String content, TargetReader.Target target) {
    int at = content.toLowerCase(java.util.Locale.ROOT).indexOf(target.noun().toLowerCase(java.util.Locale.ROOT));
    if (at < 0) return false;
    String rest = content.substring(at + target.noun().length());
    // "accusations that its police left the migrants without help were false": the noun's that-clause, then the noun's own verb.
    // ("claims made by the opposition that it had hindered the inquiry had been shown to be false": the maker, then the same.)
    if ((rest.startsWith(" that ") || MADE_BY_THAT.matcher(rest).lookingAt()) && REJECTION_WORDS.matcher(completingPredicate(rest)).find()) return true;
    var end = SUBORDINATE.matcher(rest);
    if (end.find()) rest = rest.substring(0, end.start());
    // (Within its own sentence: "An inquiry is open. It is wrong to speculate" labels no inquiry.)
    var stop = SENTENCE_STOP.matcher(rest);
    if (stop.find()) rest = rest.substring(0, stop.start());
    return REJECTION_WORDS.matcher(rest).find();
  }

  /** What a claim does, apart from who it is by: it depends on the claim alone, so it is read once per claim. */
  private record Reading(Stance.Act act, TargetReader.Target target, List<CauseReader.Reading> causes) {}

  /** The parts of a claim the reading depends on (claim ids are unique, the rest guards against a reused id). */
  private record ReadingKey(String id, String content, String cue, Polarity polarity, String predicate) {}

  /**
   * Readings of the claims this thread has seen, least recently used dropped first: detection reads an event's claims
   * again on every article, and the regular expressions were a fifth of its time at 2,000 claims. Per thread, because
   * one detector serves every stream thread.
   */
  private static final int READINGS_KEPT = 20_000;
  private static final ThreadLocal<Map<ReadingKey, Reading>> READINGS = ThreadLocal.withInitial(() ->
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReadingKey, Reading> eldest) {
          return size() > READINGS_KEPT;
        }
      });

  Stance read(Claim c) {
    ReadingKey key = new ReadingKey(c.id(), c.content(), c.cue(), c.polarity(), c.predicate());
    Reading r = READINGS.get().computeIfAbsent(key, k -> reading(c));
    return new Stance(c, parties.ofStated(c), r.act(), r.target(), r.causes());
  }

  private static Reading reading(Claim c) {
    String cue = c.cue() == null ? "" : c.cue();
    Matcher asLabel = AS_LABEL.matcher(c.content());
    String label = asLabel.lookingAt() ? asLabel.group() : "";
    String content = asLabel.replaceFirst("");
    TargetReader.Target target = TargetReader.read(content);
    // "denounced errors in the official results announced by X", "said there were irregularities in X's count": flaws
    // found in what X put out reject it, whatever verb tells of them.
    TargetReader.Target flawed = FlawsFound.in(content);
    if (flawed != null) target = flawed;
    // "denounced the claims" rejects them; "denounced the attack as a war crime" denies nothing that happened.
    boolean rejecting = (REJECTING_CUES.contains(cue) && (target != null || !Lexicon.CONDEMNING_CUES.contains(cue))) || Lexicon.DENIAL_CUES.contains(cue);
    if (target == null || !rejecting) {
      // "said it strongly rejected accusations from five European countries", "responded by flatly denying Russia's
      // claims": a rejection inside the content is the speaker's own.
      var inner = REJECTING_VERB.matcher(content);
      while (inner.find()) {
        TargetReader.Target t = TargetReader.read(content.substring(inner.end()));
        if (t != null) {
          target = t;
          rejecting = true;
          break;
        }
      }
    }
    // "regretted the inaccurate reporting by the Vell Times": someone's statement called false in passing.
    boolean labelledInPassing = false;
    if (!rejecting && (target == null || target.owner() == null || !labelsTarget(content, target))) {
      TargetReader.Target labelled = TargetReader.labelledFalse(content);
      if (labelled != null) {
        target = labelled;
        labelledInPassing = true;
      }
    }
    // "Trump disputed the death toll": content that opens with its own speaker names no owner of what is rejected.
    if (target != null && target.owner() != null && namesSpeaker(target.owner(), c.claimant())) {
      target = new TargetReader.Target(target.kind(), target.noun(), null, null);
    }
    boolean labelsFalse = labelledInPassing || flawed != null || LABELLING_CUES.contains(cue) && target != null
        && (labelsTarget(content, target) || REJECTION_WORDS.matcher(label).find())
        || target != null && TargetReader.wrongInSaying(content)
        || target != null && target.kind() == TargetReader.Kind.REPORT && TargetReader.provesNothing(content);
    // "said this is completely incorrect": a rejection of the claim reported just before, named by a pronoun.
    if (target == null && (TargetReader.anaphoric(content) || rejecting && TargetReader.pointer(content))) {
      target = new TargetReader.Target(TargetReader.Kind.STATEMENT, "account", null, null);
      labelsFalse = true;
    }
    // "adding that the count was exaggerated": a count told before, called false.
    if ((target == null || target.owner() == null) && TargetReader.figuresCalledFalse(content)) {
      target = new TargetReader.Target(TargetReader.Kind.STATEMENT, "figures", null, null);
      labelsFalse = true;
    }
    Stance.Act act;
    if (target != null && (rejecting || labelsFalse)) act = Stance.Act.REJECT;
    // ("P did not happen, a claim the group disputes": the sieve read the group's dispute of a denial as affirming P.)
    else if (rejecting && target == null && c.polarity() == Polarity.AFFIRMED && Lexicon.DENIAL_CUES.contains(cue)
        && io.contraflow.analysis.nlp.attribution.Assertion.negated(content)) act = Stance.Act.ASSERT;
    else if (c.polarity() == Polarity.DENIED || rejecting) act = Stance.Act.DENY;
    else act = Stance.Act.ASSERT;
    // A rejection's content is what the rejecter says is wrong: its causes are ruled out.
    boolean denied = act == Stance.Act.REJECT || act == Stance.Act.DENY && c.polarity() == Polarity.DENIED;
    // Denying doing it ("denied murdering him", "rejected accusations of an act of terrorism") disputes who did it, not
    // how it came about: only the manner ("denied deliberately targeting") is ruled out.
    // So does rejecting an accusation: what is rejected is the blame ("rejected accusations of murder").
    // A rejected report ("denounced as fictitious a UN report that said soldiers executed 500 people") is not an
    // accusation answered: what the report says happened is what is denied.
    boolean rejectsReport = act == Stance.Act.REJECT && target.kind() == TargetReader.Kind.REPORT;
    boolean deniesAgency = denied && !rejectsReport && ("responsible".equals(c.predicate()) || act == Stance.Act.REJECT);
    return new Reading(act, act == Stance.Act.REJECT ? target : null, List.copyOf(CauseReader.read(c.content(), denied, deniesAgency)));
  }
}
