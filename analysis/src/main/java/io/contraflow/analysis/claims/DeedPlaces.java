package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * The places a deed's subject names, which are no doer of it: "troops crossed into Estonian territory and killed two
 * guards" (where they went), "the blast in Vell killed 12" (where it was done), "the night Kessa was shelled".
 */
final class DeedPlaces {
  private DeedPlaces() {}

  /** A name of capitalised words, with an Arabic article's lower-case "al-" inside it ("Kesta al-Bahr"). */
  private static final String CAPITALISED_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}|al-|el-)[\\p{L}'’-]*)*";
  /** A city's or a region's part: "the suburb of Kesta", "the district of Vell Ostra". */
  private static final String PART_OF = "(?:suburb|district|town|village|city|area|province|region|neighbou?rhood)s?\\s+of\\s+" + CAPITALISED_NAME;
  private static final Pattern WHERE_TO = Pattern.compile("\\b(?:into|onto|inside|over|across|towards?)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:territory|airspace|soil|waters|border|side))?");
  /**
   * "strikes on Vell", "the raid against the Kessa camp", "the blast in Vell", "the attack in the army-held Vell suburb of
   * Kesta al-Bahr": where a deed was aimed or done, with the place's describing words and its part of a city.
   */
  private static final Pattern DEED_TARGET = Pattern.compile("\\b((?:[Aa]ir)?[Ss]trikes?|[Aa]ttacks?|[Rr]aids?|[Ss]helling|[Bb]ombings?|"
      + "[Bb]ombardments?|[Aa]ssaults?|[Bb]lasts?|[Ee]xplosions?|[Ss]hootings?)\\s+(?:on|against|in|at|near)\\s+(?:the\\s+)?"
      + "(?:[a-z][\\p{L}-]*\\s+){0,2}?(?:" + CAPITALISED_NAME + "(?:\\s+" + PART_OF + ")?|" + PART_OF + ")");
  private static final Pattern AT_PLACE = Pattern.compile("\\b(?:at|in|near)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");

  /** The subject before a deed's frame word without where it went or where the deed was done. */
  static String subjectWithoutPlaces(String subject) {
    return DEED_TARGET.matcher(WHERE_TO.matcher(subject).replaceAll(" ")).replaceAll("$1");
  }

  /** Words between two frames without a place after "at", "in" or "near". */
  static String withoutPlaceOfDeed(String words) {
    return AT_PLACE.matcher(words).replaceAll(" ");
  }
}
