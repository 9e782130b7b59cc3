package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The wall met every industry standard" against "such a wall was unlawful and should never have been built": whether
 * what failed (a structure, a refurbishment, an inspection regime, a crew's procedure) kept to the rules. One named
 * party says it complied, met the standards, was legal or passed its inspections; another that it broke the rules,
 * failed to comply, was banned or unlawful, or should never have been there. Disasters are argued over this more
 * than over any other judgement: the operator and the regulator on one side, experts, victims and later inquiries on
 * the other.
 */
final class ComplianceDetector implements Detector {
  static final String QUESTION = "compliance";
  private static final String RULES = "(?:standards?|regulations?|rules?|requirements?|codes?|norms|guidelines|procedures|protocols|"
      + "laws?|specifications|permits?)";
  /** "met all required safety standards", "adhered to the relevant regulations", "was built according to the code". */
  private static final Pattern KEPT = Pattern.compile("(?i)\\b(?:met|meets|meet|meeting|satisf(?:y|ied|ies)|fulfill?(?:ed|s)?|"
      + "compl(?:ied|y|ies|ying) with|adhered to|adheres to|adhere to|conformed to|conforms to|conform to|in line with|"
      + "in accordance with|in compliance with|(?:built|installed|designed|constructed|operated|done|carried out|placed) according to|"
      + "followed|follows|follow|up to)\\s+(?:[\\w,-]+\\s+){0,6}?" + RULES + "\\b"
      + "|\\b(?:passed|passes|pass)\\s+(?:[\\w-]+\\s+){0,4}?(?:inspections?|checks|audits?|safety tests?)\\b"
      + "|\\b(?:was|were|is|are|had been|has been)\\s+(?:fully\\s+|entirely\\s+|perfectly\\s+)?(?:legal|lawful|compliant|certified)\\b");
  /** "did not meet", "failed to comply with", "never followed": a kept rule negated just before. */
  private static final Pattern NOT_BEFORE = Pattern.compile("(?i)(?:\\bnot|\\bnever|n['’]t|\\bfailed to|\\bfailing to|\\bfails to|\\bfail to)"
      + "\\s+(?!(?:merely|only|just|simply)\\b)(?:\\w+\\s+){0,2}$");
  private static final Pattern NOT_MERELY = Pattern.compile("(?i)\\s+(?:merely|only|just|simply)\\b");
  /** "is to be banned", "will be banned": a rule to come, which says nothing of the rules then. */
  private static final Pattern RULE_TO_COME = Pattern.compile("(?i)\\b(?:to be|will be|would be|could be|should be|be)\\s+(?:\\w+ly\\s+)?$");
  /** The rules' own words, which every claim of the question shares. */
  private static final Pattern RULE_WORDS = Pattern.compile("(?i)^(?:standard|regulation|rule|requirement|code|norm|guideline|procedure|"
      + "protocol|law|specification|permit|legal|lawful|unlawful|illegal|banned|prohibited|compliant|comply|complied|met|meet|safety)");
  /** "violated safety rules", "was unlawful under existing regulations", "should never have been used". */
  private static final Pattern BROKEN = Pattern.compile("(?i)\\b(?:violat\\w+|breach\\w*|broke|breaking|flout\\w*|contraven\\w+|"
      + "circumvent\\w*|disregard\\w*)\\s+(?:[\\w,-]+\\s+){0,5}?" + RULES + "\\b"
      + "|\\b(?:unlawful|illegal|illegally|non-compliant|noncompliant|banned|prohibited|substandard|sub-standard)\\b"
      + "|\\bshould (?:never|not) have been (?:used|installed|built|there|allowed|approved|fitted|placed|erected|permitted)\\b"
      + "|\\bshould (?:never|not) (?:be|have been) there\\b");

  /** Which way a claim answers the question, if it does. */
  enum Position { KEPT, BROKEN }

  @Override
  public String name() {
    return "compliance";
  }

  /** The stances this detector reads: a named party saying the rules were kept or broken. */
  static boolean relevant(Stance s) {
    return positionOf(s) != null;
  }

  /** What a named party's stance says of the rules; null for any other stance. */
  private static Position positionOf(Stance s) {
    Claim c = s.claim();
    if (!s.party().isNamed() || s.party().isOutlet() || s.party().key().startsWith(Party.OTHER)
        || c.modality() == Modality.QUESTIONED || s.act() == Stance.Act.REJECT) return null;
    return position(c);
  }

  /** What the claim says of the rules, read from its content; a denying cue turns it round ("denied the wall was illegal"). */
  static Position position(Claim c) {
    String content = c.content();
    if (content == null) return null;
    Position p = read(content);
    if (p != null && Lexicon.DENIAL_CUES.contains(c.cue())) p = p == Position.KEPT ? Position.BROKEN : Position.KEPT;
    return p;
  }

  static Position read(String content) {
    Matcher broken = BROKEN.matcher(content);
    if (broken.find()) {
      String before = content.substring(0, broken.start());
      if (RULE_TO_COME.matcher(before).find()) return null;
      // "did not violate any rule" keeps the rules; "not banned merely in Europe but here too" bans it all the more.
      boolean onlyMore = NOT_MERELY.matcher(content.substring(broken.end())).lookingAt();
      return NOT_BEFORE.matcher(before).find() && !onlyMore ? Position.KEPT : Position.BROKEN;
    }
    // ("did not meet the standards" breaks them.)
    Matcher kept = KEPT.matcher(content);
    if (!kept.find()) return null;
    return NOT_BEFORE.matcher(content.substring(0, kept.start())).find() ? Position.BROKEN : Position.KEPT;
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, List<Claim>> kept = new LinkedHashMap<>();
    Map<String, List<Claim>> broken = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      Position p = positionOf(s);
      if (p == null) continue;
      parties.putIfAbsent(s.party().key(), s.party());
      (p == Position.KEPT ? kept : broken).computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(s.claim());
    }
    List<Candidate> out = new ArrayList<>();
    for (var k : kept.entrySet()) {
      Party a = parties.get(k.getKey());
      for (var b : broken.entrySet()) {
        Party p = parties.get(b.getKey());
        if (EventStances.sameSide(a, p)) continue;
        List<Claim> keptClaims = new ArrayList<>();
        List<Claim> brokenClaims = new ArrayList<>();
        for (Claim x : k.getValue()) {
          for (Claim y : b.getValue()) {
            if (!aboutOneThing(event, x, y)) continue;
            keptClaims = Candidate.adding(keptClaims, x);
            brokenClaims = Candidate.adding(brokenClaims, y);
          }
        }
        if (keptClaims.isEmpty()) continue;
        out.add(new Candidate(QUESTION, true, ContradictionKind.ATTRIBUTED_DISAGREEMENT, "whether the rules were kept", a,
            "kept to the rules", keptClaims, p, "broke the rules", brokenClaims, 0.7, Severity.MEDIUM,
            a.label() + " says " + Contents.clip(keptClaims.get(0).content(), 120) + "; " + p.label() + " says "
                + Contents.clip(brokenClaims.get(0).content(), 120) + ".", name()));
      }
    }
    return out;
  }

  /**
   * The two claims name something in common besides the rules ("the localizer", "the cladding", "building"): "the
   * wall met the standards" and "the pilots broke procedure" judge two things.
   */
  private static boolean aboutOneThing(EventStances event, Claim x, Claim y) {
    java.util.Set<String> other = event.words(y.content());
    for (String w : event.words(x.content())) if (other.contains(w) && !RULE_WORDS.matcher(w).find()) return true;
    return false;
  }
}
