package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A speaker who says, in their own quoted words, that they disagree with someone: '"I disagree with [the president] -
 * a study found thousands died," the governor said', '"We strongly disagree with the ministry," Ana Berg said'. The
 * quote's speaker challenges the one named after "with", as "X disagreed with Y" outside quotes does
 * ({@link DisagreementSieve}, which reads no quoted words).
 */
final class QuotedDisagreementSieve implements Sieve {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> DISAGREE = Set.of("disagree", "disagreed");
  /** Brackets an editor puts around words of their own ("[the president]"), which name whom the quote means. */
  private static final Set<String> BRACKETS = Set.of("[", "(");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (Attribution quote : List.copyOf(st.here)) {
      if (!quote.direct() || quote.challenged() != null) continue;
      int k = Phrases.firstTokenFrom(t, quote.contentStart());
      if (k < 0 || k + 3 >= t.size() || !FIRST_PERSON.contains(t.get(k).lower())) continue;
      int verb = k + 1;
      if (t.get(verb).lower().endsWith("ly")) verb++; // "I strongly disagree"
      if (verb + 2 >= t.size() || !DISAGREE.contains(t.get(verb).lower()) || !t.get(verb + 1).is("with")) continue;
      int from = verb + 2;
      while (from < t.size() && BRACKETS.contains(t.get(from).text())) from++;
      int to = from < t.size() ? Phrases.npEnd(t, from) : from;
      Mention challenged = to > from ? st.speakers().resolve(t, from, to) : null;
      if (challenged == null || challenged.key().equals(quote.speaker().key())) continue;
      st.add(new Attribution(quote.speaker(), "disagree", st.sentence.start(), st.sentence.end(), st.sentence.text(),
          st.sentence.index(), Polarity.AFFIRMED, Modality.STATED, false, null, challenged), name());
    }
  }
}
