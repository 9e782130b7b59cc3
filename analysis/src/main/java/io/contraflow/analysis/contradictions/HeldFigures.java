package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import io.contraflow.analysis.contradictions.FigureDetector.ValuePair;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a claim holds its figure against the others of its article, which makes two figures a dispute however far apart
 * they are: it calls an official count too low ("70 is a serious underestimate"), holds its own low ("only one
 * person had died") or gives its own as the real one ("the true toll is over 900"). Read by {@link
 * FigureDetector} for the whole event and by {@link FigurePart} article by article.
 */
final class HeldFigures {
  private HeldFigures() {}

  /** "the real toll", "the true death toll", "the actual number": a figure given against another held false. */
  static final String REAL_FIGURE = "(?:real|true|actual)\\s+(?:death\\s+)?(?:toll|number|figure|count|tally|total)";

  /**
   * Right after a figure, words that call it too low: "the official count of 70 is a serious underestimate", "the
   * toll of 40 was grossly understated".
   */
  private static final Pattern UNDERCOUNT = Pattern.compile("(?i)^[^.;]{0,25}?\\b(?:is|was|are|were|as|remains?)\\s+(?:an?\\s+)?"
      + "(?:\\p{L}+\\s+){0,2}?(?:underestimated?|undercount(?:ed)?|understated|understatement|too low)\\b");

  /**
   * "The ministry's count of 70 is a serious underestimate": whoever says so does not hold that figure, and
   * sets it against every higher figure of the same article (the survey's own 3,980), however far apart they are.
   */
  static void undercounts(List<Figure> figures, Set<ValuePair> contrasted, Set<Figure> setAside) {
    for (Figure low : figures) {
      if (!calledUndercount(low)) continue;
      setAside.add(low);
      for (Figure high : figures) contrastUndercount(low, high, contrasted, setAside);
    }
  }

  /** Just before a figure, a word that holds it low against others: "insisted that only one person had died". */
  private static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\b(?:only|merely|no more than)\\s+$");

  /** Whether the claim of {@code f} holds its figure low ("only one person had died"). */
  static boolean heldLow(Figure f) {
    String content = f.claim().content();
    int at = content.indexOf(f.quantity().text());
    return at >= 0 && ONLY_BEFORE.matcher(content.substring(0, at)).find();
  }

  /** Before a figure, words that give it as the real one: "the true death toll exceeds 900", "the actual number is 80". */
  private static final Pattern REAL_BEFORE = Pattern.compile("(?i)\\b" + REAL_FIGURE + "\\b[^.;]{0,40}$");

  /** Whether the claim of {@code f} gives its figure as the real one, against a figure it holds false. */
  static boolean heldReal(Figure f) {
    String content = f.claim().content();
    int at = content.indexOf(f.quantity().text());
    return at >= 0 && REAL_BEFORE.matcher(content.substring(0, at)).find();
  }

  /**
   * "The true toll is over 900", beside the governor's 130 in the same article: a figure its speaker gives as the
   * real one stands against the exact counts other speakers give there, higher or lower, however far apart. An
   * official count is exact; "hundreds died" or "some 1,100 photographs" is no count the real one answers.
   */
  static void contrastHeldReal(Figure real, Figure other, Set<ValuePair> contrasted) {
    if (!"exact".equals(other.quantity().qualifier())) return;
    contrastHeldLow(other, real, contrasted);
    contrastHeldLow(real, other, contrasted);
  }

  /**
   * "The governor insisted that only one person had died", beside a rights group's "at least 12 killed": a figure its
   * speaker holds low stands against the higher figures other speakers give in the same article, however far apart.
   */
  static void contrastHeldLow(Figure low, Figure high, Set<ValuePair> contrasted) {
    if (high.quantity().value() > low.quantity().value() && high.claim().articleId().equals(low.claim().articleId())
        && !high.claim().claimant().equals(low.claim().claimant())) {
      contrasted.add(new ValuePair(low.quantity().value(), high.quantity().value()));
    }
  }

  /**
   * Before a figure, words that call it too low: "the toll was much higher than the government's count of 56", "far
   * more than the official 20" (not "more than 56", the figure's own "at least").
   */
  private static final Pattern HIGHER_THAN_BEFORE = Pattern.compile("(?i)\\b(?:higher|greater|larger|more)\\s+than\\s+"
      + "(?:the|an?|[\\p{L}-]+['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:(?:toll|count|figure|tally|number|total|estimate)\\s+of\\s+)?$");

  /** Whether the claim of {@code f} calls its figure too low ("70 is a serious underestimate", "higher than the 56"). */
  static boolean calledUndercount(Figure f) {
    String content = f.claim().content();
    int at = content.indexOf(f.quantity().text());
    return at >= 0 && (UNDERCOUNT.matcher(content.substring(at + f.quantity().text().length())).find()
        || HIGHER_THAN_BEFORE.matcher(content.substring(0, at)).find());
  }

  /** Sets an undercounted figure against a higher one of its article that a claim holds. */
  static void contrastUndercount(Figure low, Figure high, Set<ValuePair> contrasted, Set<Figure> setAside) {
    if (high.quantity().value() > low.quantity().value() && high.claim().articleId().equals(low.claim().articleId())
        && !setAside.contains(high)) {
      contrasted.add(new ValuePair(low.quantity().value(), high.quantity().value()));
    }
  }
}
