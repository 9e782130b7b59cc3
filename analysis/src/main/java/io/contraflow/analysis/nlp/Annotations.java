package io.contraflow.analysis.nlp;

import java.util.List;

/** The annotation keys the English pipeline uses. */
public final class Annotations {
  private Annotations() {}

  /** Paragraphs of news text, boilerplate removed. */
  public static final Key<List<Paragraph>> PARAGRAPHS = new Key<>("paragraphs", List.class);
  /** Sentences with tokens (no tags yet). */
  public static final Key<List<Sentence>> SENTENCES = new Key<>("sentences", List.class);
  /** Marker: tokens carry part-of-speech tags. */
  public static final Key<Boolean> POS = new Key<>("pos", Boolean.class);
  /** Direct quotations, possibly spanning sentences. */
  public static final Key<List<Quote>> QUOTES = new Key<>("quotes", List.class);
  /** Named mentions of people, organisations, places and groups, resolved to canonical entities. */
  public static final Key<List<Mention>> MENTIONS = new Key<>("mentions", List.class);
  /** Attributions: who asserted which stretch of text with which cue. */
  public static final Key<List<Attribution>> ATTRIBUTIONS = new Key<>("attributions", List.class);
}
