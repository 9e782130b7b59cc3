package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Quantity;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "300 people did not die in the storm", a leader writes, against the health ministry's toll of 296: a count of the dead
 * denied outright, set against another party's figure near it. The denial is no figure of its own (it says how many did
 * not die), so no figure detector sees it.
 */
final class DeniedCountDetector implements Detector {
  static final String QUESTION = "denied-count";

  /** The count opens the denied clause, its verb negated right after it: "3,000 people did not die", "200 were not killed". */
  private static final Pattern COUNT_NOT_DEAD = Pattern.compile("(?i)^\\W*(?:some\\s+|nearly\\s+|about\\s+|almost\\s+)?[\\d,.]+"
      + "(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:did\\s+not|didn['’]t|never|were\\s+not|weren['’]t|have\\s+not|haven['’]t)\\s+"
      + "(?:die|died|been\\s+killed|killed|perish|perished)\\b");
  /** How near another's figure must be to the denied count to be the one denied. */
  static final double NEAR = 0.1;

  @Override
  public String name() {
    return "denied-count";
  }

  /** A named party's denial that a count of people died: the anchor this detector needs. */
  static boolean relevant(Stance s) {
    return denies(s) && deniedCount(s.claim()) != null;
  }

  private static boolean denies(Stance s) {
    return s.claim().polarity() == Polarity.DENIED && s.party().isNamed() && !s.party().isOutlet();
  }

  /** The count of the dead the claim denies, or null. */
  private static Quantity deniedCount(Claim c) {
    if (c.content() == null || !COUNT_NOT_DEAD.matcher(c.content()).find()) return null;
    return c.quantities().stream().filter(q -> "killed".equals(q.counted()) && q.value() > 0).findFirst().orElse(null);
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    for (Stance d : event.stances) {
      // (The count is read once: relevant() is the anchor test, this the reading.)
      Quantity denied = denies(d) ? deniedCount(d.claim()) : null;
      if (denied == null) continue;
      List<Claim> given = new ArrayList<>();
      Party givenBy = null;
      String value = null;
      for (Stance s : event.stances) {
        if (s.party().isOutlet() || !s.party().isNamed() || EventStances.sameSide(s.party(), d.party())) continue;
        for (FigureDetector.Figure f : FigureDetector.figures(s, event.start)) {
          double v = f.quantity().value();
          if (!"killed".equals(f.measure()) || Math.abs(v - denied.value()) > NEAR * denied.value()) continue;
          if (givenBy == null) {
            givenBy = s.party();
            value = f.quantity().text();
          }
          if (EventStances.sameSide(s.party(), givenBy) && !given.contains(s.claim())) given.add(s.claim());
        }
      }
      if (givenBy == null) continue;
      out.add(new Candidate(QUESTION, true, ContradictionKind.DENIAL, "whether " + denied.text() + " people died", givenBy, "killed: " + value,
          List.copyOf(given), d.party(), "denies that " + denied.text() + " died", List.of(d.claim()), 0.6, Severity.MEDIUM,
          givenBy.label() + " counts " + value + " dead; " + d.party().label() + " denies it: " + Contents.clip(d.claim().content(), 120) + ".",
          name()));
    }
    return out;
  }
}
