package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Some passengers (up to five according to the investigators but about twenty according to relatives) died in the
 * fire", "the march drew 3,000 people according to the police and 40,000 according to its organisers": two figures in
 * one clause, each with its own "according to". Each source claims the clause with its own figure only, so the two
 * figures stand as two parties' positions rather than one speaker's pair.
 */
final class PairedFiguresSieve implements Sieve {
  /** Words between the first source and the second figure. */
  private static final Set<String> JOINERS = Set.of("but", "and", "while", "whereas", "against", "versus", "vs", "vs.", ",", "-", "--");
  /** Words a figure may open with: "up to five", "around 20", "at least 3,000". */
  private static final Set<String> QUALIFIERS = Set.of("up", "to", "around", "about", "some", "nearly", "almost", "over", "more", "than",
      "at", "least", "most", "roughly", "approximately", "an", "estimated", "as", "many", "just", "under", "fewer", "less");
  /** Longest figure phrase before "according to": "as many as 3,000 people". */
  private static final int LONGEST_FIGURE = 6;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    if (!st.here.isEmpty()) return;
    int first = according(t, 0);
    int second = first < 0 ? -1 : according(t, first + 2);
    if (second < 0) return;
    int figureA = figureStart(t, first), figureB = figureStart(t, second);
    if (figureA < 0 || figureB < 0) return;
    // The first source runs to the words that join the second figure to it: "the investigators but", "the police, and".
    int sourceEndA = figureB;
    while (sourceEndA > first + 2 && JOINERS.contains(t.get(sourceEndA - 1).lower())) sourceEndA--;
    if (sourceEndA == figureB || sourceEndA <= first + 2) return;
    int sourceEndB = Phrases.phraseEnd(t, second + 2);
    Mention a = st.speakers().resolve(t, first + 2, sourceEndA), b = st.speakers().resolve(t, second + 2, sourceEndB);
    if (a == null || b == null || a.key().equals(b.key())) return;
    String body = st.body();
    int start = st.sentence.start(), end = st.sentence.end();
    int afterB = sourceEndB < t.size() ? t.get(sourceEndB).start() : end;
    // Each claim is the clause with the other figure and both "according to" phrases taken out.
    // ("3,000 people according to the police and 40,000 according to its organisers": the second counts people too.)
    int numberA = numberOf(t, figureA, first);
    String counted = figureB + 1 < second || numberA + 1 >= first ? "" : " " + body.substring(t.get(numberA + 1).start(), t.get(first - 1).end());
    String rest = body.substring(afterB, end);
    add(st, a, join(body.substring(start, t.get(first).start()), rest));
    add(st, b, join(body.substring(start, t.get(figureA).start()) + body.substring(t.get(figureB).start(), t.get(second).start()).stripTrailing()
        + counted, rest));
  }

  private void add(SentenceState st, Mention speaker, String content) {
    var s = st.sentence;
    st.add(new Attribution(speaker, "according to", s.start(), s.end(), content, s.index(), Assertion.polarityOf(content),
        Modality.STATED, false, null, null), name());
    st.speakers().spoke(speaker);
  }

  /** The two parts with one space between, none before a closing mark. */
  private static String join(String left, String right) {
    String l = left.strip(), r = right.strip();
    return r.isEmpty() || ".,;:!?)".indexOf(r.charAt(0)) >= 0 ? l + r : l + " " + r;
  }

  /** The figure's number in {@code from}..{@code to}. */
  private static int numberOf(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if ("NUM".equals(t.get(k).tag())) return k;
    return from;
  }

  /** The next "according to" at or after {@code from}, or -1. */
  private static int according(List<Token> t, int from) {
    for (int k = from; k + 2 < t.size(); k++) if (t.get(k).is("according") && t.get(k + 1).is("to")) return k;
    return -1;
  }

  /** Where the figure just before the "according to" at {@code acc} starts ("up to five", "3,000 people"), or -1. */
  private static int figureStart(List<Token> t, int acc) {
    int number = -1;
    for (int k = acc - 1; k >= Math.max(0, acc - LONGEST_FIGURE); k--) {
      if ("NUM".equals(t.get(k).tag())) { number = k; break; }
      // ("3,000 people according to": a counted noun may stand between.)
      if (!"NOUN".equals(t.get(k).tag())) return -1;
    }
    if (number < 0) return -1;
    while (number > 0 && QUALIFIERS.contains(t.get(number - 1).lower())) number--;
    return number;
  }
}
