package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the sieves read it: its tokens, which of them sit inside a direct quote, the cue tokens a sieve has
 * already used, and the attributions made in it so far (later sieves see what earlier ones decided).
 */
public final class SentenceState {
  final Discourse doc;
  final Sentence sentence;
  final List<Token> t;
  final boolean[] quoted;
  final Set<Integer> usedCues = new HashSet<>();
  final List<Attribution> here = new ArrayList<>();

  public SentenceState(Discourse doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.t = sentence.tokens();
    this.quoted = Phrases.quotedTokens(t, doc.quotes);
    doc.speakers.at(sentence.index());
  }

  /** Records an attribution made by {@code sieve}. */
  void add(Attribution a, String sieve) {
    here.add(a.by(sieve));
  }

  /** The attributions made in this sentence, in the order the sieves made them. */
  public List<Attribution> attributions() {
    return here;
  }

  String body() {
    return doc.body;
  }

  SpeakerResolver speakers() {
    return doc.speakers;
  }

  Attribution last() {
    return here.isEmpty() ? null : here.get(here.size() - 1);
  }
}
