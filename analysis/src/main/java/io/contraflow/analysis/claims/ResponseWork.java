package io.contraflow.analysis.claims;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "those involved in the rescue operation", "played a role in the search", "helped with the evacuation": a part in the
 * response to an incident (the rescue, the search, the inquiry, the talks), which says nothing of who caused it.
 * {@link PropositionReader} passes over such a frame.
 */
final class ResponseWork {
  private ResponseWork() {}

  /** Frame words that name a part one took, in whatever it was. */
  private static final Set<String> PART_WORDS = Set.of("involved", "involvement", "role", "part in", "a hand in", "helped",
      "assisted", "assisting", "assist", "assists");

  private static final Pattern RESPONSE_AFTER = Pattern.compile("(?i)^\\s*(?:in|with|on)?\\s*(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?"
      + "(?:[\\w-]+\\s+){0,2}?(?:rescue|rescues|search|searches|evacuation|evacuations|investigation|investigations|inquiry|inquiries|"
      + "probe|recovery|relief|negotiations|talks|exchange|mediation|firefighting|clean-up|cleanup|aid)\\b");

  /** Whether the frame word {@code frame} is a part taken in the response that {@code after} names. */
  static boolean follows(String frame, String after) {
    return PART_WORDS.contains(frame.toLowerCase(java.util.Locale.ROOT)) && RESPONSE_AFTER.matcher(after).lookingAt();
  }
}
