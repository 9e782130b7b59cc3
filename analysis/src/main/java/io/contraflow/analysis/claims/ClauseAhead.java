package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause a count stands in, read ahead of the count: what it says of the counted ("200 people, mostly civilians,
 * died") up to the clause's end, past asides set off by commas or dashes. Read by {@link QuantityReader},
 * {@link CountedMeasure} and {@link NonCounts} for each figure.
 */
final class ClauseAhead {
  private ClauseAhead() {}

  /** Up to {@code length} characters after {@code end}, cut at the clause's end (a comma, semicolon or full stop). */
  static String of(String text, int end, int length) {
    String ahead = text.substring(end, Math.min(text.length(), end + length));
    // ("has risen to 32 – another wounded man died": a dash opens a clause of its own.)
    Matcher stop = CLAUSE_END.matcher(ahead);
    if (!stop.find()) return ahead;
    // "Several of the crew – as few as two, say the divers – drowned": a figure set off by dashes numbers the subject
    // before it; its clause goes on after the closing dash.
    String before = text.substring(Math.max(0, end - 40), end);
    if (ahead.substring(0, stop.start()).isBlank() && ahead.charAt(stop.start()) != ',' && ahead.charAt(stop.start()) != ';'
        && ahead.charAt(stop.start()) != '.' && (before.contains("–") || before.contains("—") || before.contains(" - "))) {
      int past = stop.end();
      return of(text, end + past, length - past);
    }
    // "six engineers – three Swedes and three Poles – died": an aside between dashes after the count's noun does not
    // end its clause either.
    int closing = ahead.charAt(stop.start()) == ',' || ahead.charAt(stop.start()) == ';' || ahead.charAt(stop.start()) == '.' ? -1
        : closingDash(text, end + stop.end());
    if (closing > 0 && length > stop.start()) return ahead.substring(0, stop.start()) + " " + of(text, closing, length - stop.start());
    // "three guards, who were killed at the gate, were buried": a relative clause after the count tells what befell them.
    Matcher relative = RELATIVE.matcher(text).region(end + stop.start(), text.length());
    if (ahead.charAt(stop.start()) == ',' && relative.lookingAt() && length > stop.start()) {
      return ahead.substring(0, stop.start()) + " " + of(text, relative.end(), length - stop.start());
    }
    // "304 men, women and children were killed": a list of the kinds of people counted is the count's noun, not the
    // clause's end.
    Matcher kinds = KINDS_OF_PEOPLE.matcher(text).region(end + stop.start(), text.length());
    if (ahead.charAt(stop.start()) == ',' && PERSON.matcher(ahead.substring(0, stop.start()).strip()).matches() && kinds.lookingAt()
        && length > stop.start()) {
      return ahead.substring(0, stop.start()) + " " + of(text, kinds.end(), length - stop.start());
    }
    // "200 people, mostly civilians, died", "40 people, including two firefighters, died", "three people, according to the
    // office, were killed": an aside set off by commas does not end the clause.
    Matcher aside = ASIDE.matcher(text).region(end + stop.start(), text.length());
    if (ahead.charAt(stop.start()) == ',' && aside.lookingAt() && length > stop.start()) {
      return ahead.substring(0, stop.start()) + " " + of(text, aside.end(), length - stop.start());
    }
    return ahead.substring(0, stop.start());
  }

  /** The rest of the sentence after {@code end}, up to its full stop or semicolon. */
  static String sentenceAfter(String text, int end) {
    Matcher stop = SENTENCE_END.matcher(text).region(end, text.length());
    return text.substring(end, stop.find() ? stop.start() : text.length());
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[;]|\\.(?:\\s|$)");

  /** Where the text goes on after a dash that closes an aside opened just before {@code from}, or -1. */
  private static int closingDash(String text, int from) {
    Matcher m = ASIDE_BETWEEN_DASHES.matcher(text).useTransparentBounds(true).region(from, Math.min(text.length(), from + 70));
    return m.lookingAt() ? m.end() : -1;
  }

  private static final Pattern ASIDE_BETWEEN_DASHES = Pattern.compile("[^.;:–—\\n]{2,60}?(?:\\s[–—-]\\s|[–—])\\s*(?=\\p{Ll})");
  private static final Pattern RELATIVE = Pattern.compile(",\\s*(?=who\\s)");
  private static final Pattern ASIDE = Pattern.compile("(?i),\\s*(?:mostly|mainly|largely|predominantly|many|most|some|all|almost all|"
      + "nearly all|many of them|most of them|among them|including|according\\s+to)\\s[^,;.]{1,50},\\s*");

  /** Kinds of people a count is made of ("men", "women and children", "students and workers"). */
  private static final String PEOPLE = "(?:men|women|children|boys|girls|elderly|infants|babies|teenagers|minors|adults|civilians|"
      + "soldiers|troops|police(?:men|women)?|officers|protesters|protestors|demonstrators|students|workers|fighters|militants|rebels|"
      + "passengers|crew|pilgrims|worshippers|villagers|residents|journalists|doctors|medics|pensioners|farmers|traders|shoppers|"
      + "miners|teachers|nurses|refugees|migrants)";
  private static final Pattern PERSON = Pattern.compile("(?i)" + PEOPLE);
  private static final Pattern KINDS_OF_PEOPLE = Pattern.compile("(?i),\\s*" + PEOPLE + "(?:,\\s*" + PEOPLE + ")*,?\\s+(?:and|or)\\s+" + PEOPLE + "\\b");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;.–—]| - ");
}
