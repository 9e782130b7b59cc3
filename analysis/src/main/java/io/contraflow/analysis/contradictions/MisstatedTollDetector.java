package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "An inquiry found that the authorities had undercounted the number of the dead", "the government played down
 * the toll", "rebels inflated the number of dead": a party says another's count is wrong without giving a figure of its
 * own. The accused party's own figures in the coverage stand against the accusation: a dispute over the toll.
 */
final class MisstatedTollDetector implements Detector {
  static final String QUESTION = "misstated-toll";

  /** Who is accused (the words before the verb), how, and of which count. */
  private static final Pattern ACCUSATION = Pattern.compile("(?i)^(?:that\\s+)?(.{3,80}?)\\s+(?:have|has|had)?\\s*"
      + "(?:\\p{L}+ly\\s+)?(undercounted|under-counted|underreported|under-reported|understated|underestimated|downplayed|"
      + "played down|concealed|inflated|exaggerated|overstated)\\s+(?:the\\s+)?(?:true\\s+|real\\s+|actual\\s+|official\\s+)?"
      + "(?:number|toll|death toll|count|scale|figures?)\\b(?:\\s+of\\s+(?:the\\s+)?(?:people\\s+)?(\\p{L}+))?");
  private static final String COUNT_NOUN = "(?:death\\s+)?(?:figures?|numbers?|toll|count|tally|estimates?|"
      // ("the group's claims of hundreds of deaths were exaggerated")
      + "claims?\\s+of\\s+(?:[\\w,-]+\\s+){0,5}?(?:deaths|dead|killed|casualties|fatalities|victims))";
  private static final String WAS = "\\s+(?:was|were|is|are|had been|have been|has been)\\s+(?:\\p{L}+ly\\s+)?";
  // ("the ministry's figure was a gross underestimate", "the count is far too low")
  private static final String MISSTATED = "(underreported|under-reported|understated|underestimated|downplayed|played down|inflated|"
      + "exaggerated|overstated|(?:an?\\s+)?(?:\\p{L}+\\s+)?(?:underestimate|overestimate|exaggeration)|(?:far\\s+|much\\s+)?too\\s+(?:low|high))";
  /** "The monitor's figures were exaggerated", "the group's death toll of the protesters is inflated": the accused's count, passive. */
  private static final Pattern OWN_COUNT_MISSTATED = Pattern.compile("(?i)^(?:that\\s+)?(?:the\\s+)?(.{3,60}?)(?:'s|’s|')\\s+(?:own\\s+)?"
      + COUNT_NOUN + "(?:\\s+of\\s+(?:the\\s+)?(?:people\\s+)?(\\p{L}+))?" + WAS + MISSTATED + "\\b");
  /** "The toll given by the monitor was grossly inflated": the count, then who gave it. */
  private static final Pattern GIVEN_COUNT_MISSTATED = Pattern.compile("(?i)^(?:that\\s+)?(?:the\\s+)?" + COUNT_NOUN
      + "(?:\\s+of\\s+(?:the\\s+)?(?:people\\s+)?(\\p{L}+))?\\s+(?:given|released|reported|cited|published|issued|announced|put out)"
      + "\\s+by\\s+(?:the\\s+)?(.{3,60}?)" + WAS + MISSTATED + "\\b");
  /**
   * "described the monitor's figures as exaggerated": the accused's count, set down as misstated. (Dismissed or
   * rejected so, the rejection is its own finding.)
   */
  private static final Pattern OWN_COUNT_AS_MISSTATED = Pattern.compile("(?i)^(?:that\\s+)?(?:the\\s+)?(.{3,60}?)(?:'s|’s|')\\s+(?:own\\s+)?"
      + COUNT_NOUN + "(?:\\s+of\\s+(?:the\\s+)?(?:people\\s+)?(\\p{L}+))?\\s+as\\s+(?:\\p{L}+ly\\s+)?" + MISSTATED + "\\b");
  /** "accused the authorities of covering up the true toll", "of inflating the number of dead": the charge form. */
  private static final Pattern CHARGED_WITH_MISSTATING = Pattern.compile("(?i)^(?:that\\s+)?(?:the\\s+)?(.{3,60}?)\\s+of\\s+(covering\\s+up|"
      + "concealing|hiding|downplaying|playing\\s+down|under-?reporting|understating|under-?counting|underestimating|inflating|"
      + "exaggerating|overstating)\\s+(?:the\\s+)?(?:true\\s+|real\\s+|actual\\s+|official\\s+)?(?:" + COUNT_NOUN + "|deaths|casualties|fatalities)"
      + "(?:\\s+of\\s+(?:the\\s+)?(?:people\\s+)?(\\p{L}+))?");
  /**
   * "the number who drowned was far higher than the ministry's count of 31", "far lower than the toll given by the
   * rebels": the speaker's count lies beyond the one it names, whose owner is the accused.
   */
  private static final Pattern BEYOND_ANOTHERS_COUNT = Pattern.compile("(?i)\\b(?:(?:much|far|significantly|considerably|substantially|well)\\s+)?"
      + "(higher|greater|lower) than\\s+(?:the\\s+)?(?:(.{3,60}?)(?:'s|’s|')\\s+(?:official\\s+)?" + COUNT_NOUN
      + "|(?:official\\s+)?" + COUNT_NOUN + "\\s+(?:given|released|reported|announced|put out)\\s+by\\s+(?:the\\s+)?(.{3,60}?)(?=\\s*(?:[,.;]|$|\\s+of\\b)))");
  /**
   * "likely above the official tally", "well higher than the stated 60", "the actual number is far greater", "the
   * true toll may be higher still": a count held too low (or too high) without naming whose it is. The figure meant is
   * the state's, the one every report calls official; {@link #OFFICIAL} stands for its owner.
   */
  private static final Pattern BEYOND_THE_OFFICIAL_COUNT = Pattern.compile("(?i)\\b(?:(?:much|far|significantly|considerably|substantially|well)\\s+)?"
      + "(higher|greater|lower) than\\s+(?:the\\s+)?(?:official|stated|announced|government(?:'s|’s)?|authorities(?:'|’)?)\\s+"
      + "(?:(?:government|official|state)\\s+)?(?:" + COUNT_NOUN + "|\\d[\\d,]*)");
  private static final Pattern REAL_COUNT_BEYOND = Pattern.compile("(?i)\\b(?:the\\s+)?(?:real|true|actual)\\s+(?:death\\s+)?"
      + "(?:toll|figure|number|count|tally)(?:\\s+of\\s+(?:the\\s+)?(?:dead|deaths|victims|people\\s+killed))?\\s+"
      + "(?:is|was|could be|may be|might be|would be|will be|could well be|is likely to be|is probably|is likely|was likely|is thought to be)\\s+"
      + "(?:(?:much|far|significantly|considerably|substantially|well)\\s+)?(higher|greater|lower)\\b");
  /**
   * "The official count is much less than the real one", "the figures given were far lower than the true number".
   * (Not "the number aboard was far greater than the actual capacity": the real one must be a count too.)
   */
  private static final Pattern COUNT_SHORT_OF_REAL = Pattern.compile("(?i)\\b(?:death\\s+)?(?:count|toll|figures?|numbers?|tally)\\b[^.;]{0,60}?"
      + "\\b(?:is|was|are|were)\\s+(?:(?:much|far|significantly|considerably|substantially|well)\\s+)?(less|lower|smaller|fewer|more|higher|greater)"
      + "\\s+than\\s+(?:the\\s+)?(?:real|true|actual)\\s+(?:one|ones|figures?|numbers?|toll|count|tally)\\b");
  /** The owner {@link #BEYOND_THE_OFFICIAL_COUNT} and {@link #REAL_COUNT_BEYOND} accuse: the state, whichever of its parties gave a figure. */
  static final String OFFICIAL = "official";
  private static final Pattern DEATH_WORDS = Pattern.compile("(?i)killed|dead|deaths|died|casualties|victims|fatalities|drowned|toll");
  private static final Pattern INJURY_WORDS = Pattern.compile("(?i)injured|wounded|hurt");

