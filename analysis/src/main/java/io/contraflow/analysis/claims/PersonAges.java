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
 * ("age of ana berg"), so only two ages of one person meet. An age of no one named ("a 19-year-old") measures nothing.
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

  /** The ages of named people in {@code text}, each a figure of the measure "age of" the person's name. */
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

  /** Ranks written before a soldier's name that the title lexicon leaves out, being common words otherwise ("private"). */
  private static final Set<String> RANKS = Set.of("Private", "Pte", "Pvt", "Trooper", "Gunner", "Sapper", "Rifleman", "Lance",
      "Seaman", "Airman", "Specialist", "Cadet");
  private static final io.contraflow.analysis.nlp.Lexicon LEXICON = io.contraflow.analysis.nlp.Lexicon.english();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * The person's name without a title before it ("Corporal Ana Berg" is Ana Berg) and without accents, lower case: an
   * age written with a given name meets only the same given name's ("the 25-year-old Omar Berg" is not "Berg, 61", his
   * father), one with the surname alone only the surname alone.
   */
  private static void add(List<Quantity> out, String name, String age) {
    List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
    while (!words.isEmpty() && (LEXICON.isTitle(words.get(0).toLowerCase(Locale.ROOT)) || NOT_NAMES.contains(words.get(0))
        || RANKS.contains(words.get(0)))) words.remove(0);
    if (words.isEmpty() || NOT_NAMES.contains(words.get(words.size() - 1))) return;
    // ("a 32-year-old American", "the 40-year-old Norwegian": a nationality, no one named.)
    if (words.size() == 1 && LEXICON.countryByNameOrDemonym(words.get(0)) != null) return;
    int years = Integer.parseInt(age);
    if (years == 0) return;
    String key = java.text.Normalizer.normalize(String.join(" ", words), java.text.Normalizer.Form.NFD);
    out.add(Quantity.of(age, years, null, "", "years", "age of " + MARKS.matcher(key).replaceAll("").toLowerCase(Locale.ROOT)));
  }
}
