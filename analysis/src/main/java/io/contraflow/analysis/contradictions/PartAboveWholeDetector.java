package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * "67 South Africans have been killed", a visiting country's president says, in a report where the host's emergency
 * services put the total number killed at 61: one country's dead cannot outnumber all the dead. A count of one nation's
 * people ({@link NationalCounts}) above another party's total of the same measure, in one report, is a discrepancy the
 * figure detector does not see: to it the two count different things. Only figures of one report are set against each
 * other: across reports a total given on one day is often overtaken by a country's count the next.
 */
final class PartAboveWholeDetector implements Detector {
  static final String QUESTION = "part-above-whole";

  @Override
  public String name() {
    return "part-above-whole";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Figure> parts = new ArrayList<>();
    List<Figure> wholes = new ArrayList<>();
    for (Stance s : event.stances) {
      if (s.party().isOutlet() || !s.party().isNamed()) continue;
      for (Figure f : FigureDetector.figures(s, event.start)) {
        if (NationalCounts.isNational(f.measure())) parts.add(f);
        else if (f.measure().equals("killed") || f.measure().equals("injured")) wholes.add(f);
      }
    }
    List<Candidate> out = new ArrayList<>();
    java.util.Set<String> asked = new java.util.HashSet<>();
    for (Figure part : parts) {
      String base = part.measure().substring(0, part.measure().lastIndexOf(" ("));
      for (Figure whole : wholes) {
        if (!whole.measure().equals(base) || !whole.claim().articleId().equals(part.claim().articleId()) || part.low() <= whole.high()
            || EventStances.sameSide(part.party(), whole.party())) continue;
        String question = QUESTION + ":" + part.measure() + ":" + FigureDetector.fmt(whole.quantity().value()) + ":"
            + FigureDetector.fmt(part.quantity().value());
        if (!asked.add(question)) continue;
        String country = part.measure().substring(base.length() + 2, part.measure().length() - 1);
        out.add(new Candidate(question, false, ContradictionKind.NUMERIC_DISCREPANCY,
            "number " + base + ": " + whole.quantity().text() + " in all or " + part.quantity().text() + " of " + country + " alone",
            whole.party(), base + ": " + whole.quantity().text() + " in all", List.of(whole.claim()), part.party(),
            part.measure() + ": " + part.quantity().text(), List.of(part.claim()), 0.6, Severity.MEDIUM,
            whole.party().label() + " gives " + whole.quantity().text() + " " + base + " in all; " + part.party().label() + " gives "
                + part.quantity().text() + " of " + country + "'s people alone.", name()));
      }
    }
    return out;
  }
}
