package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.InternationalBodies;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether two figures that only one report gives are set against each other there. A report that gives one party's
 * toll and then another's mostly tells how the count grew through the day ("police first said 21 ... hospital
 * officials later put it at 38"), or breaks a total down by place; it presents a dispute in so many words: "but",
 * "however", "rather than", "contradicting", "far higher than", "insisted that only", "the real toll". Figures from two
 * reports need no such words: their outlets could not see each other's.
 */
final class OneReportFigures {
  /** Words with which a report sets one figure against another. */
  private static final Pattern SET_AGAINST = Pattern.compile("(?i)\\b(?:but|however|whereas|while|although|though|yet|"
      + "rather\\s+than|instead\\s+of|in\\s+contrast|contrary|contradict\\w*|disput\\w*|disagree\\w*|differ\\w*|discrepanc\\w*|"
      + "conflicting|at\\s+odds|challeng\\w*|reject\\w*|den(?:y|ied|ies|ial)|(?:higher|lower|more|fewer|less)\\s+than|"
      + "more\\s+likely|underestimat\\w*|overestimat\\w*|inflat\\w*|exaggerat\\w*|played\\s+down|downplay\\w*|"
      + "(?:put|puts|putting)\\s+the\\s+(?:toll|figure|number)|independent\\w*|own\\s+(?:count|tally|figure)|only|insist\\w*|"
      // ("Officially, the ministry has acknowledged no deaths": the official figure set against the others.)
      + "officially|unofficial\\w*|"
      + HeldFigures.REAL_FIGURE + ")\\b");

  /** A count of one town or camp ("in the town", "in Kesta alone"). */
  private static final Pattern PART = Pattern.compile("(?i)\\bin\\s+(?:the|this|that)\\s+(?:town|city|village|district|camp|neighbou?rhood)\\b|"
      + "\\b\\p{Lu}[\\p{L}-]+\\s+alone\\b");
  /** A count of a whole area ("in the territory", "across the region", "in total"). */
  private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:territor(?:y|ies)|region|province|country|nationwide|in\\s+total|"
      + "overall|altogether|across\\s+the|whole|entire)\\b");

  /**
   * Who counts against the state rather than with it: rights groups and monitors, the opposition, activists,
   * witnesses and survivors, the victims' families and lawyers.
   */
  private static final Pattern WATCHDOG = Pattern.compile("(?i)\\b(?:rights|watch|monitors?|observatory|opposition|"
      + "activists?|campaigners?|advocates?|witness(?:es)?|eyewitness(?:es)?|residents?|survivors?|relatives?|famil(?:y|ies)|lawyers?)\\b");

  /** Who speaks for the state when the claimant's type does not say so: "the government", "officials", "the police". */
  private static final Pattern STATE = Pattern.compile("(?i)\\b(?:government|authorities|officials?|ministry|police|army|military|"
      + "prosecutors?|president|governor|ministers?|judiciary|navy|coast\\s+guard|border\\s+guards?|armed\\s+forces)\\b");

  /**
   * Whether the claim speaks for the state: its claimant's type says so, or its name does ("the judiciary", "police"),
   * or a named holder's office and country do ("South African minister Ana Berg").
   */
  static boolean speaksForState(Claim c) {
    return c.claimantType() == ClaimantType.GOVERNMENT || c.claimant() != null && STATE.matcher(c.claimant()).find()
        || c.claimantType() == ClaimantType.PERSON && c.affiliation() != null && c.claimantRole() != null && STATE.matcher(c.claimantRole()).find();
  }

  private OneReportFigures() {}

  private static boolean scoped(Claim c, Pattern scope) {
    return c.content() != null && scope.matcher(c.content()).find();
  }

  /** True when every claim of both sides is from one report. */
  static boolean oneReport(List<Claim> sideA, List<Claim> sideB) {
    String article = sideA.get(0).articleId();
    for (Claim c : sideA) if (!c.articleId().equals(article)) return false;
    for (Claim c : sideB) if (!c.articleId().equals(article)) return false;
    return true;
  }

  /**
   * True when a sentence of either side sets its figure against another in words, or one sentence gives both ("a
   * coastguard chief said 30 were killed and a ministry official said 55"): side by side, they are two accounts.
   */
  static boolean setAgainst(List<Claim> sideA, List<Claim> sideB) {
    for (Claim a : sideA) for (Claim b : sideB) if (a.sentenceIndex() == b.sentenceIndex()) return true;
    // "59 drowned in the territory it holds" and "200 died in the town": a part's count above the whole's cannot both be
    // right, however plainly the report puts them side by side ({@code sideB} holds the higher figure).
    for (Claim a : sideA) for (Claim b : sideB) if (scoped(a, WHOLE) && scoped(b, PART) && !scoped(b, WHOLE)) return true;
    // ("The ministry counts 64 dead. Monitors put the toll as high as 300": a state's toll and its critics' are two
    // accounts, plainly put side by side; the state's own offices counting on through a day are not.)
    if (stateAgainstWatchdog(sideA, sideB) || stateAgainstWatchdog(sideB, sideA)) return true;
    // ("The opposition said over 300 were killed. The UN said 12 lost their lives": a body of states counts apart from
    // a party that does not speak for the state.)
    if (bodyOfStatesAgainstParty(sideA, sideB) || bodyOfStatesAgainstParty(sideB, sideA)) return true;
    // ("The Norland navy said six of its sailors were hurt. Ostria said three were": two states' accounts of a clash
    // between them, not one office counting on.)
    if (twoStates(sideA, sideB)) return true;
    for (List<Claim> side : List.of(sideA, sideB)) {
      for (Claim c : side) {
        String sentence = c.sentence() != null ? c.sentence() : c.content();
        if (sentence != null && SET_AGAINST.matcher(sentence).find()) return true;
      }
    }
    return false;
  }

  private static boolean twoStates(List<Claim> sideA, List<Claim> sideB) {
    java.util.Set<String> a = new java.util.HashSet<>();
    for (Claim c : sideA) {
      if (!speaksForState(c) || c.affiliation() == null) return false;
      a.add(c.affiliation());
    }
    for (Claim c : sideB) if (!speaksForState(c) || c.affiliation() == null || a.contains(c.affiliation())) return false;
    return true;
  }

  private static boolean bodyOfStatesAgainstParty(List<Claim> bodies, List<Claim> parties) {
    for (Claim c : bodies) if (c.claimant() == null || !InternationalBodies.contains(c.claimant())) return false;
    for (Claim c : parties) {
      if (c.claimant() == null || c.claimantType() == ClaimantType.OUTLET || speaksForState(c) || InternationalBodies.contains(c.claimant())) return false;
    }
    return true;
  }

  private static boolean stateAgainstWatchdog(List<Claim> state, List<Claim> watchdogs) {
    for (Claim c : state) if (!speaksForState(c)) return false;
    for (Claim c : watchdogs) if (c.claimantType() == ClaimantType.GOVERNMENT || c.claimant() == null || !WATCHDOG.matcher(c.claimant()).find()) return false;
    return true;
  }
}
