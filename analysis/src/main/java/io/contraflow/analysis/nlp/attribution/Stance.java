package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.claims.Modality;
import io.contraflow.analysis.claims.Polarity;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.TextNormalizer;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Polarity and modality of attributed content: negation, hedges, questions, labels of falsehood. */
public final class Stance {
  private Stance() {}

  /** "baseless claim", "unfounded allegation", ...: a false label before a claim noun. */
  private static final List<String> FALSE_LABEL_PHRASES = Lexicon.FALSE_LABELS.stream()
      .flatMap(label -> Stream.of(label + " claim", label + " allegation")).toList();
  private static final Pattern NON_WORD = Pattern.compile("[^a-z']+");

  public static boolean negated(String content) {
    String c = " " + TextNormalizer.forModels(content).toLowerCase(Locale.ROOT) + " ";
    return c.contains(" not ") || c.contains("n't ") || c.contains(" never ") || c.contains(" no ") || c.contains(" nothing to do ")
        || c.contains(" none ");
  }

  static Polarity polarityOf(String content) {
    return negated(content) ? Polarity.DENIED : Polarity.AFFIRMED;
  }

  /** A false label ("baseless") within three words before the claim noun at {@code i}. */
  static boolean labelled(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) if (Lexicon.FALSE_LABELS.contains(t.get(k).lower())) return true;
    return false;
  }

  static Modality modalityOf(String content, String cue, String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    for (String phrase : FALSE_LABEL_PHRASES) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    for (String phrase : Lexicon.NO_EVIDENCE) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    if (content.strip().endsWith("?")) return Modality.QUESTIONED;
    for (String w : NON_WORD.split(content.toLowerCase(Locale.ROOT))) if (Lexicon.HEDGES.contains(w)) return Modality.HEDGED;
    if (Lexicon.ALLEGATION_CUES.contains(cue)) return Modality.ALLEGED;
    return Modality.STATED;
  }

  /** "each other of ...", "one another for ...": an accusation both ways. */
  public static boolean isReciprocal(String content) {
    String c = content.toLowerCase(Locale.ROOT);
    return c.startsWith("each other") || c.startsWith("one another");
  }
}
