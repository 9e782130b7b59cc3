package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.nlp.BoilerplateRemover;

/**
 * A headline that names its source at its end ("Nine killed in port blast: officials", "'We did not fire' - army") is
 * a claim of its own: a feed gives it apart from the body, which often tells the same figure in the outlet's voice.
 * Read as a line of its own when the body does not repeat it near its top (a page copied whole does, and is read
 * there). A headline with a cue verb ("Ministry rejects flood report") is left to the body, which names the speaker
 * more fully.
 * Its claims' offsets count back from the body's start, as if the headline stood on a line of its own before it.
 */
final class HeadlineClaims {
  private HeadlineClaims() {}

  /** How far into the body a repeated headline is looked for, in characters. */
  private static final int TOP = 600;

  /** The headline as an article of one line, when it attributes and the body does not repeat it; else null. */
  static ArticleText alone(ArticleText article) {
    String title = article.title().strip();
    if (title.isEmpty() || !BoilerplateRemover.namesSourceAtEnd(title)) return null;
    String top = lettersAndDigits(article.body().substring(0, Math.min(article.body().length(), TOP)));
    String head = lettersAndDigits(title);
    if (top.contains(head.substring(0, Math.min(head.length(), 40)))) return null;
    return new ArticleText(article.id(), title, title, article.source(), article.url(), article.publishedAt(), article.language(),
        article.timeSource());
  }

  /** A claim read from the headline {@code headline}, its offsets set before the body's start. */
  static Claim placedBeforeBody(Claim c, ArticleText headline) {
    int back = headline.body().length() + 1;
    int start = c.charStart() - back;
    int end = c.charEnd() - back;
    String id = c.articleId() + ":" + start + "-" + end + c.id().substring((c.articleId() + ":" + c.charStart() + "-" + c.charEnd()).length());
    return new Claim(id, c.articleId(), c.source(), c.publishedAt(), c.claimant(), c.claimantType(), c.claimantMention(), c.claimantRole(),
        c.affiliation(), c.cue(), c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(), c.polarity(), c.modality(),
        c.quantities(), c.reported(), c.direct(), c.sentence(), -1, start, end, c.relayedBy(), c.dated());
  }

  private static String lettersAndDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c)); // (case and punctuation aside)
    }
    return b.toString();
  }
}
