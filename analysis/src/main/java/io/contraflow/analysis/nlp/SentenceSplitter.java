package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Splits each kept paragraph into sentences with OpenNLP's sentence detector. Tokens are added later. */
public final class SentenceSplitter implements Annotator {
  private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.SENTENCES));

  /**
   * The model sometimes ends a sentence after an abbreviation inside it ("at about 3 a.m., destroyed four homes"): a
   * "sentence" that ends with a comma, or one that starts with a lower-case letter, is the same sentence going on.
   */
  private static boolean continuesSentence(String body, int previousEnd, int nextStart) {
    char last = body.charAt(previousEnd - 1);
    char first = body.charAt(nextStart);
    if (last == ',' || last == ';' || Character.isLowerCase(first)) return true;
    // "blamed the Aug. 4 explosion", "said Lt. Gen. Igor Volk": an abbreviated month before a day, or a title before
    // a name, ends no sentence.
    String before = body.substring(Math.max(0, previousEnd - 6), previousEnd);
    if (MONTH_ABBREVIATION.matcher(before).find() && Character.isDigit(first)) return true;
    return TITLE_ABBREVIATION.matcher(before).find() && Character.isUpperCase(first);
  }

  private static final java.util.regex.Pattern MONTH_ABBREVIATION =
      java.util.regex.Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
  private static final java.util.regex.Pattern TITLE_ABBREVIATION =
      java.util.regex.Pattern.compile("\\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Cmdr|Adm|Sen|Rep|Gov|Rev|Prof|Dr|Mr|Mrs|Ms|St)\\.$");

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.PARAGRAPHS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> sentences = new ArrayList<>();
    String body = document.article().body();
    for (Paragraph p : document.get(Annotations.PARAGRAPHS)) {
      int open = -1; // start of the sentence being built, in the body
      int openEnd = -1;
      for (Span s : detector.get().sentPosDetect(TextNormalizer.forModels(p.text()))) {
        int start = p.start() + s.getStart();
        int end = p.start() + s.getEnd();
        if (open >= 0 && continuesSentence(body, openEnd, start)) {
          openEnd = end;
          continue;
        }
        if (open >= 0) sentences.add(new Sentence(sentences.size(), p.index(), open, openEnd, body.substring(open, openEnd), List.of()));
        open = start;
        openEnd = end;
      }
      if (open >= 0) sentences.add(new Sentence(sentences.size(), p.index(), open, openEnd, body.substring(open, openEnd), List.of()));
    }
    document.set(Annotations.SENTENCES, sentences);
  }
}
