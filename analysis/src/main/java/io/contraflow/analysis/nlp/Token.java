package io.contraflow.analysis.nlp;

/**
 * A token with its offsets in the article body and its part-of-speech tag (Universal Dependencies tags, as the
 * OpenNLP 1.3 English models emit; null when the sentence was not tagged).
 */
public record Token(String text, int start, int end, String tag, String lower) {
  /** The lower-case form is computed once: annotators compare it many times per token. */
  public Token(String text, int start, int end, String tag) {
    this(text, start, end, tag, text.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** "T.H", "F": a person's initials, which the tokenizer writes apart from their last period ("T.H" "."). */
  public boolean initials() {
    return INITIALS.matcher(text).matches();
  }

  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu}){0,2}");

  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }

  public Token withTag(String newTag) {
    return new Token(text, start, end, newTag, lower);
  }
}
