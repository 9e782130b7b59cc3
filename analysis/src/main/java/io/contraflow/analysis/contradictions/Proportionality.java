package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The force the troops used was appropriate" against "firing live rounds into the crowd went far beyond what was needed":
 * whether the force used on people was excessive. Inquiries, rights groups and witnesses call it excessive,
 * disproportionate or unjustified; the force and its government call it proportionate, necessary or lawful, or deny that
 * any excessive force was used. A negation just before turns a verdict round ("not proportionate", "no excessive force").
 * Only a content that speaks of force used on people is read ("use of force", "live ammunition", "the weaponry"): "an
 * excessive fee" or "a proportionate response to the tariffs" say nothing of it.
 */
final class Proportionality extends ForceConduct {
  /** Force used on people; not "security forces" or "the force said" (a police force). */
  private static final Pattern FORCE = Pattern.compile("(?i)\\b(?:(?:use|used|using|uses)\\s+(?:of\\s+)?(?:\\w+\\s+){0,2}force|"
      + "force\\s+(?:that\\s+|which\\s+)?(?:[\\w'’]+\\s+){0,3}?(?:used|employed)|(?:excessive|disproportionate|proportionate|"
      + "unnecessary|reasonable|minimum|minimal|lethal|deadly|brute|undue)\\s+force|live\\s+(?:ammunition|rounds|bullets|fire)|"
      + "weaponry|firearms)\\b");
  /** Force judged too much. */
  private static final Pattern EXCESSIVE = Pattern.compile("(?i)\\b(?:excessive|disproportionate|unjustified|unjustifiable|"
      + "unwarranted|unnecessary|indiscriminate|heavy-handed|undue)\\b");
  /** Force judged in measure. */
  private static final Pattern MEASURED = Pattern.compile("(?i)\\b(?:proportionate|proportional|appropriate|justified|"
      + "necessary|lawful|legitimate|restrained|minimum|minimal)\\b");

  /**
   * An appeal or a call for an inquiry before the verdict ("urged police to refrain from excessive force", "called for an
   * investigation into allegations of excessive force") judges nothing yet.
   */
  private static final Pattern APPEAL = Pattern.compile("(?i)\\b(?:refrain|avoid|urge[sd]?|calls?\\s+on|called\\s+on|must\\s+not|"
      + "should\\s+not|not\\s+to\\s+use|(?:investigation|inquiry|probe)\\s+into)\\b");

  Proportionality() {
    super("proportionality", "whether the force used was excessive", "the force used was excessive",
        "the force used was proportionate");
  }

  @Override
  Boolean answer(String content) {
    // Most contents name no force at all: a plain search skips them before any pattern runs.
    if (!content.contains("orce") && !content.contains("live ") && !content.contains("weaponry") && !content.contains("firearms")) {
      return null;
    }
    Matcher force = FORCE.matcher(content);
    if (!force.find()) return null;
    Matcher appeal = APPEAL.matcher(content);
    if (appeal.find() && appeal.start() < force.end()) return null;
    Matcher excessive = EXCESSIVE.matcher(content);
    Matcher measured = MEASURED.matcher(content);
    boolean tooMuch = excessive.find();
    boolean inMeasure = measured.find();
    // The first verdict decides: "excessive and not justified" is one verdict said twice.
    if (tooMuch && (!inMeasure || excessive.start() < measured.start())) return !negatedBefore(content, excessive.start(), 3);
    if (inMeasure) return negatedBefore(content, measured.start(), 3);
    return null;
  }
}
