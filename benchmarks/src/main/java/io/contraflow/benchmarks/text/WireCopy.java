package io.contraflow.benchmarks.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes long wire-style articles about a {@link Scenario}, deterministically from a seed, out of this class's own
 * sentence templates: attributed speech, direct quotes, denials and accusations, casualty figures, and plain narrative,
 * in roughly the proportions of agency copy about an attack. Only for benchmarks: the text is fluent enough for the
 * analysis to find claims in it, not meant to be read.
 */
public final class WireCopy {
  /** Reported speech: a named official says something about the event. */
  private static final String[] REPORTED = {
      "{minister}, the interior minister of {home}, said on {day} that the gunmen were fleeing toward {suspect} when police lost track of them.",
      "Governor {governor} said the attackers first tried to escape into {alt}, not {suspect}, before the roads around {town} were closed.",
      "Police spokesman {police} told reporters that {detained} suspects had been detained overnight in raids around {town}.",
      "{ministerSurname} said investigators had found a car abandoned about {km} kilometres from the border.",
      "{governorSurname} told local television that the evacuation of the {venue} had taken less than an hour.",
      "The regional prosecutor said the suspects would be charged with terrorism and could face life in prison.",
      "{analyst}, a security analyst at the Institute for Border Studies in {capital}, said the attack showed careful planning.",
      "{ministerSurname} said the attackers had used forged documents to cross the border some weeks earlier.",
      "The emergency ministry said fire crews had needed {n} hours to bring the blaze under control.",
      "{police} said officers were still questioning witnesses and reviewing footage from cameras near the {venue}.",
  };
  /** Direct quotes with their speaker. */
  private static final String[] QUOTES = {
      "\"We will find every person who had a hand in this,\" {minister} said at a news conference in {capital}.",
      "\"The doors were locked and people could not get out,\" said {witness}, who was inside the {venue} when the shooting began.",
      "\"They were heading for {suspect}, that much is clear,\" {ministerSurname} told reporters.",
      "\"Our doctors have worked through the night and will keep working,\" said {hospital}, who runs the main hospital in {town}.",
      "\"There is no evidence yet that anyone outside the country helped them,\" {analyst} said.",
      "\"I heard shots, then screaming, then the lights went out,\" {witness} said.",
      "\"The border with {alt} was where they wanted to go,\" {governorSurname} said in a statement.",
  };
  /** Accusations and denials, the raw material of blame disputes. */
  private static final String[] DISPUTES = {
      "{ministerSurname} accused {suspect} of sheltering the attackers and demanded that it hand them over.",
      "{suspect} has strongly denied any involvement in the attack on the {venue}.",
      "The foreign ministry of {suspect} rejected claims that {suspect} had helped the gunmen.",
      "{alt} said it had closed its side of the border and denied that any of the suspects had entered its territory.",
  };
  /** Casualty figures, from different authorities. */
  private static final String[] FIGURES = {
      "Officials said {killed} people were killed in the attack on the {venue}.",
      "Hospital officials said {hkilled} people were killed and {injured} were wounded.",
      "At least {injured} people were taken to hospitals in {town} and {capital}, the health ministry said.",
      "The emergency ministry said {killed} people had died and {n} were still missing.",
      "{hospital} said {n} of the wounded were in a critical condition.",
  };
  /** The outlet's own narrative: no claimant, no figure. */
  private static final String[] NARRATIVE = {
      "Smoke was still rising over the {venue} in {town} on {day} morning as rescue crews worked through the debris.",
      "The {venue} sits on the edge of {town}, a short drive from the motorway that leads to the border.",
      "Traffic on the main road into {town} was halted for most of the day, and trains to {capital} were diverted.",
      "Relatives gathered outside the district hospital, waiting for news of people they had not heard from since the evening.",
      "The region has seen a string of smaller incidents over the past year, none of them on this scale.",
      "Flags on public buildings across {home} flew at half mast, and a day of mourning was declared.",
      "Concerts and sports events in {capital} were cancelled for the rest of the week.",
      "Volunteers queued for hours to give blood at clinics across the city.",
      "Armed police were posted at railway stations and shopping centres in {capital} and {town}.",
      "The building's roof partly collapsed during the night, and engineers said the structure would have to be demolished.",
      "Crowds laid flowers and candles at a makeshift memorial near the main entrance.",
      "Schools in {town} stayed closed, and parents were asked to keep children at home.",
      "Neighbouring governments sent messages of condolence to the people of {home}.",
      "Relations between {home} and {suspect} have been tense for years over a disputed stretch of the border.",
  };
  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

  private final SplittableRandom random;

  public WireCopy(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A headline for the scenario. */
  public String headline(Scenario s) {
    return fill("Attack on the {venue} in {town}: suspects fled toward {suspect}, minister says", s);
  }

  /**
   * An article of at least {@code minWords} words: a lede, then paragraphs of two or three sentences mixing the five
   * kinds of sentence, about half of them attributed.
   */
  public String article(Scenario s, int minWords) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(NARRATIVE[0], s) + " " + fill(FIGURES[0], s));
    int words = countWords(paragraphs.get(0));
    while (words < minWords) {
      int sentences = 2 + random.nextInt(2);
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        if (i > 0) p.append(' ');
        p.append(fill(pickSentence(), s));
      }
      paragraphs.add(p.toString());
      words += countWords(p);
    }
    return String.join("\n\n", paragraphs);
  }

  private String pickSentence() {
    int roll = random.nextInt(100);
    if (roll < 30) return pick(REPORTED);
    if (roll < 45) return pick(QUOTES);
    if (roll < 55) return pick(DISPUTES);
    if (roll < 67) return pick(FIGURES);
    return pick(NARRATIVE);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String fill(String template, Scenario s) {
    Map<String, String> slots = Map.ofEntries(
        Map.entry("minister", s.minister()), Map.entry("ministerSurname", s.ministerSurname()),
        Map.entry("governor", s.governor()), Map.entry("governorSurname", s.governorSurname()),
        Map.entry("police", s.policeSpokesman()), Map.entry("hospital", s.hospitalChief()), Map.entry("witness", s.witness()),
        Map.entry("analyst", s.analyst()), Map.entry("home", s.homeCountry()), Map.entry("capital", s.capital()),
        Map.entry("town", s.town()), Map.entry("venue", s.venue()), Map.entry("suspect", s.suspect()),
        Map.entry("alt", s.alternative()), Map.entry("killed", Integer.toString(s.killed())),
        Map.entry("hkilled", Integer.toString(s.hospitalKilled())), Map.entry("injured", Integer.toString(s.injured())),
        Map.entry("detained", Integer.toString(s.detained())), Map.entry("day", s.day()),
        Map.entry("n", Integer.toString(2 + random.nextInt(29))), Map.entry("km", Integer.toString(5 + random.nextInt(86))));
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = slots.get(m.group(1));
      if (value == null) throw new IllegalArgumentException("Unknown slot {" + m.group(1) + "} in template: " + template);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Words as a reader counts them: runs of non-space characters. */
  public static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }
}
