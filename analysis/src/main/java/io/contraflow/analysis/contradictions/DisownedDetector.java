package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "The Front claimed responsibility for the bombing" and, days later, "the Front denied any involvement": a party that
 * claimed a deed as its own and also denied it has given two accounts of one thing, whichever came first. (Its
 * denials of others' accusations are the denial detector's; here the party is on both sides.)
 */
final class DisownedDetector implements Detector {
  static final String QUESTION = "disowned";

  private static final java.util.regex.Pattern CLAIMS_RESPONSIBILITY = java.util.regex.Pattern.compile(
      "(?i)\\b(?:claim(?:ed|s|ing)?|took|take[sn]?|taking|accept(?:ed|s|ing)?|assum(?:ed|es|ing)|admit(?:ted|s|ting)?)\\s+"
          + "(?:full\\s+|sole\\s+)?responsibility\\b|\\bclaims? of responsibility\\b");

  @Override
  public String name() {
    return "disowned";
  }

  /** A named party's claim about its own part in the deed, claimed or denied. */
  static boolean relevant(Stance s) {
    Claim c = s.claim();
    return "responsible".equals(c.predicate()) && c.modality() != Modality.QUESTIONED && !s.party().isOutlet() && s.party().isNamed()
        && s.act() != Stance.Act.REJECT && BlameDetector.namesItself(s);
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, List<Claim>> claimed = new LinkedHashMap<>();
    Map<String, List<Claim>> denied = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      if (!relevant(s)) continue;
      boolean denies = s.act() == Stance.Act.DENY || s.claim().polarity() == Polarity.DENIED;
      // Only a claim of responsibility in so many words claims the deed: a party's own words that merely name it
      // ("fake accusations against Norland") are read with the responsible frame too, and claim nothing.
      if (!denies && !CLAIMS_RESPONSIBILITY.matcher(s.claim().sentence() != null ? s.claim().sentence() : s.claim().content()).find()) continue;
      (denies ? denied : claimed).computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(s.claim());
      parties.putIfAbsent(s.party().key(), s.party());
    }
    List<Candidate> out = new ArrayList<>();
    claimed.forEach((key, claims) -> {
      List<Claim> denials = denied.get(key);
      if (denials == null) return;
      Party party = parties.get(key);
      out.add(new Candidate(QUESTION, true, ContradictionKind.REPORTED_CONTRADICTION,
          "whether " + party.label() + " carried it out: it claimed responsibility and denied it", party, "claimed responsibility", claims,
          party, "denied any involvement", denials, 0.7, Severity.MEDIUM,
          party.label() + " claimed responsibility, and denied any involvement: " + denials.get(0).content() + ".", name()));
    });
    return out;
  }
}
