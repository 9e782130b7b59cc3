package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * "Five members of the Revolutionary Guard", "two members of the security forces": a count of a force's men, as "five
 * guards" is. "Members of the public" or "of the family" are no one's force.
 */
final class ForceMembers {
  private ForceMembers() {}

  private static final Pattern OF_A_FORCE = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:guards?|corps|army|armed\\s+forces|forces|police|militias?|brigades?|battalions?|regiments?|units?|gendarmerie|military|navy)\\b");

  /** Whether the words after "members" ({@code after}) name a force: "of the Revolutionary Guard", "of the security forces". */
  static boolean ofAForce(String after) {
    return OF_A_FORCE.matcher(after).lookingAt();
  }
}
