package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The pupils were rescued by troops" against "they were released by their abductors": whether captives came out by
 * force or by their captors' leave. A government that may not be seen to bargain says its forces rescued them; parents,
 * negotiators or the captors themselves say the captors let them go, after talks or a payment. A negation just before
 * turns either round ("were not rescued").
 */
final class Rescue extends Judgement {
  /** Those who hold captives. */
  static final String CAPTORS = "(?:abductors|kidnappers|captors|hostage-takers|gang|gangs|bandits|gunmen|militants|insurgents|"
      + "jihadists|rebels|terrorists|pirates)";
  /** "were rescued by the military", "rescued the girls", "a rescue operation", "freed in a military operation". */
  private static final Pattern RESCUED = Pattern.compile("(?i)\\brescued\\b|\\brescue\\s+(?:operation|mission|raid)\\b"
      + "|\\b(?:freed|liberated)\\s+(?:[\\w-]+\\s+){0,4}?(?:in|during|after)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:operation|raid|assault)\\b");
  /**
   * "released by their abductors", "the kidnappers freed them", "let go after negotiations", "back-channel talks",
   * "negotiated their release".
   */
  private static final Pattern LET_GO = Pattern.compile("(?i)\\b(?:released|freed|set\\s+free|let\\s+go)\\s+by\\s+(?:their\\s+|the\\s+|its\\s+)?"
      + "(?:[\\w-]+\\s+){0,2}?" + CAPTORS + "\\b|\\b" + CAPTORS + "\\s+(?:had\\s+|have\\s+)?(?:released|freed|let\\s+go|set\\s+free)\\b"
      + "|\\b(?:released|freed|let\\s+go)\\s+(?:[\\w-]+\\s+){0,4}?(?:after|following)\\s+(?:[\\w-]+\\s+){0,2}?(?:negotiations?|talks|"
      + "concessions?|(?:a\\s+)?ransom)\\b|\\bback-?\\s?channels?\\b|\\bnegotiated\\s+(?:their|the|his|her)\\s+(?:[\\w-]+\\s+)?release\\b");
  private static final List<String> WORDS = List.of("rescue", "freed", "liberated", "released", "set free", "let go", "back", "negotiated");

  Rescue() {
    super("rescue", "whether the captives were rescued by force", "rescued by force", "let go by their captors");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    Matcher rescued = RESCUED.matcher(content);
    Matcher letGo = LET_GO.matcher(content);
    boolean r = rescued.find();
    boolean l = letGo.find();
    // The first account decides: "were rescued, not released by the gang" is a rescue.
    if (r && (!l || rescued.start() < letGo.start())) return !negatedAt(content, rescued, 2);
    if (l) return negatedAt(content, letGo, 2);
    return null;
  }

  @Override
  boolean ofConduct() {
    return true;
  }
}
