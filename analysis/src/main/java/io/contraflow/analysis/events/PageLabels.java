package io.contraflow.analysis.events;

import java.util.regex.Pattern;

/**
 * Lines a page sets among its paragraphs that are not the story's words: a section's label ("Key points", "In short"),
 * a picture's caption and a byline standing alone ("Ana Berg" over the text). Read as the lead, they make a label, a
 * scene or a reporter a name the article is about, and a story of one such article is then "about" a name no other
 * report of it gives.
 */
final class PageLabels {
  private PageLabels() {}

  /** A label over a summary or a list of links, alone on its line. */
  private static final Pattern SECTION_LABEL = Pattern.compile("(?i)^\\s*(?:key\\s+(?:points|takeaways|facts)|in\\s+(?:short|brief)"
      + "|(?:story\\s+)?highlights|at\\s+a\\s+glance|(?:executive\\s+)?summary|quick\\s+read|fast\\s+facts|what\\s+we\\s+know"
      + "|related(?:\\s+(?:stories|articles|coverage))?|more\\s+on\\s+this\\s+story|top\\s+stories)\\s*:?\\s*$");
  /**
   * A picture's caption set among the paragraphs: "Caption Villagers queue for water in Kessa (AFP photo)", "Photo:
   * rescuers at the dam". It tells what the picture shows, often another scene of the war (a protest, a funeral), not
   * what the story leads with.
   */
  private static final Pattern CAPTION = Pattern.compile("^\\s*(?:(?i:caption|photo|photograph|image|picture|file\\s+photo)\\s*[:|–-]"
      + "|(?i:caption)\\s+(?=\\p{Lu})|.*\\((?:[\\p{L}/ ]+\\s)?(?i:photo|file\\s+photo|picture)\\)\\s*$)");
  /** Two to four capitalised words and nothing else: "Ana Berg", "Ivo T. Dorov-Kell". */
  private static final Pattern CAPITALISED_WORDS = Pattern.compile("^\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3}\\s*$");
  /** A line this short after a byline is the page's too: a date, the outlet's name, "2 min read". */
  private static final int BYLINE_COMPANION_WORDS = 8;

  /**
   * The body without such lines. The first line of text is never a byline (it is the headline however short); a byline
   * starts a paragraph of its own and is followed by a blank line, the end, or another short line of the page's (its
   * date, its outlet): a line of a paragraph broken short ("The Kessa National" over "Assembly said ...") is neither.
   */
  static String without(String body) {
    String[] lines = body.split("\n", -1);
    StringBuilder kept = new StringBuilder(body.length());
    boolean seenText = false;
    boolean previousBlank = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean blank = line.isBlank();
      boolean drop = !blank && (SECTION_LABEL.matcher(line).matches() || CAPTION.matcher(line).lookingAt()
          || seenText && previousBlank && bareByline(line, i + 1 < lines.length ? lines[i + 1] : ""));
      if (!drop) kept.append(line).append(i + 1 < lines.length ? "\n" : "");
      seenText |= !blank;
      previousBlank = blank;
    }
    return kept.toString();
  }

  private static boolean bareByline(String line, String next) {
    if (!CAPITALISED_WORDS.matcher(line).matches()) return false;
    if (next.isBlank()) return true;
    return next.strip().split("\\s+").length <= BYLINE_COMPANION_WORDS && !io.contraflow.analysis.nlp.BoilerplateRemover.isNews(next);
  }
}
