package io.contraflow.analysis.nlp.attribution;

/**
 * One family of attribution constructions ("according to X", "X's claim that P", direct quotes), applied to each
 * sentence in the order {@link Sieves} configures. A sieve reads the sentence and what earlier sieves decided in it,
 * and adds attributions credited to its name. Sieves keep no state of their own: what must outlive a sentence lives
 * in the {@link Discourse}.
 */
public interface Sieve {
  /** A short stable name, recorded on every attribution the sieve makes: its class name in kebab case ("according-to"). */
  default String name() {
    return SieveNames.of(getClass());
  }

  /** Reads one sentence. */
  default void apply(SentenceState s) {}

  /** After the last sentence: revises what the sentences decided with what only the whole article shows. */
  default void finish(Discourse doc) {}
}
