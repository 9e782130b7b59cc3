package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "It was reported that every sailor got off. It's a lie!": a speaker who retells what others said and, in the next
 * sentence, calls it a lie denies it. The retelling becomes the speaker's denial of what was retold, which a detector
 * can set against whoever said it; the bare label ("It's a lie!") names nothing and stays as it was read.
 */
final class RetoldAndDenied {
  /** "It was reported that", "we were told that", "they claimed that": what others said, retold without its author. */
  private static final Pattern RETOLD = Pattern.compile("(?i)(?:^|[\"“‘]\\s*|,\\s*)(?:it (?:was|has been|had been|is)|we (?:were|have been|had been)|"
      + "they (?:have |had )?)\\s*(?:reported|said|claimed|told|announced|stated|insisted)(?: to us)?\\s+(?:that\\s+)?");
  /** The next sentence calls it false: "It's a lie!", "That is not true.", "This is nonsense". */
  private static final Pattern LABEL = Pattern.compile("(?i)^[\"“‘']?\\s*(?:it|that|this|all this|all of it)(?:['’]s|\\s+is|\\s+was)\\s+"
      + "(?:all\\s+|simply\\s+|an?\\s+(?:\\w+\\s+){0,3}?)?(?:lie|lies|not true|untrue|false|nonsense|fabrication|fabricated|rubbish|myth|fiction)\\b");
  /** How far into the claim the retelling may begin ("in his earlier post, 'It was reported that ...'"). */
  private static final int RETOLD_WITHIN = 40;

  private RetoldAndDenied() {}

  static List<Claim> apply(List<Claim> claims) {
    // Who called something false, and in which sentence: the retelling must be theirs, in the sentence before.
    Set<String> labels = new HashSet<>();
    for (Claim c : claims) if (LABEL.matcher(c.content()).find()) labels.add(key(c, c.sentenceIndex()));
    if (labels.isEmpty()) return claims;
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Matcher retold = RETOLD.matcher(c.content());
      boolean labelledNext = c.polarity() == Polarity.AFFIRMED && labels.contains(key(c, c.sentenceIndex() + 1)) && retold.find()
          && retold.start() <= RETOLD_WITHIN && retold.end() < c.content().length();
      out.add(labelledNext ? denied(c, c.content().substring(retold.end())) : c);
    }
    return out;
  }

  private static String key(Claim c, int sentenceIndex) {
    return c.articleId() + "\n" + c.claimant() + "\n" + sentenceIndex;
  }

  private static Claim denied(Claim c, String what) {
    return new Claim(c.id(), c.articleId(), c.source(), c.publishedAt(), c.claimant(), c.claimantType(), c.claimantMention(),
        c.claimantRole(), c.affiliation(), c.cue(), what, c.subject(), c.predicate(), c.arguments(), c.negatedArguments(),
        Polarity.DENIED, c.modality(), c.quantities(), c.reported(), c.direct(), c.sentence(), c.sentenceIndex(), c.charStart(),
        c.charEnd(), c.relayedBy(), c.dated());
  }
}