  /**
   * An accusation, as this detector reads it: the accused phrase, whether the count was held low, its measure, and
   * whether the accuser set a count of its own beyond the accused's named figure.
   */
  record Accusation(String accused, boolean tooLow, String measure, boolean beyond) {}

  @Override
  public String name() {
    return "misstated-toll";
  }

  /** Stems of {@link #ACCUSATION}'s verbs: a content with none of them is read no further (most are not). */
  private static final List<String> VERB_STEMS = List.of("undercount", "under-count", "underreport", "under-report", "understat",
      "underestimat", "downplay", "played down", "playing down", "conceal", "inflat", "exaggerat", "overstat", "covering up", "hiding",
      "overestimat", "too low", "too high", "higher than", "greater than", "lower than",
      // (REAL_COUNT_BEYOND's "the true toll ... higher", named by its count noun: "higher" alone would let most claims through.)
      "real toll", "real death", "real figure", "real number", "real count", "real tally", "true toll", "true death", "true figure",
      "true number", "true count", "true tally", "actual toll", "actual death", "actual figure", "actual number", "actual count",
      "actual tally", "than the real", "than the true", "than the actual");

  /** The accusation a claim makes, or null. */
  static Accusation accusation(Claim c) {
    String lower = c.content().toLowerCase(java.util.Locale.ROOT);
    boolean any = false;
    for (String stem : VERB_STEMS) any |= lower.contains(stem);
    if (!any) return null;
    Matcher m = ACCUSATION.matcher(c.content());
    if (m.find()) return accusation(m.group(1), m.group(2), m.group(3), m.group(), false);
    // The passive forms, which name the accused as the count's owner or giver.
    m = OWN_COUNT_MISSTATED.matcher(c.content());
    if (m.find()) return accusation(m.group(1), m.group(3), m.group(2), m.group(), false);
    m = GIVEN_COUNT_MISSTATED.matcher(c.content());
    if (m.find()) return accusation(m.group(2), m.group(3), m.group(1), m.group(), false);
    m = OWN_COUNT_AS_MISSTATED.matcher(c.content());
    if (m.find()) return accusation(m.group(1), m.group(3), m.group(2), m.group(), false);
    m = CHARGED_WITH_MISSTATING.matcher(c.content());
    if (m.find()) return accusation(m.group(1), m.group(2), m.group(3), m.group(), false);
    m = BEYOND_ANOTHERS_COUNT.matcher(c.content());
    // (The whole content names what is counted: "the number of fans killed ... was much higher than".)
    if (m.find()) return accusation(m.group(2) != null ? m.group(2) : m.group(3), m.group(1), null, c.content(), true);
    // Whose count is held wrong goes unsaid: the official one. With the number named ("the stated 60") only that figure is meant.
    m = BEYOND_THE_OFFICIAL_COUNT.matcher(c.content());
    if (m.find()) return accusation(OFFICIAL, m.group(1), null, c.content(), Character.isDigit(c.content().charAt(m.end() - 1)));
    m = REAL_COUNT_BEYOND.matcher(c.content());
    if (m.find()) return accusation(OFFICIAL, m.group(1), null, c.content(), false);
    // (The count named falls short of the real one: held too low, as "understated" says.)
    m = COUNT_SHORT_OF_REAL.matcher(c.content());
    if (!m.find()) return null;
    return accusation(OFFICIAL, m.group(1).matches("(?i)less|lower|smaller|fewer") ? "understated" : "overstated", null, c.content(), false);
  }

