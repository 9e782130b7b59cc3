package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Splits each kept paragraph into sentences with OpenNLP's sentence detector. Tokens are added later. */
public final class SentenceSplitter implements Annotator {
  private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.SENTENCES));

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
    for (Paragraph p : document.get(Annotations.PARAGRAPHS)) {
      for (Span s : detector.get().sentPosDetect(TextNormalizer.forModels(p.text()))) {
        int start = p.start() + s.getStart();
        int end = p.start() + s.getEnd();
        sentences.add(new Sentence(sentences.size(), p.index(), start, end, document.article().body().substring(start, end), List.of()));
      }
    }
    document.set(Annotations.SENTENCES, sentences);
  }
}
