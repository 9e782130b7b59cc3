package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "The attack was staged" against "Norland carried out the attack": whether the incident happened as reported. One
 * party calls the incident itself staged, fabricated or a hoax, or says it never took place, naming no one who did it;
 * another names who did it, or gives its toll ("60 herders were killed": it happened).
 * A staging with a named doer ("X staged the attack") is an accusation, the {@link BlameDetector}'s; a picture or
 * recording called staged is the {@link AuthenticityDetector}'s.
 */
final class StagingDetector implements Detector {
  private static final String INCIDENT = "(?:attacks?|massacres?|killings?|shootings?|strikes?|air ?strikes?|bombings?|shelling|"
      + "poisonings?|explosions?|blasts?|atrocit(?:y|ies)|executions?|incident)";
  private static final String STAGED = "(?:staged|stage-managed|fabricated|faked|invented|a hoax|a fake|a fabrication|a set-up|"
      + "a false[- ]flag(?: operation)?|never happened|did not happen|didn['’]t happen)";
  /** "the chemical attack in the town of Kessa was staged": the incident, then (in its own clause) the staging. */
  private static final Pattern INCIDENT_THEN_STAGED = Pattern.compile("(?i)\\b" + INCIDENT
      + "\\b[^,;:.]{0,60}?\\b(?:was|were|had been|has been|is|are)\\s+(?:\\w+ly\\s+)?(?:all\\s+)?" + STAGED + "(?=\\W|$)");
  /** "the killings claimed by the governor did not occur", "the massacre never took place": the incident denied outright. */
  private static final Pattern NOT_HAPPENED = Pattern.compile("(?i)\\b" + INCIDENT + "\\b[^,;:.]{0,60}?\\b(?:did\\s+not|didn['’]t|never|"
      + "had\\s+not|hadn['’]t|has\\s+not|hasn['’]t)\\s+(?:actually\\s+|really\\s+|even\\s+)?(?:occur(?:red)?|happen(?:ed)?|"
      + "take\\s+place|taken\\s+place|took\\s+place)\\b");
  /** Every match of {@link #NOT_HAPPENED} holds one of these: most contents hold none and skip it. */
  private static final java.util.List<String> HAPPENING_WORDS = java.util.List.of("occur", "happen", "place");
  /** "a staged attack", "the fabricated massacre", "a false-flag attack". */
  private static final Pattern STAGED_INCIDENT = Pattern.compile("(?i)\\b(?:staged|stage-managed|fabricated|faked|fake|false[- ]flag)\\s+"
      + "(?:\\w+\\s+)?" + INCIDENT + "\\b");

  @Override
  public String name() {
    return "staging";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, List<Claim>> stagedBy = new LinkedHashMap<>();
    Map<String, List<Claim>> doerBy = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    Map<String, String> doers = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      if (!relevant(s)) continue;
      Claim c = s.claim();
      parties.putIfAbsent(s.party().key(), s.party());
      if (callsStaged(c)) {
        stagedBy.computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(c);
      } else {
        doerBy.computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(c);
        doers.putIfAbsent(s.party().key(), c.arguments().get("agent"));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (var staged : stagedBy.entrySet()) {
      Party a = parties.get(staged.getKey());
      // (Read once a party: what its claims say of the incident, staged or denied outright, whoever it is set against.)
      boolean deniedOutright = staged.getValue().stream().allMatch(c -> !INCIDENT_THEN_STAGED.matcher(c.content()).find()
          && !STAGED_INCIDENT.matcher(c.content()).find());
      String said = deniedOutright ? "never happened" : "staged";
      for (var named : doerBy.entrySet()) {
        Party b = parties.get(named.getKey());
        if (EventStances.sameSide(a, b)) continue;
        String doer = doers.get(named.getKey());
        // (A party that gives the toll and names no doer holds that it happened: "60 herders were killed".)
        String held = doer != null ? doer + " behind it" : "it happened";
        out.add(new Candidate("staging", true, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
            "whether it happened as reported: " + said + ", or " + (doer != null ? "the work of " + doer : "as told"), a, said,
            staged.getValue(), b, held, named.getValue(), 0.75, Severity.HIGH,
            a.label() + " says it " + (said.equals("staged") ? "was staged" : said) + "; " + b.label() + " says " + held + ".", name()));
      }
    }
    return out;
  }

  /** The stances this detector reads: a named party calling the incident staged, or naming who did it. */
  static boolean relevant(Stance s) {
    Claim c = s.claim();
    if (!s.party().isNamed() || s.party().isOutlet() || s.party().key().startsWith(Party.OTHER)
        || c.modality() == Modality.QUESTIONED) return false;
    return callsStaged(c) || (namesDoer(c) || givesToll(c, s)) && s.act() != Stance.Act.REJECT;
  }

  /** An affirmed toll of the dead, more than none, that does not deny it happened: someone holds it happened. */
  private static boolean givesToll(Claim c, Stance s) {
    if (c.polarity() != Polarity.AFFIRMED || s.act() != Stance.Act.ASSERT || c.content() == null) return false;
    // (The figures first: most claims give none, and the patterns after them are dearer.)
    for (io.contraflow.analysis.claims.Quantity q : c.quantities()) {
      if ("killed".equals(q.counted()) && q.value() > 0) return !stagedWords(c.content());
    }
    return false;
  }

  /** An affirmed claim that the incident was staged, naming no doer and no picture. */
  static boolean callsStaged(Claim c) {
    String content = c.content();
    if (content == null || Lexicon.DENIAL_CUES.contains(c.cue())) return false;
    // ("the attack did not occur": denied in form, the incident itself said never to have been.)
    if (c.polarity() != Polarity.AFFIRMED) return c.polarity() == Polarity.DENIED && c.arguments().get("agent") == null && neverHappened(content);
    if (c.arguments().get("agent") != null || AuthenticityDetector.MEDIA.matcher(content).find()) return false;
    return stagedWords(content);
  }

  /** An affirmed claim naming who did it (not the speaker itself, not one of several). */
  private static boolean namesDoer(Claim c) {
    String agent = c.arguments().get("agent");
    return "responsible".equals(c.predicate()) && c.polarity() == Polarity.AFFIRMED && agent != null
        && !"self".equals(agent) && !"true".equals(c.arguments().get("exclusive"))
        && !(c.content() != null && stagedWords(c.content())) && !BlameDetector.onlyAsPlace(c.content(), agent);
  }

  /** The incident called staged in so many words, whoever is named as doing it. */
  private static boolean stagedWords(String content) {
    return INCIDENT_THEN_STAGED.matcher(content).find() || STAGED_INCIDENT.matcher(content).find() || neverHappened(content);
  }

  private static boolean neverHappened(String content) {
    return !Judgement.holdsNone(content, HAPPENING_WORDS) && NOT_HAPPENED.matcher(content).find();
  }
}
