package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The footage was staged" against "reporters verified the images": whether a video, photograph or recording is
 * genuine. One party calls it fake (staged, forged, doctored) and another verifies it or calls it genuine; a party
 * that denies it was staged holds it genuine. Both claims must be about a picture or a recording, so "fake
 * accusations" is the rejection detector's, not this one's.
 */
final class AuthenticityDetector implements Detector {
  static final Pattern MEDIA = Pattern.compile(
      "(?i)\\b(videos?|footage|images?|imagery|photos?|photographs?|pictures?|recordings?|clips?|tapes?|audio)\\b");
  private static final Pattern FAKE = Pattern.compile("(?i)\\b(fakes?|faked|staged|stage-managed|forged|forger(?:y|ies)|"
      + "fabricated|fabrications?|doctored|manipulated|hoax|montage|set-up|not genuine|not authentic)\\b");
  private static final Pattern GENUINE = Pattern.compile("(?i)\\b(genuine|authentic|unedited|unaltered)\\b");
  private static final Pattern NEGATED_FAKE = Pattern.compile("(?i)\\b(?:not|never|no)\\s+(?:been\\s+|being\\s+)?(?:\\w+\\s+)?"
      + "(fakes?|faked|staged|forged|fabricated|doctored|manipulated)\\b");
  /** Cues that vouch for what they take as object: "verified the images". */
  private static final java.util.Set<String> VOUCHING_CUES = java.util.Set.of("verify", "authenticate");

  /** What a claim holds about a picture or recording, and the words that say so. */
  private record Position(boolean genuine, String words) {}

  @Override
  public String name() {
    return "authenticity";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Stance> fake = new ArrayList<>();
    List<Stance> genuine = new ArrayList<>();
    Map<Stance, String> words = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      if (!s.party().isNamed() || s.claim().modality() == Modality.QUESTIONED) continue;
      Position p = position(s.claim());
      if (p == null) continue;
      (p.genuine() ? genuine : fake).add(s);
      words.put(s, p.words());
    }
    // One candidate per pair of parties: every claim of one against every claim of the other is one dispute.
    Map<String, Candidate> byPair = new LinkedHashMap<>();
    for (Stance f : fake) {
      for (Stance g : genuine) {
        if (EventStances.sameSide(f.party(), g.party())) continue;
        String key = f.party().key() + "|" + g.party().key();
        Candidate previous = byPair.get(key);
        List<Claim> claimsA = previous == null ? List.of(f.claim()) : Candidate.adding(previous.claimsA(), f.claim());
        List<Claim> claimsB = previous == null ? List.of(g.claim()) : Candidate.adding(previous.claimsB(), g.claim());
        String positionA = previous == null ? "fake (" + words.get(f) + ")" : previous.positionA();
        String positionB = previous == null ? "genuine (" + words.get(g) + ")" : previous.positionB();
        byPair.put(key, new Candidate("authenticity", true, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
            "whether the pictures are genuine: " + positionA + " or " + positionB, f.party(), positionA, claimsA, g.party(),
            positionB, claimsB, 0.8, Severity.HIGH,
            f.party().label() + " says they are " + positionA + "; " + g.party().label() + " says they are " + positionB + ".", name()));
      }
    }
    return new ArrayList<>(byPair.values());
  }

  /** Fake or genuine, for a claim about a picture or recording; null for any other claim. */
  static Position position(Claim c) {
    // "The videos show bodies left by the road": pictures cited as the source of what they show are held genuine by the
    // claim, against a party that calls them fabricated.
    if (c.claimantMention() != null && MEDIA.matcher(c.claimantMention()).find() && c.polarity() == io.contraflow.analysis.nlp.Polarity.AFFIRMED) {
      return new Position(true, "shown in them");
    }
    String content = c.content();
    if (content == null || !MEDIA.matcher(content).find()) return null;
    boolean denying = c.cue() != null && Lexicon.DENIAL_CUES.contains(c.cue());
    Matcher negated = NEGATED_FAKE.matcher(content);
    if (negated.find()) return new Position(!denying, negated.group().toLowerCase(Locale.ROOT));
    Matcher fake = FAKE.matcher(content);
    // "dismissed claims that the video was staged": denying it was fake holds it genuine.
    if (fake.find()) return new Position(denying, fake.group(1).toLowerCase(Locale.ROOT));
    Matcher genuine = GENUINE.matcher(content);
    if (genuine.find()) return new Position(!denying, genuine.group(1).toLowerCase(Locale.ROOT));
    if (c.cue() != null && VOUCHING_CUES.contains(c.cue()) && !denying) return new Position(true, "verified");
    return null;
  }
}
