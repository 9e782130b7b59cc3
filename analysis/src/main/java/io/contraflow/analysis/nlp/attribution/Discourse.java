package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Paragraph;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sieves know of the article while reading it sentence by sentence: its text, sentences, paragraphs and
 * quotes, the speakers resolved so far (for pronouns and roles), the attributions made, and the state of quotations
 * that run on across paragraphs. One per article; the sieves themselves keep no state.
 */
public final class Discourse {
  final String body;
  final List<Sentence> sentences;
  final List<Paragraph> paragraphs;
  final List<Quote> quotes;
  final List<Mention> mentions;
  final SpeakerResolver speakers;
  /** Attributions of the sentences read so far. */
  final List<Attribution> out = new ArrayList<>();
  /** The speaker of the last direct quote, and its paragraph: a quote standing alone after it continues it. */
  Mention lastQuoteSpeaker;
  int lastQuoteParagraph = -1;
  /** Quotes left open at their paragraph's end with no speaker yet: the next paragraph's quote may name one. */
  final List<Quote> continuedQuotes = new ArrayList<>();

  public Discourse(String body, List<Sentence> sentences, List<Paragraph> paragraphs, List<Quote> quotes, List<Mention> mentions) {
    this.body = body;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    this.mentions = mentions;
    this.speakers = new SpeakerResolver(mentions, quotes, sentences);
  }

  public List<Attribution> attributions() {
    return out;
  }
}
