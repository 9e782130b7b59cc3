package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flaws found in what another put out: "errors and inconsistencies in the official results announced by the
 * commission", "serious irregularities in the ministry's count". Whatever verb tells of them (denounced, pointed to,
 * said there were), finding flaws in another's results or figures rejects them.
 */
final class FlawsFound {
  private FlawsFound() {}

  private static final Pattern FLAWS_IN = Pattern.compile("(?i)^\\W*(?:(?:serious|major|glaring|numerous|many|grave|gross|obvious)\\s+)?"
      + "(?:errors|inconsistencies|inaccuracies|irregularities|discrepancies|contradictions|flaws|falsifications|manipulations?)"
      + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)[\\p{Ll}]+){0,4}[\"”’']?\\s+(?:in|of|within)\\s+(?=\\S)");
  /** "announced by the commission", "published by the ministry": who put out what the flaws are found in. */
  private static final Pattern PUT_OUT_BY = Pattern.compile("\\b(?:announced|published|released|issued|given|presented|declared|"
      + "proclaimed)\\s+by\\s+((?:the\\s+)?[\\p{L}'’ -]{2,70}?)\\s*(?=[,.;(]|$)");

  /** What the content finds flaws in ("errors in the official results of the vote announced by X"), or null. */
  static TargetReader.Target in(String content) {
    Matcher m = FLAWS_IN.matcher(content.strip());
    if (!m.lookingAt()) return null;
    String rest = content.strip().substring(m.end());
    TargetReader.Target t = TargetReader.read(rest);
    Matcher by = t == null || t.owner() != null ? null : PUT_OUT_BY.matcher(rest);
    TargetReader.Target owned = by != null && by.find() ? TargetReader.owned(t.noun(), by.group(1)) : null;
    return owned != null ? owned : t;
  }
}
