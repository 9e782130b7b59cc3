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
  private static final Pattern DEATH_WORDS = Pattern.compile("(?i)killed|dead|deaths|died|casualties|victims|fatalities|drowned|toll");
  private static final Pattern INJURY_WORDS = Pattern.compile("(?i)injured|wounded|hurt");

  /** An accusation, as this detector reads it: the accused phrase, whether the count was held low, and its measure. */
  record Accusation(String accused, boolean tooLow, String measure) {}

  @Override
  public String name() {
    return "misstated-toll";
  }

  /** Stems of {@link #ACCUSATION}'s verbs: a content with none of them is read no further (most are not). */
  private static final List<String> VERB_STEMS = List.of("undercount", "under-count", "underreport", "under-report", "understat",
      "underestimat", "downplay", "played down", "conceal", "inflat", "exaggerat", "overstat");

  /** The accusation a claim makes, or null. */
  static Accusation accusation(Claim c) {
    String lower = c.content().toLowerCase(java.util.Locale.ROOT);
    boolean any = false;
    for (String stem : VERB_STEMS) any |= lower.contains(stem);
    if (!any) return null;
    Matcher m = ACCUSATION.matcher(c.content());
    if (!m.find()) return null;
    String verb = m.group(2).toLowerCase(java.util.Locale.ROOT);
    boolean tooLow = !(verb.startsWith("inflat") || verb.startsWith("exagger") || verb.startsWith("overst"));
    String counted = m.group(3) == null ? m.group() : m.group(3);
    String measure = INJURY_WORDS.matcher(counted).find() ? "injured" : DEATH_WORDS.matcher(counted).find() || m.group(3) == null ? "killed" : null;
    return measure == null ? null : new Accusation(PartyNames.withoutArticle(m.group(1).strip()), tooLow, measure);
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
      // The accused party's own figures of that count, each party once.
      Map<String, List<Claim>> figuresByParty = new LinkedHashMap<>();
      Map<String, Party> partyOf = new java.util.HashMap<>();
      Map<String, String> valueOf = new java.util.HashMap<>();
      for (Stance s : event.stances) {
        if (s.party().isOutlet() || EventStances.sameSide(s.party(), accuser.party()) || !RejectionDetector.names(named, s.party(), a.accused())) continue;
        for (FigureDetector.Figure f : FigureDetector.figures(s, event.start)) {
          if (!f.measure().equals(a.measure())) continue;
          List<Claim> held = figuresByParty.computeIfAbsent(s.party().key(), k -> new ArrayList<>());
          if (!held.contains(s.claim())) held.add(s.claim()); // (one claim may give the count twice: "59, among them 12")
          partyOf.put(s.party().key(), s.party());
          valueOf.putIfAbsent(s.party().key(), f.quantity().text());
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