  /**
   * The accusation against {@code accused} of a count {@code verb}ed, of {@code counted} (null: read the whole {@code match});
   * {@code beyond} when the accuser set a count of its own beyond the accused's named figure.
   */
  private static Accusation accusation(String accused, String verb, String counted, String match, boolean beyond) {
    String how = verb.toLowerCase(java.util.Locale.ROOT);
    boolean tooLow = !(how.contains("inflat") || how.contains("exagger") || how.contains("overst") || how.contains("overestim")
        || how.endsWith("too high") || how.equals("lower"));
    String words = counted == null ? match : counted;
    String measure = INJURY_WORDS.matcher(words).find() ? "injured" : DEATH_WORDS.matcher(words).find() || counted == null ? "killed" : null;
    return measure == null ? null : new Accusation(OFFICIAL.equals(accused) ? OFFICIAL : PartyNames.withoutArticle(accused.strip()), tooLow, measure, beyond);
  }

  /** Whether the accuser's words give the number of the figure {@code f} ("the ministry's count of 31" and 31). */
  private static boolean namesNumberOf(String content, FigureDetector.Figure f) {
    String digits = f.quantity().text().replaceAll("[^0-9]", "");
    return !digits.isEmpty() && content.replace(",", "").matches("(?s).*(?<![0-9])" + digits + "(?![0-9]).*");
  }

