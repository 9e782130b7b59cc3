package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Several commenters falsely claimed that P", "she wrongly said that P": the outlet's own word on a claim it reports is
 * a rebuttal in its own voice. Beside the speaker's claim of P, the outlet denies P (as a fact-checker writes it).
 * So is a verdict the outlet gives in the next sentence: "The ministry claimed that P. Both claims are false."
 */
final class FalselyClaimed {
  private FalselyClaimed() {}

  /** The adverb that calls the claim false, then at most two words (the cue, "is"), then an optional "that". */
  private static final Pattern FALSELY_BEFORE = Pattern.compile("(?i)\\b(?:falsely|wrongly|erroneously|mistakenly|misleadingly|"
      + "incorrectly|untruthfully)\\s+(?:[\\w'’]+\\s+){1,2}?(?:that\\s+)?$");

  /**
   * The outlet's denials of the affirmed claims {@code claims} that the article reports as made falsely, or calls false
   * in its next sentences ({@code sentences}, the body's).
   */
  static List<Claim> rebuttals(ArticleText article, String outlet, List<Claim> claims, List<Sentence> sentences) {
    List<Claim> out = calledFalseAfter(article, outlet, sentences, claims);
    for (Claim c : claims) {
      if (c.claimantType() == ClaimantType.OUTLET || c.polarity() != Polarity.AFFIRMED || c.charStart() <= 0) continue;
      String before = article.body().substring(Math.max(0, c.charStart() - 40), c.charStart());
      if (!FALSELY_BEFORE.matcher(before).find()) continue;
      out.add(new Claim(c.id() + ":rebutted", article.id(), article.source(), article.publishedAt(), outlet, ClaimantType.OUTLET, outlet,
          null, null, "state", c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(), Polarity.DENIED,
          Modality.STATED, c.quantities(), null, false, c.sentence(), c.sentenceIndex(), c.charStart(), c.charEnd(), null, article.dated()));
    }
    return out;
  }

  /**
   * A sentence of the outlet's own that is only a verdict on what was just claimed: "Both claims are demonstrably false.",
   * "These allegations are baseless.", "That is untrue.", "Nothing could be further from the truth."
   */
  private static final Pattern VERDICT = Pattern.compile("(?i)^\\W*(?:(?:both|all|these|those|such|the|this|that|his|her|their|its)"
      + "\\s+(?:two\\s+|three\\s+)?(?:claims?|statements?|assertions?|allegations?|accusations?|accounts?|suggestions?|versions?|"
      + "explanations?)|this|that|it)\\s+(?:is|are|was|were|(?:has|have)\\s+been|(?:proved|proved\\s+to\\s+be|turned\\s+out\\s+to\\s+be))"
      + "\\s+(?:\\p{L}+ly\\s+)?(?:false|untrue|not\\s+true|baseless|unfounded|groundless|incorrect|inaccurate|fabricated|"
      + "fabrications|lies|wrong)\\W*$|^\\W*nothing\\s+could\\s+be\\s+further\\s+from\\s+the\\s+truth\\W*$");
  /** A verdict on two claims ("both claims", "the two statements") takes the last two; a plural one, the speaker's last few. */
  private static final Pattern TWO = Pattern.compile("(?i)^\\W*(?:both|the\\s+two|these\\s+two|those\\s+two)\\b");
  private static final Pattern PLURAL = Pattern.compile("(?i)^\\W*(?:\\p{L}+\\s+){1,2}?\\p{L}+s\\s+(?:are|were|have)\\b");
  /** How many sentences back a verdict reaches: the claim just told, or the two told in a row ("claimed ... also claimed"). */
  private static final int SENTENCES_BACK = 2;

  /**
   * The outlet's denials of the claims that a verdict of its own, in the next sentence, calls false: the last claim
   * before it, or the last two ("both claims"), or the last speaker's claims in the sentences before (a plural). Not a
   * sentence in quotation marks, which is a speaker's, nor one another reading already gave a speaker.
   */
  private static List<Claim> calledFalseAfter(ArticleText article, String outlet, List<Sentence> sentences, List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!VERDICT.matcher(s.text()).lookingAt() || s.text().matches("(?s).*[\"“”].*")) continue;
      if (claims.stream().anyMatch(c -> c.sentenceIndex() == s.index())) continue;
      List<Claim> before = claims.stream().filter(c -> c.claimantType() != ClaimantType.OUTLET && c.polarity() == Polarity.AFFIRMED
          && c.sentenceIndex() < s.index() && c.sentenceIndex() >= s.index() - SENTENCES_BACK).toList();
      if (before.isEmpty()) continue;
      Claim last = before.get(before.size() - 1);
      int take = TWO.matcher(s.text()).find() ? 2 : PLURAL.matcher(s.text()).find() ? before.size() : 1;
      List<Claim> sameSpeaker = before.stream().filter(c -> take == 2 || c.claimant().equals(last.claimant())).toList();
      for (Claim c : sameSpeaker.subList(Math.max(0, sameSpeaker.size() - take), sameSpeaker.size())) {
        out.add(new Claim(c.id() + ":called-false", article.id(), article.source(), article.publishedAt(), outlet, ClaimantType.OUTLET,
            outlet, null, null, "state", c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(), Polarity.DENIED,
            Modality.STATED, c.quantities(), null, false, c.sentence() + " " + s.text(), s.index(), c.charStart(), c.charEnd(), null,
            article.dated()));
      }
    }
    return out;
  }
}
