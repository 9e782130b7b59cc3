package io.contraflow.analysis.contradictions;

/**
 * A yes-or-no judgement a party gives in its own words about what failed or what was released: whether the rules were
 * kept ({@link Compliance}), whether it was harmful ({@link Harm}). Each reads one claim's content; {@link
 * JudgementDetector} sets the parties that answer one way against those that answer the other.
 */
abstract class Judgement {
  private final String name;
  private final String topic;
  private final String yes;
  private final String no;

  /**
   * @param name the detector's name in a finding's trail, and the question its findings are grouped by
   * @param topic the finding's topic: "whether the rules were kept"
   * @param yes the position of a party answering yes ("kept to the rules")
   * @param no the position of a party answering no
   */
  Judgement(String name, String topic, String yes, String no) {
    this.name = name;
    this.topic = topic;
    this.yes = yes;
    this.no = no;
  }

  final String name() {
    return name;
  }

  final String topic() {
    return topic;
  }

  final String yes() {
    return yes;
  }

  final String no() {
    return no;
  }

  /** A negation, then up to five words, at the end of a text: "does not contain chemicals that are". */
  private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
      "(?i)(?:\\bnot|\\bnever|n['’]t|\\bno|\\bneither|\\bnor|\\bwithout)((?:\\s+[\\w'’-]+){0,5})\\s*$");
  private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;:.]|\\bbut\\b|\\bwhile\\b|\\balthough\\b");

  /**
   * True when a negation stands at most {@code words} words before {@code at}, with no clause break between: "there was
   * no negligence", "did not contain chemicals that are harmful".
   */
  static boolean negatedBefore(String content, int at, int words) {
    String before = content.substring(0, at);
    java.util.regex.Matcher m = NEGATION.matcher(before);
    if (!m.find() || CLAUSE_BREAK.matcher(before.substring(m.start())).find()) return false;
    String between = m.group(1).strip();
    return between.isEmpty() || between.split("\\s+").length <= words;
  }

  private static final java.util.regex.Pattern INNER_NEGATION = java.util.regex.Pattern.compile("(?i)\\b(?:not|never)\\b|n['’]t\\b");

  /**
   * True when the judgement's own words, as {@code m} found them, hold a negation ("were not armed", "were never
   * hiding in the school") or one stands at most {@code words} words before them ("no armed men").
   */
  static boolean negatedAt(String content, java.util.regex.Matcher m, int words) {
    return INNER_NEGATION.matcher(m.group()).find() || negatedBefore(content, m.start(), words);
  }

  /**
   * Whether the content holds none of {@code words} (lower case), which every match of a judgement's patterns holds:
   * most contents hold none, and a plain search skips them before any pattern runs.
   */
  static boolean holdsNone(String content, java.util.List<String> words) {
    String lower = content.toLowerCase(java.util.Locale.ROOT);
    return words.stream().noneMatch(lower::contains);
  }

  /** TRUE when the content answers yes, FALSE when no, null when it does not answer. */
  abstract Boolean answer(String content);

  /**
   * A word of the judgement itself ("standards", "toxic"), which says nothing of what is judged. Read only for a
   * judgement of a thing ({@link #ofConduct} false), where two answers must name something else in common.
   */
  boolean ownWord(String lowerCaseWord) {
    return false;
  }

  /**
   * True when the judgement is of how the event's parties acted ("no negligence of ours", "left to die for profit"),
   * so that two answers need name nothing else in common; false when it is of a thing (a wall, the tailings), which
   * both must name.
   */
  boolean ofConduct() {
    return false;
  }

  /**
   * True when unnamed voices ("witnesses", "the wounded") are a side of the question: those who were there are the
   * evidence against the force's account. False by default: "experts" or "residents" with no name may be anyone's.
   */
  boolean heardFromWitnesses() {
    return false;
  }
}
