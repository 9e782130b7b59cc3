package io.contraflow.analysis.nlp;

import io.contraflow.analysis.ArticleText;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** An article being analysed, carrying the annotations the pipeline's annotators add. */
public final class Document {
  private final ArticleText article;
  private final Map<Key<?>, Object> annotations = new HashMap<>();

  public Document(ArticleText article) {
    this.article = article;
  }

  public ArticleText article() {
    return article;
  }

  public <T> void set(Key<T> key, T value) {
    annotations.put(key, value);
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object v = annotations.get(key);
    if (v == null) throw new NoSuchElementException("annotation " + key + " not set: is its annotator in the pipeline?");
    return (T) v;
  }

  public boolean has(Key<?> key) {
    return annotations.containsKey(key);
  }
}
