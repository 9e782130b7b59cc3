package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named person's age as the text gives it: "Ana Berg, 23, was killed", "Ana Berg (24)", "the 23-year-old Ana Berg",
 * "Ana Berg, aged 31,". Outlets often disagree on a victim's age; each age is a figure whose measure names the person
 * ("age of berg"), so only two ages of one person meet. An age of no one named ("a 19-year-old") measures nothing.
 */
final class PersonAges {
  private PersonAges() {}

  private static final String NAME = "((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)";
  /** "Ana Berg, 23, was", "Ana Berg, aged 23,", "Ana Berg (23)". */
  private static final Pattern AGE_AFTER = Pattern.compile(NAME + "(?:,\\s+(?:aged\\s+)?(\\d{1,2})(?=,|\\s+(?:was|is|had|has|who|from|of)\\b)"
      + "|\\s+\\((\\d{1,2})\\))");
  /** "the 23-year-old Ana Berg", "24-year-old Private Berg". */
  private static final Pattern AGE_BEFORE = Pattern.compile("\\b(\\d{1,2})-year-old\\s+" + NAME);
  /** Capitalised words that name no one: a sentence's first word, months, places' heads. */
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "By", "He", "She", "It", "They", "This",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Street", "Road", "Square", "Article", "Section");

  /** The ages of named people in {@code text}, each a figure of the measure "age of" the person's last name. */
  static List<Quantity> read(String text) {
    List<Quantity> out = new ArrayList<>();
    Matcher after = AGE_AFTER.matcher(text);
    while (after.find()) add(out, after.group(1), after.group(2) != null ? after.group(2) : after.group(3));
    Matcher before = AGE_BEFORE.matcher(text);
    while (before.find()) add(out, before.group(2), before.group(1));
    return out;
  }

  /**
   * What {@link QuantityReader#read} finds, and the named people's ages. ("Ana Berg (26) died": the bracketed age is no
   * count of the dead.)
   */
  static List<Quantity> withAges(String text) {
    List<Quantity> ages = read(text);
    if (ages.isEmpty()) return QuantityReader.read(text);
    Set<String> bracketed = new java.util.HashSet<>();
    Matcher after = AGE_AFTER.matcher(text);
    while (after.find()) if (after.group(3) != null) bracketed.add(after.group(3));
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : QuantityReader.read(text)) if (!bracketed.contains(q.text())) out.add(q);
    out.addAll(ages);
    return out;
  }

  private static void add(List<Quantity> out, String name, String age) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    if (NOT_NAMES.contains(last)) return;
    int years = Integer.parseInt(age);
    if (years == 0) return;
    out.add(Quantity.of(age, years, null, "", "years", "age of " + last.toLowerCase(Locale.ROOT)));
  }
}
