package io.contraflow.analysis.nlp;

/**
 * A typed annotation key, as in CoreNLP: annotators declare which keys they require and which they add, and the
 * {@link Pipeline} checks at build time that every requirement is met by an earlier annotator.
 */
public record Key<T>(String name, Class<? super T> type) {
  @Override
  public String toString() {
    return name;
  }
}
