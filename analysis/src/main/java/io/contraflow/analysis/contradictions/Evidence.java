package io.contraflow.analysis.contradictions;

import java.util.regex.Pattern;

/**
 * "We hold solid evidence that its agents were behind it" against "no evidence was ever handed over", "Norland has
 * not produced any proof": whether the accuser has shown evidence. A government, a police force or a prosecutor says it
 * holds evidence; the accused answers that none was ever presented. Of conduct: the two need name nothing else in
 * common, since an accusation and its answer are what the event's story is about.
 */
final class Evidence extends Judgement {
  private static final String PROOF = "(?:evidence|proof)";
  private static final String SHOWN = "(?:presented|provided|produced|shared|offered|given|shown|submitted|handed\\s+over)";
  /** "has never produced any proof", "no evidence was handed over", "provided no proof", "failed to provide evidence". */
  private static final Pattern NONE = Pattern.compile("(?i)\\b(?:(?:has|have|had)\\s+(?:not|never)\\s+(?:yet\\s+)?" + SHOWN
      + "\\s+(?:any\\s+)?(?:\\w+\\s+){0,2}?" + PROOF + "|no\\s+(?:\\w+\\s+){0,3}?" + PROOF + "(?:\\s+or\\s+\\w+)?(?:\\s+at\\s+all)?\\s+(?:was|were|has\\s+been|"
      + "had\\s+been|have\\s+been)\\s+(?:\\w+\\s+)?" + SHOWN + "|" + SHOWN + "\\s+no\\s+(?:\\w+\\s+){0,2}?" + PROOF + "|failed\\s+to\\s+"
      + "(?:provide|present|produce|share|offer|give|show|submit)\\s+(?:any\\s+)?(?:\\w+\\s+){0,2}?" + PROOF + ")\\b");
  /** "we hold solid evidence", "police say they have evidence", "investigators had gathered evidence". */
  private static final Pattern HELD = Pattern.compile("(?i)\\b(?:have|has|had|possess(?:es|ed)?|holds?|held|gathered|obtained|collected)"
      + "\\s+(?:\\w+\\s+){0,3}?" + PROOF + "\\b");

  Evidence() {
    super("evidence", "whether evidence was shown", "holds evidence", "no evidence was shown");
  }

  @Override
  Boolean answer(String content) {
    if (NONE.matcher(content).find()) return Boolean.FALSE;
    java.util.regex.Matcher held = HELD.matcher(content);
    if (held.find()) return !Judgement.negatedAt(content, held, 2);
    return null;
  }

  @Override
  boolean ofConduct() {
    return true;
  }
}
