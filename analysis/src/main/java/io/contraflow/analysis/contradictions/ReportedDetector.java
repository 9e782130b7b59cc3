package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ReportedDisagreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Lukashenko's remarks contradict Putin's claims", "the findings challenge Russia's account": an article reports
 * that one party contradicts another. It adds its evidence to a finding that already sets the two parties against
 * each other, or stands on its own when the challenged party's claims are in the coverage.
 */
final class ReportedDetector implements Detector {
  static final String QUESTION = "reported";

  @Override
  public String name() {
    return "reported";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    for (Stance r : event.stances) {
      ReportedDisagreement reported = r.claim().reported();
      if (reported == null) continue;
      String challenged = reported.challenged();
      List<Claim> challengedClaims = new ArrayList<>();
      Party challengedParty = null;
      for (Stance s : event.stances) {
        if (s.claim().reported() != null || EventStances.sameSide(s.party(), r.party()) || !named(s.party(), challenged)) continue;
        challengedClaims.add(s.claim());
        if (challengedParty == null) challengedParty = s.party();
      }
      if (challengedParty == null) continue;
      String relation = reported.relation();
      out.add(new Candidate(QUESTION, true, ContradictionKind.REPORTED_CONTRADICTION, r.party().label() + " " + relation + " "
          + challengedParty.label(), r.party(), "challenges " + challengedParty.label(), List.of(r.claim()), challengedParty,
          "challenged by " + r.party().label(), challengedClaims, 0.75, Severity.MEDIUM,
          "Reports say " + r.claim().claimant() + "'s account " + relation + "s " + challenged + "'s.", name()));
    }
    return out;
  }

  /** The party is the one named: by surname, by name, or as the government of a named country ("the Russian government"). */
  private static boolean named(Party p, String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    String[] words = n.split("\\s+");
    String last = words[words.length - 1];
    for (String known : p.names()) {
      String k = known.toLowerCase(Locale.ROOT);
      if (k.equals(n) || k.endsWith(" " + last) && last.length() > 3 || k.equals(last)) return true;
    }
    if (p.isGovernment() && n.endsWith(" government")) {
      String country = io.contraflow.analysis.nlp.Lexicon.english().country(words[0]);
      return country != null && p.key().equals(Party.GOVERNMENT + country.toLowerCase(Locale.ROOT));
    }
    return false;
  }
}
