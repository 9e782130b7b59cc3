package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.nlp.Annotations;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.AttributionFinder;
import io.contraflow.analysis.nlp.BoilerplateRemover;
import io.contraflow.analysis.nlp.Document;
import io.contraflow.analysis.nlp.MentionFinder;
import io.contraflow.analysis.nlp.Pipeline;
import io.contraflow.analysis.nlp.PosTagger;
import io.contraflow.analysis.nlp.QuoteFinder;
import io.contraflow.analysis.nlp.SentenceSplitter;
import io.contraflow.analysis.nlp.Tokenizer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the annotators up to mentions, then the given sieves, on a text of our own ("¶" between paragraphs). */
final class SieveTesting {
  private SieveTesting() {}

  static List<Attribution> attribute(String text, Sieve... sieves) {
    Pipeline pipeline = new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer(), new PosTagger(),
        new QuoteFinder(), new MentionFinder(), new AttributionFinder(List.of(sieves))));
    Document doc = pipeline.annotate(new Document(new ArticleText("t", "Test", text.replace(" \u00b6 ", "\n\n"), "Test Wire", null,
        Instant.EPOCH, "en")));
    return doc.get(Annotations.ATTRIBUTIONS);
  }

  /** The whole English configuration. */
  static List<Attribution> attribute(String text) {
    return attribute(text, Sieves.english().toArray(Sieve[]::new));
  }

  static String describe(List<Attribution> as) {
    return as.stream().map(a -> "[" + a.speaker().canonical() + " | " + a.cue() + " | " + a.polarity() + " | " + a.sieve() + "] " + a.content())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
