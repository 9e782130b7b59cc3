package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News sets the two sides of a dispute against each other in one sentence: "the Palestinians accuse Israel, while
 * Israel says militants likely killed her"; "the Russian military said the town was under Ukrainian control, whereas
 * Ukrainian officials insisted the rebels held it"; or opens the next sentence with the turn ("But Kyiv said ...").
 * Two claims of different parties joined by such a contrast are a disagreement the outlet itself points out. The
 * finding joins one that already sets the two parties against each other, if there is one.
 */
final class ContrastDetector implements Detector {
  static final String QUESTION = "contrast";
  /** Words that set what follows against what came before. */
  private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(while|whereas|but|however|though|although|yet|even as|"
      + "in contrast|by contrast|contrary to|unlike|instead|on the other hand)\\b");
  // ("Aid workers, however, said ...": the turn set off after the subject.)
  private static final Pattern OPENS_CONTRAST = Pattern.compile("(?i)^\\W*(but|however|yet|in contrast|by contrast|instead|"
      + "on the other hand)\\b|^[^,.;:\"“”]{2,60},\\s*(?:however|though|in contrast|by contrast|on the other hand),");

  @Override
  public String name() {
    return "contrast";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    List<Stance> stances = event.stances.stream()
        // ("while Estonia said it was unclear who fired": not knowing is no side of a dispute.)
        .filter(s -> (s.party().isOutlet() ? toll(s.claim()) != null : s.party().isNamed()) && s.claim().sentence() != null
            && s.claim().modality() != io.contraflow.analysis.nlp.Modality.QUESTIONED).toList();
    // Only claims of one article are compared: each claim against its own article's, not the whole event's.
    java.util.Map<String, List<Stance>> byArticle = new java.util.HashMap<>();
    for (Stance s : stances) byArticle.computeIfAbsent(s.claim().articleId(), k -> new ArrayList<>()).add(s);
    for (Stance x : stances) {
      for (Stance y : byArticle.get(x.claim().articleId())) {
        Claim a = x.claim();
        Claim b = y.claim();
        if (EventStances.sameSide(x.party(), y.party())) continue;
        // The outlet is a side only of a count it sets against a party's lower one in one sentence: "nine are feared
        // drowned, although the coastguard has only confirmed four deaths".
        boolean outletCount = x.party().isOutlet() || y.party().isOutlet();
        if (outletCount && !(x.party().isOutlet() && countsContrasted(a, b))) continue;
        boolean sameSentence = a.sentenceIndex() == b.sentenceIndex() && a.charEnd() <= b.charStart()
            && (contrastBetween(a, b) || openingTurn(event, a, b));
        boolean nextSentence = b.sentenceIndex() == a.sentenceIndex() + 1 && OPENS_CONTRAST.matcher(b.sentence()).find()
            && answers(event, x, y);
        if (!sameSentence && !nextSentence && !outletCount) continue;
        out.add(new Candidate(QUESTION, true, ContradictionKind.ATTRIBUTED_DISAGREEMENT, "what " + x.party().label() + " and "
            + y.party().label() + " say", x.party(), Contents.clip(a.content(), 80), List.of(a), y.party(),
            Contents.clip(b.content(), 80), List.of(b), 0.7, Severity.MEDIUM,
            x.party().label() + " says " + Contents.clip(a.content(), 120) + "; " + y.party().label() + " says "
                + Contents.clip(b.content(), 120) + ".", name()));
      }
    }
    return out;
  }

