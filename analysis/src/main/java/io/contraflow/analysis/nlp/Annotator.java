package io.contraflow.analysis.nlp;

import java.util.Set;

/** One step of the analysis: reads the annotations it requires from a {@link Document} and adds its own. */
public interface Annotator {
  Set<Key<?>> requires();

  Set<Key<?>> adds();

  void annotate(Document document);
}
