package io.contraflow.analysis.claims;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a percentage in an election story measures: a candidate's or a party's share of the vote ("Ana Berg won 61.2%
 * of the vote", "a lead of 48 per cent for Berg", "Berg, who received 61% of the votes"), or the turnout ("turnout
 * was 48 percent"). An electoral body's count and a court's or the opposition's are set against each other only for the
 * same holder: two candidates' shares are no dispute. A share whose holder the sentence does not name measures nothing.
 */
final class VoteShares {
  private VoteShares() {}

  /** What follows a share of the vote: "of the vote", "of the votes cast", "of the ballots". */
  private static final Pattern OF_THE_VOTE = Pattern.compile("(?i)^\\s*(?:%|percent|per cent)\\s+of\\s+(?:the\\s+)?(?:valid\\s+|popular\\s+"
      + "|total\\s+)?(?:votes?|ballots)\\b");
  /** "61% for Ana Berg": the holder after "for". */
  private static final Pattern FOR_HOLDER = Pattern.compile("^\\s*(?:%|percent|per cent)\\s+(?:of\\s+(?:the\\s+)?(?:votes?|ballots)\\s+)?for\\s+"
      + "(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)");
  /**
   * The holder before its verb, up to the number: "Ana Berg won 61.2", "the Vell Union party received nearly 30",
   * "Berg, who got 61", "Berg has been re-elected with almost 95", "Berg won a second term with a landslide 84".
   */
  private static final Pattern HOLDER_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)\\s*(?:[\"”’]\\s*)?"
      + "(?:party\\s*)?(?<comma>,\\s*(?:who\\s+|which\\s+)?)?(?:has\\s+|had\\s+|have\\s+|was\\s+|been\\s+)*(?:won|wins|received|receives|got|gets|"
      + "secured|secures|obtained|obtains|took|takes|garnered|polled|captured|finished|came|placed|(?:re-?)?elected|(?:is|was)\\s+leading)\\b[^.;%]{0,50}?$");
  /** "turnout was 48", "a turnout of about 23", "voter turnout stood at 46.1". */
  private static final Pattern TURNOUT_BEFORE = Pattern.compile("(?i)\\bturnout\\s+(?:was|is|of|at|stood at|reached|stands at|rate of)"
      + "(?:\\s+\\w+){0,2}\\s*$");
  /** "48% turnout". */
  private static final Pattern TURNOUT_AFTER = Pattern.compile("(?i)^\\s*(?:%|percent|per cent)\\s+(?:voter\\s+)?turnout\\b");
  /** Capitalised words that open a clause or name no holder. */
  private static final java.util.Set<String> NOT_HOLDERS = java.util.Set.of("The", "He", "She", "It", "They", "His", "Her", "Its",
      "Their", "This", "That", "President", "Mr", "Ms", "Mrs", "Dr", "But", "And", "According", "In", "On", "At", "With");

  /**
   * The measure of the percentage spanning {@code [start, end)} in {@code text}: "turnout", "share of the vote for
   * berg" (the holder's last name, lower case), or null.
   */
  static String measure(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 60));
    String before = text.substring(Math.max(0, start - 90), start);
    if (TURNOUT_BEFORE.matcher(before).find() || TURNOUT_AFTER.matcher(after).lookingAt()) return "turnout";
    Matcher forHolder = FOR_HOLDER.matcher(after);
    if (forHolder.lookingAt()) return share(forHolder.group(1));
    if (!OF_THE_VOTE.matcher(after).lookingAt()) return null;
    Matcher holder = HOLDER_BEFORE.matcher(before);
    if (!holder.find()) return null;
    // "Ana Berg, backed by the Vell Union, won 24%": after a bare comma the verb is the name's only when the name is an
    // appositive itself ("the president, Ana Berg, won"); else the name closes an aside about someone before it.
    String comma = holder.group("comma");
    boolean bareComma = comma != null && comma.strip().equals(",");
    return bareComma && !before.substring(0, holder.start(1)).stripTrailing().endsWith(",") ? null : share(holder.group(1));
  }

  private static String share(String name) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    if (words.length == 1 && NOT_HOLDERS.contains(last)) return null;
    return "share of the vote for " + last.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
  }
}