  /** Whether the stance makes such an accusation: the anchor this detector needs. */
  static boolean relevant(Stance s) {
    return s.act() == Stance.Act.ASSERT && accusation(s.claim()) != null;
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    Map<String, Boolean> named = new java.util.HashMap<>();
    for (Stance accuser : event.stances) {
      Accusation a = accuser.act() == Stance.Act.ASSERT ? accusation(accuser.claim()) : null;
      if (a == null) continue;
      // The state's own warning that the real toll may be higher is no dispute with its count.
      // (Nor is an outlet's own aside: the finding is between those who count.)
      boolean official = OFFICIAL.equals(a.accused());
      if (official && (OneReportFigures.speaksForState(accuser.claim()) || !accuser.party().isNamed() || accuser.party().isOutlet())) continue;
      // The accused party's own figures of that count, each party once.
      Map<String, List<Claim>> figuresByParty = new LinkedHashMap<>();
      Map<String, Party> partyOf = new java.util.HashMap<>();
      Map<String, String> valueOf = new java.util.HashMap<>();
      for (Stance s : event.stances) {
        if (s.party().isOutlet() || EventStances.sameSide(s.party(), accuser.party())) continue;
        if (OFFICIAL.equals(a.accused()) ? !s.party().isGovernment() && !OneReportFigures.speaksForState(s.claim())
            : !RejectionDetector.names(named, s.party(), a.accused())) continue;
        for (FigureDetector.Figure f : FigureDetector.figures(s, event.start)) {
          if (!f.measure().equals(a.measure())) continue;
          // "much higher than the group's count of 161": that count, not the group's other figures ("scores killed"); and a
          // floor ("at least 161") is not a count held too low.
          if (a.beyond() && (a.tooLow() && f.high() == Double.POSITIVE_INFINITY
              || !namesNumberOf(accuser.claim().content(), f))) continue;
          // (The state's offices, which speak for one count, are one side: the first to give it names it.)
          String key = official && !figuresByParty.isEmpty() ? figuresByParty.keySet().iterator().next() : s.party().key();
          List<Claim> held = figuresByParty.computeIfAbsent(key, k -> new ArrayList<>());
          if (!held.contains(s.claim())) held.add(s.claim()); // (one claim may give the count twice: "59, among them 12")
          partyOf.putIfAbsent(key, s.party());
          valueOf.putIfAbsent(key, f.quantity().text());
        }
      }
      for (var e : figuresByParty.entrySet()) {
        Party accused = partyOf.get(e.getKey());
        String how = a.tooLow() ? "too low" : "too high";
        out.add(new Candidate(QUESTION + ":" + a.measure(), true, ContradictionKind.NUMERIC_DISCREPANCY,
            "whether " + accused.label() + "'s count of the " + a.measure() + " is " + how, accused, a.measure() + ": " + valueOf.get(e.getKey()),
            List.copyOf(e.getValue()), accuser.party(), "its count is " + how, List.of(accuser.claim()), 0.7, Severity.MEDIUM,
            accuser.claim().claimant() + " says " + accused.label() + "'s count of the " + a.measure() + " (" + valueOf.get(e.getKey())
                + ") is " + how + ": " + Contents.clip(accuser.claim().content(), 120) + ".", name()));
      }
    }
    return out;
  }
}
