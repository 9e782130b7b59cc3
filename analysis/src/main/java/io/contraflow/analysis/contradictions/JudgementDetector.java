package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets the named parties that answer one {@link Judgement} yes against those that answer it no: "the wall met every
 * standard" against "the wall was unlawful", "the tailings are harmless" against "the mud was toxic". The two claims
 * must name something in common besides the judgement's own words ("the wall", "the tailings ... the dam"), so that
 * the crew's procedure and the runway's wall, or the river and the drinking water, are not one question.
 */
final class JudgementDetector implements Detector {
  private final Judgement judgement;

  /**
   * The judgement's reading of each content (0 none, 1 yes, 2 no): detection kept between articles reads every claim of
   * the event again on each article, and each reading is a few regular expressions.
   */
  private final PureMemo<String, Integer> readings;

  JudgementDetector(Judgement judgement) {
    this.judgement = judgement;
    this.readings = new PureMemo<>(20_000, content -> {
      Boolean yes = judgement.answer(content);
      return yes == null ? 0 : yes ? 1 : 2;
    });
  }

  @Override
  public String name() {
    return judgement.name();
  }

  /** The stances this detector reads: a named party answering the judgement. */
  boolean relevant(Stance s) {
    return answerOf(s) != null;
  }

  /** A named party's answer; null for any other stance (outlets, unnamed voices, questions, rejections). */
  private Boolean answerOf(Stance s) {
    Claim c = s.claim();
    // ("United Nations experts" are a side; "experts" or "residents" with no name may be anyone's.)
    boolean anonymous = !judgement.heardFromWitnesses() && s.party().key().startsWith(Party.OTHER)
        && s.party().label().chars().noneMatch(Character::isUpperCase);
    // A rejection answers only through a denying cue ("denied allegations that the wall was illegal"): "called the
    // claim that the wall was illegal nonsense" holds the claim's words, not the speaker's answer.
    if (!s.party().isNamed() || s.party().isOutlet() || anonymous || c.modality() == Modality.QUESTIONED
        || s.act() == Stance.Act.REJECT && !Lexicon.DENIAL_CUES.contains(c.cue())) return null;
    return answer(c);
  }

  /** "denied any knowledge of the unlawful drums", "denied knowing the wall was unsafe": what the speaker knew, not what was so. */
  private static final java.util.regex.Pattern KNOWING = java.util.regex.Pattern.compile("(?i)^\\s*(?:any\\s+|all\\s+|prior\\s+)?(?:knowledge|awareness)"
      + "\\s+(?:of|that|about)\\b|^\\s*(?:ever\\s+)?(?:knowing|having\\s+known|being\\s+aware|having\\s+been\\s+aware)\\b");

  /** The claim's answer, read from its content; a denying cue turns it round ("denied the wall was illegal"). */
  private Boolean answer(Claim c) {
    if (c.content() == null || Lexicon.DENIAL_CUES.contains(c.cue()) && KNOWING.matcher(c.content()).find()) return null;
    int reading = readings.get(c.content());
    if (reading == 0) return null;
    return Lexicon.DENIAL_CUES.contains(c.cue()) != (reading == 1);
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, List<Claim>> yes = new LinkedHashMap<>();
    Map<String, List<Claim>> no = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      Boolean answer = answerOf(s);
      if (answer == null) continue;
      parties.putIfAbsent(s.party().key(), s.party());
      (answer ? yes : no).computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(s.claim());
    }
    Opposition.Question q = new Opposition.Question(judgement.name(), judgement.topic(), judgement.yes(), judgement.no(), name());
    return Opposition.candidates(q, yes, no, parties, c -> c, (x, z) -> aboutOneThing(event, x, z));
  }

  /** The two claims name something in common besides the judgement's own words, or judge the parties' conduct. */
  private boolean aboutOneThing(EventStances event, Claim x, Claim y) {
    if (judgement.ofConduct()) return true;
    Set<String> other = event.words(y.content());
    for (String w : event.words(x.content())) if (other.contains(w) && !judgement.ownWord(w)) return true;
    return false;
  }
}
