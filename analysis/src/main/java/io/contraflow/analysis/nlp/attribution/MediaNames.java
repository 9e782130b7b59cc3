package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Mention;
import java.util.Locale;
import java.util.Set;

/**
 * Papers and broadcasters among an article's organisations: "the airline" or "the company" after "the Vell Times
 * reported" is the company reported on, never the paper; "the newspaper" or "the channel" may be the paper.
 */
final class MediaNames {
  private MediaNames() {}

  /** Descriptions that a newspaper, broadcaster or news site answers to. */
  private static final Set<String> MEDIA_HEADS = Set.of("network", "newspaper", "channel", "broadcaster", "outlet", "station", "daily",
      "paper", "website", "magazine", "tabloid", "weekly");
  /** Last words of the names papers and broadcasters go by: "the Vell Times", "Kessa News", "Nova Post". */
  private static final Set<String> MEDIA_NAME_ENDS = Set.of("times", "post", "news", "herald", "gazette", "journal", "tribune",
      "telegraph", "guardian", "daily", "tv", "radio", "press", "magazine", "observer", "chronicle", "courier", "mail", "express",
      "reuters", "ap", "afp", "bbc", "cnn");

  static boolean isMediaName(Mention m) {
    String name = m.canonical().toLowerCase(Locale.ROOT);
    return MEDIA_NAME_ENDS.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  static boolean describesMedia(String head) {
    return MEDIA_HEADS.contains(head);
  }
}
