package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "We have not recorded any fatality", "no one was killed", "there were no civilian casualties", "no indications of
 * civilian casualties": a toll of none, said as a position (not "no deaths have been reported so far", which waits
 * for the count).
 */
final class NoneKilled {
  private NoneKilled() {}

  private static final Pattern NONE_KILLED = Pattern.compile("(?i)\\b(?:(?:no one|no-one|nobody)\\s+(?:(?:was|were|had been|has been|"
      + "have been)\\s+)?(?:killed|died|dead)|(?:not\\s+(?:recorded|registered|had|suffered)\\s+any|no)\\s+(?:civilian\\s+)?(?:fatality|fatalities|"
      + "deaths|casualties)"
      // "no indications at this time of civilian casualties", "no sign of any civilian deaths": none seen, as a position.
      + "|no\\s+(?:indications?|signs?|evidence)[\\s\"“”]+(?:at\\s+this\\s+time[\\s\"“”]+)?of\\s+(?:any\\s+)?(?:civilian\\s+)?(?:casualties|deaths))\\b");
  private static final Pattern PROVISIONAL = Pattern.compile("(?i)\\b(?:so far|yet|immediate|immediately|initial|reported)\\b");

  static Quantity in(String text) {
    if (!hasWordStartingNo(text)) return null;
    Matcher m = NONE_KILLED.matcher(text);
    if (!m.find()) return null;
    String around = text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 30));
    if (PROVISIONAL.matcher(around).find()) return null;
    return Quantity.of(m.group(), 0, null, "", null, "killed");
  }

  /**
   * Whether a word starts with "no" (no, not, nobody, no-one): every toll of none does. Most sentences have none, and
   * this scan costs a twentieth of trying the case-blind pattern at each of their words.
   */
  static boolean hasWordStartingNo(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'n' || c == 'N') && (text.charAt(i + 1) == 'o' || text.charAt(i + 1) == 'O')
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')) return true;
    }
    return false;
  }
}
