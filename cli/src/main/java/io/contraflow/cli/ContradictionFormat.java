package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Side;
import java.util.List;

/** A contradiction as a few lines a person reads in a terminal, with colour when {@code colour} is set. */
public final class ContradictionFormat {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String MAGENTA = "\u001b[35m";

  private final boolean colour;

  public ContradictionFormat(boolean colour) {
    this.colour = colour;
  }

  public String format(Contradiction c) {
    StringBuilder s = new StringBuilder();
    String severityColour = switch (c.getSeverity()) {
      case HIGH -> RED;
      case MEDIUM -> YELLOW;
      case LOW -> DIM;
    };
    s.append(paint(BOLD + severityColour, "● " + c.getKind().name().replace('_', ' ') + " (" + c.getSeverity() + ")"))
        .append("  ").append(paint(BOLD, c.getTopic()))
        .append(paint(DIM, String.format("   confidence %.2f, revision %d, event %s", c.getConfidence(), c.getRevision(), c.getEventId())))
        .append('\n');
    side(s, "A", c.getSideA(), CYAN);
    side(s, "B", c.getSideB(), MAGENTA);
    s.append("  ").append(c.getExplanation()).append('\n');
    s.append(paint(DIM, "  id " + c.getId() + "   first seen " + c.getFirstSeen() + ", updated " + c.getLastUpdated())).append('\n');
    return s.toString();
  }

  private void side(StringBuilder s, String label, Side side, String colourCode) {
    s.append("  ").append(paint(colourCode + BOLD, label + ": " + side.getPosition()))
        .append(" — ").append(String.join(", ", side.getClaimants()));
    if (!side.getSources().isEmpty()) s.append(paint(DIM, " (" + String.join(", ", side.getSources()) + ")"));
    s.append('\n');
    List<String> statements = side.getStatements();
    statements.stream().limit(3).forEach(st -> s.append("     “").append(abbreviate(st, 160)).append("”\n"));
    if (statements.size() > 3) s.append(paint(DIM, "     … and " + (statements.size() - 3) + " more\n"));
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
