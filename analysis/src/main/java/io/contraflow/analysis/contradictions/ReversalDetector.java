package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "After an initial denial, the army finally admitted its troops were there", "in an abrupt about-turn after initially
 * denying the claims": the article says a party has reversed its own account. The party's earlier denials in the
 * coverage stand against what it now says, the two sides of one party's changing story.
 */
final class ReversalDetector implements Detector {
  static final String QUESTION = "reversal";

  /** Words by which an article says that a party now says otherwise than it did. */
  private static final Pattern REVERSAL = Pattern.compile("(?i)\\b(?:"
      + "after (?:an? |its |their |his |her |the )?(?:initial |earlier |first |previous |repeated )?denials?"
      + "|after (?:initially|first|earlier|previously|repeatedly) (?:denying|rejecting|dismissing|insisting)"
      + "|after (?:days|weeks|months|years) of (?:denials?|denying|insisting)"
      + "|having (?:initially|first|earlier|previously) (?:denied|rejected|dismissed|insisted)"
      + "|backtrack(?:ed|ing|s)?|about-turn|u-turn|walked back|reversal"
      + "|revers(?:ed|ing) (?:its|their|his|her) (?:earlier |previous |initial |own )?(?:account|position|stance|version|claims?)"
      + "|changed (?:its|their|his|her) (?:account|story|version)"
      + "|finally (?:admitted|acknowledged|conceded|revealed|confirmed)"
      // "for the first time admitted", "acknowledged for the first time": it had said otherwise, or nothing, before.
      + "|for the first time (?:publicly |openly )?(?:admitted|acknowledged|conceded|confirmed)"
      + "|(?:admitted|acknowledged|conceded) (?:publicly |openly )?for the first time)\\b");

  @Override
  public String name() {
    return "reversal";
  }

  /** Whether the claim's sentence says its speaker reversed itself. */
  static boolean relevant(Stance s) {
    Claim c = s.claim();
    return s.act() == Stance.Act.ASSERT && !s.party().isOutlet() && s.party().isNamed() && REVERSAL.matcher(c.sentence() != null ? c.sentence() : c.content()).find();
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    for (Stance now : event.stances) {
      if (!relevant(now)) continue;
      List<Claim> earlier = new ArrayList<>();
      for (Stance s : event.stances) {
        if (s.act() != Stance.Act.ASSERT && s.party().key().equals(now.party().key()) && s.claim() != now.claim()
            && !java.util.Objects.equals(s.claim().sentence(), now.claim().sentence())) {
          earlier.add(s.claim());
        }
      }
      if (earlier.isEmpty()) continue;
      String label = now.party().label();
      out.add(new Candidate(QUESTION, true, ContradictionKind.REPORTED_CONTRADICTION, label + " changed its account", now.party(),
          "its denials", earlier, now.party(), now.claim().content(), List.of(now.claim()), 0.7, Severity.MEDIUM,
          "Reports say " + now.claim().claimant() + " changed its account, against its own denials: " + now.claim().content() + ".", name()));
    }
    return out;
  }
}
