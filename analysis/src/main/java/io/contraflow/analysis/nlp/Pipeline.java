package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Annotators in order; building checks that each one's requirements are added by an earlier one. */
public final class Pipeline {
  private final List<Annotator> annotators;

  public Pipeline(List<Annotator> annotators) {
    Set<Key<?>> available = new HashSet<>();
    for (Annotator a : annotators) {
      for (Key<?> k : a.requires()) {
        if (!available.contains(k)) {
          throw new IllegalArgumentException(a.getClass().getSimpleName() + " requires " + k + ", which no earlier annotator adds");
        }
      }
      available.addAll(a.adds());
    }
    this.annotators = List.copyOf(new ArrayList<>(annotators));
  }

  public Document annotate(Document document) {
    for (Annotator a : annotators) a.annotate(document);
    return document;
  }

  public List<Annotator> annotators() {
    return annotators;
  }
}
