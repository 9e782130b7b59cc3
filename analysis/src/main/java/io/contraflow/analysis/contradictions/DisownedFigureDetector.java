package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "The toll rose to 2,300, the Norland Red Cross said, according to an agency" and, days later, "the Norland Red Cross
 * denied the death toll, saying it never gave that figure": a figure put in a party's mouth that the party disowns. The
 * denial gives no number of its own, so no figure detector sees it; it stands against every figure of the dead the
 * coverage attributes to that party.
 */
final class DisownedFigureDetector implements Detector {
  static final String QUESTION = "disowned-figure";

  /** What a denial of a count names instead of a number: "the death toll", "these figures", "the casualty numbers". */
  private static final Pattern COUNT_NOUN = Pattern.compile("(?i)\\b(?:(?:death|casualty)\\s+)?(?:toll|tolls|figures?|numbers?|count)\\b");

  @Override
  public String name() {
    return "disowned-figure";
  }

  /**
   * What else a denial may say of a count: that it was kept low or made up ("denied that the toll had been
   * manipulated"). Such a denial answers an accusation about the count, not a figure put in the party's mouth.
   */
  private static final Pattern OF_HANDLING = Pattern.compile("(?i)manipulat|inflat|understat|undercount|underreport|exaggerat|conceal|"
      + "cover(?:ed|ing)?\\s+up|\\bhid(?:e|den|ing)?\\b|falsif|doctor(?:ed|ing)");
  /**
   * "the official count of the dead is wrong", "the ministry's figure is far too low": a count the denial gives to
   * someone else is disputed, not disowned (the speaker's own figures beside it are his answer to it). So is one others
   * put about: "dismissed speculation that the death toll was much higher".
   */
  private static final Pattern OTHERS_COUNT = Pattern.compile("(?i)\\bofficial\\b|\\b(?:government|authorities|ministry)(?:'s|’s|')?\\s+"
      + "(?:death\\s+)?(?:toll|figures?|numbers?|count)\\b|\\b(?:released|given|announced|issued|put out)\\s+by\\b"
      + "|\\b(?:speculation|claims?|reports?|suggestions?|rumou?rs?|allegations?)\\s+that\\b"
      // ("the ministry is putting out invented numbers": the count of those who put it out.)
      + "|\\b(?:government|authorities|ministry|administration|regime|officials)\\b[^.;]{0,40}?\\b(?:toll|figures?|numbers?|count)\\b");
  /** "the count is not final", "the tally is not yet complete": a count still growing, not one disowned. */
  private static final Pattern NOT_FINAL = Pattern.compile("(?i)\\bnot\\s+(?:yet\\s+)?(?:final|complete|definitive|conclusive|comprehensive)\\b");
  /** The count is what is denied when it comes within the denial's first words: "the death toll", "it never gave the figures". */
  private static final int COUNT_WITHIN = 48;

  /** A named party's denial of a count that gives no count of its own: the anchor this detector needs. */
  static boolean relevant(Stance s) {
    Claim c = s.claim();
    boolean denies = s.act() == Stance.Act.DENY || s.act() == Stance.Act.REJECT || c.polarity() == Polarity.DENIED;
    if (!denies || !s.party().isNamed() || s.party().isOutlet() || c.quantities().stream().anyMatch(q -> q.counted() != null)) return false;
    java.util.regex.Matcher count = COUNT_NOUN.matcher(c.content());
    return count.find() && count.start() <= COUNT_WITHIN && !OF_HANDLING.matcher(c.content()).find() && !OTHERS_COUNT.matcher(c.content()).find()
        && !NOT_FINAL.matcher(c.content()).find();
  }

  /**
   * "He called that count wrong and put the dead at 46": a figure given in the denial's own sentence is the party's
   * answer to another's count, not one put in its mouth.
   */
  private static boolean answers(Claim c, List<Stance> denied) {
    return denied.stream().anyMatch(d -> d.claim().articleId().equals(c.articleId()) && d.claim().sentenceIndex() == c.sentenceIndex());
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    // The denials, one group per party ("the Red Cross" and "the Red Cross Society" deny as one).
    Map<Party, List<Stance>> denials = new LinkedHashMap<>();
    for (Stance d : event.stances) {
      if (!relevant(d)) continue;
      Party same = denials.keySet().stream().filter(p -> EventStances.sameSide(p, d.party())).findFirst().orElse(d.party());
      denials.computeIfAbsent(same, k -> new ArrayList<>()).add(d);
    }
    List<Candidate> out = new ArrayList<>();
    denials.forEach((party, denied) -> {
      // The party's own figures of the dead, as others report them or as it gave them: one dispute, whatever the values.
      List<Claim> given = new ArrayList<>();
      java.util.Set<String> values = new java.util.LinkedHashSet<>();
      Party givenBy = null;
      for (Stance s : event.stances) {
        if (denied.contains(s) || s.party().isOutlet() || !EventStances.sameSide(s.party(), party) || answers(s.claim(), denied)) continue;
        for (FigureDetector.Figure f : FigureDetector.figures(s, event.start)) {
          if (!"killed".equals(f.measure())) continue;
          if (!given.contains(s.claim())) given.add(s.claim());
          values.add(f.quantity().text());
          if (givenBy == null) givenBy = s.party();
        }
      }
      if (given.isEmpty()) return;
      String figures = String.join(", ", values);
      List<Claim> denialClaims = denied.stream().map(Stance::claim).toList();
      out.add(new Candidate(QUESTION, true, ContradictionKind.DENIAL, "whether " + party.label() + " gave the figures of the dead attributed to it",
          givenBy, "killed: " + figures, List.copyOf(given), party, "denies the figure", denialClaims, 0.6, Severity.MEDIUM,
          party.label() + " is reported to have given " + figures + " killed, and denied it: " + Contents.clip(denialClaims.get(0).content(), 120)
              + ".", name()));
    });
    return out;
  }
}
