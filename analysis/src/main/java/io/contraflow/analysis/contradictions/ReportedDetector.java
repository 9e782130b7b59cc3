package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ReportedDisagreement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
      challengedClaims = about(event, r, challengedParty, challengedClaims);
      String relation = reported.relation();
      out.add(new Candidate(QUESTION, true, ContradictionKind.REPORTED_CONTRADICTION, r.party().label() + " " + relation + " "
          + challengedParty.label(), r.party(), "challenges " + challengedParty.label(), List.of(r.claim()), challengedParty,
          "challenged by " + r.party().label(), challengedClaims, 0.75, Severity.MEDIUM,
          "Reports say " + r.claim().claimant() + "'s account " + relation + "s " + challenged + "'s.", name()));
    }
    return out;
  }

  /** A capitalised word: a name, which every claim about those named holds, not what the report says was wrong. */
  private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");
  /** Nouns by which a report names the thing it says is contradicted ("police claims", "the government's figure"). */
  private static final String THING_NOUNS = "claim claims account accounts statement statements version story narrative assertion "
      + "assertions report reports findings allegation allegations figure figures toll tally count";
  private static final java.util.regex.Pattern THING_SAID = java.util.regex.Pattern.compile("(?i)\\b(?:"
      + THING_NOUNS.replace(' ', '|') + ")\\b");
  /** The same nouns as words: they name the kind of thing contradicted, not what it says. */
  private static final Set<String> STATEMENT_WORDS = Contents.words(THING_NOUNS);

  /**
   * Of the challenged party's claims, those the report says are contradicted when it names what ("footage contradicts
   * police claims that they fired in self-defence": the claims about firing in self-defence, not the party's every
   * word), so that the report joins the dispute it is about; all of them when it names nothing or none matches.
   */
  private static List<Claim> about(EventStances event, Stance r, Party challenged, List<Claim> claims) {
    // (Lower-case words only: the names of those involved are in every claim about them.)
    Set<String> named = new HashSet<>(event.words(CAPITALISED.matcher(r.claim().content()).replaceAll(" ")));
    // Only a report that names the thing contradicted ("police claims that P", "the government's figure of 37") says which.
    if (!THING_SAID.matcher(r.claim().content()).find()) return claims;
    named.removeAll(STATEMENT_WORDS);
    named.removeAll(event.words(r.party().label() + " " + r.claim().claimant() + " " + r.claim().reported().challenged()
        + " " + r.claim().reported().relation() + " " + challenged.label()));
    if (named.size() < 2) return claims;
    List<Claim> out = new ArrayList<>();
    // ("challenging the government's figure of 37": a report that gives a figure answers the party's figures.)
    boolean figures = !r.claim().quantities().isEmpty();
    for (Claim c : claims) {
      int shared = 0;
      for (String w : event.words(c.content())) if (named.contains(w)) shared++;
      if (shared >= 2 || figures && !c.quantities().isEmpty()) out.add(c);
    }
    return out.isEmpty() ? claims : out;
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