  /** Words of any report: who spoke and when, which two sentences share without being about the same thing. */
  private static final java.util.Set<String> FRAME_WORDS = java.util.Set.of("official", "officials", "government", "president",
      "minister", "ministry", "spokesman", "spokeswoman", "reporter", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * "But the group denied this", "But the Navy said the patrol boat was never there": a next sentence opening with a
   * turn answers the one before when it denies or rejects, or speaks of something the first names. "But the navy
   * later said its frigate was far to the south" after a clinic's count of the women among the dead turns to another matter.
   */
  private static boolean answers(EventStances event, Stance x, Stance y) {
    if (y.act() != Stance.Act.ASSERT || y.claim().polarity() == io.contraflow.analysis.nlp.Polarity.DENIED) return true;
    // "Guards said nobody got out. However, a rights group says 900 inmates are gone": the turn after a flat
    // denial answers it, in whatever words.
    // ("There was no information about deaths. But the minister said 22 were hurt": not knowing is no denial.)
    if (x.claim().polarity() == io.contraflow.analysis.nlp.Polarity.DENIED && !NOT_KNOWN.matcher(x.claim().content()).find()) return true;
    java.util.Set<String> first = new java.util.HashSet<>(event.words(x.claim().sentence()));
    first.removeAll(FRAME_WORDS);
    for (String w : event.words(y.claim().sentence())) if (first.contains(w)) return true;
    return false;
  }

  /** The claim's toll of the dead (killed, or feared or presumed dead), or null. */
  private static io.contraflow.analysis.claims.Quantity toll(Claim c) {
    for (var q : c.quantities()) if (q.counted() != null && (q.counted().startsWith("killed") || q.counted().startsWith("presumed dead"))) return q;
    return null;
  }

  /**
   * The outlet's toll, then after a contrast word a party's lower one, in one sentence: the party's count set against
   * the outlet's own.
   */
  private static boolean countsContrasted(Claim a, Claim b) {
    var first = toll(a);
    var second = toll(b);
    // (A party's higher count after the outlet's is the toll rising: "12 were killed, but police later said 15".)
    if (first == null || second == null || a.sentenceIndex() != b.sentenceIndex() || second.value() >= first.value()) return false;
    String sentence = a.sentence();
    int at = sentence.indexOf(first.text());
    int then = sentence.indexOf(second.text(), at + 1);
    return at >= 0 && then > at && CONTRAST.matcher(sentence.substring(at + first.text().length(), then)).find();
  }

  /** A contrast word between the end of the first claim's content and the start of the second's, in their sentence. */
  private static boolean contrastBetween(Claim a, Claim b) {
    String sentence = a.sentence();
    int endA = sentence.indexOf(a.content());
    int startB = sentence.indexOf(b.content());
    if (endA < 0 || startB < 0) return CONTRAST.matcher(sentence).find();
    endA += a.content().length();
    if (startB <= endA) return false;
    return CONTRAST.matcher(sentence.substring(endA, startB)).find();
  }

  /**
   * "While the army maintains there was no tampering, the coroner's report shows there was": the turn opens the
   * sentence, before the first side, and the second answers the first, denying where it asserts or speaking of what it
   * names. ("While A condemned the test, B said he stood behind A" joins two remarks, answering neither; "although A had
   * warned of P, B now say Q" concedes what A did more often than it sets two claims apart.)
   */
  private static boolean openingTurn(EventStances event, Claim a, Claim b) {
    String sentence = a.sentence();
    int startA = sentence.indexOf(a.content());
    int startB = sentence.indexOf(b.content());
    Matcher opening = OPENS_SUBORDINATE.matcher(sentence);
    if (startA < 0 || startB < startA + a.content().length() || !opening.lookingAt() || opening.end() > startA) return false;
    if (a.polarity() != b.polarity()) return true;
    java.util.Set<String> first = new java.util.HashSet<>(event.words(a.content()));
    first.removeAll(FRAME_WORDS);
    for (String w : event.words(b.content())) if (first.contains(w)) return true;
    return false;
  }

  private static final Pattern NOT_KNOWN = Pattern.compile("(?i)\\bno\\s+(?:\\w+\\s+)?(?:information|reports?|word|news|details|"
      + "confirmation|indication|data)\\b|\\bnot\\s+(?:yet\\s+|immediately\\s+)?(?:known|clear|confirmed|available)\\b");
  private static final Pattern OPENS_SUBORDINATE = Pattern.compile("(?i)^\\W*(?:while|whereas)\\b");
}
