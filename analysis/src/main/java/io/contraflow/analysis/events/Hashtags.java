package io.contraflow.analysis.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hashtag ("#EndRaids", "#JusticeForKessa") labels a campaign or a movement that runs for weeks across many towns and
 * incidents: grouping reads it as a word the reports use, not as a name one incident is known by. Written in lower
 * case and without its mark, it is no name to the name finder and still a term in common.
 */
final class Hashtags {
  private Hashtags() {}

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#([\\p{L}\\p{N}_]+)");

  /** The text with each hashtag as a lower-case word. */
  static String asTerms(String text) {
    if (text == null || text.indexOf('#') < 0) return text;
    Matcher m = HASHTAG.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).toLowerCase(java.util.Locale.ROOT)));
    return m.appendTail(out).toString();
  }
}
