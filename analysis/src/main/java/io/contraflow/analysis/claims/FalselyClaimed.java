package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Several commenters falsely claimed that P", "she wrongly said that P": the outlet's own word on a claim it reports is
 * a rebuttal in its own voice. Beside the speaker's claim of P, the outlet denies P (as a fact-checker writes it).
 */
final class FalselyClaimed {
  private FalselyClaimed() {}

  /** The adverb that calls the claim false, then at most two words (the cue, "is"), then an optional "that". */
  private static final Pattern FALSELY_BEFORE = Pattern.compile("(?i)\\b(?:falsely|wrongly|erroneously|mistakenly|misleadingly|"
      + "incorrectly|untruthfully)\\s+(?:[\\w'’]+\\s+){1,2}?(?:that\\s+)?$");

  /** The outlet's denials of the affirmed claims {@code claims} that the article reports as made falsely. */
  static List<Claim> rebuttals(ArticleText article, String outlet, List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
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
}
