package io.contraflow.analysis.nlp;

/**
 * A direct quotation: offsets of its content (without the quote marks) in the body.
 *
 * @param paragraph paragraph it sits in
 */
public record Quote(int start, int end, String text, int paragraph) {
  public int words() {
    return text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }
}
