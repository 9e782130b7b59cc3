package io.contraflow.analysis.nlp;

import java.util.List;

/**
 * A sentence of the article body with its offsets and tokens.
 *
 * @param paragraph index of the paragraph it belongs to
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(index, paragraph, start, end, text, newTokens);
  }
}
