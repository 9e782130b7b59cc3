package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What event grouping compares between articles: weighted names, weighted key terms and a body fingerprint.
 *
 * <p>Entity weights: {@code 1 + ln(mentions)}, plus 1 when the name is in the headline and 0.5 when it is in the first
 * three sentences; times 1.5 for multi-word organisation/incident names (the most distinctive) and 0.5 for countries
 * (broad context). Term weights: the same without the kind factor, for stemmed content words and for pairs of adjacent
 * content words ("concert hall", "death toll"), which carry much of what an incident is when it has no proper name.
 * Only the heaviest {@value #MAX_ENTITIES} names and {@value #MAX_TERMS} terms are kept.
 *
 * @param entities canonical name to weight
 * @param terms stemmed term or term pair to weight
 * @param fingerprint 64-bit SimHash of the body's word 3-shingles (0 when the body has fewer than 25 words)
 * @param bodyWords number of words in the body, to judge whether the fingerprint is reliable, or
 *     {@link #UNKNOWN_LENGTH}
 */
public record EventFeatures(Map<String, Double> entities, Map<String, Double> terms, long fingerprint, int bodyWords) {
  /** {@link #bodyWords} when features arrive without their text: the supplied fingerprint is trusted. */
  public static final int UNKNOWN_LENGTH = Integer.MAX_VALUE;
  static final int MAX_ENTITIES = 64;
  static final int MAX_TERMS = 160;
  private static final double TITLE_BONUS = 1.0;
  private static final double LEAD_BONUS = 0.5;
  private static final int LEAD_SENTENCES = 3;

  public EventFeatures {
    entities = Map.copyOf(entities);
    terms = Map.copyOf(terms);
  }

  /** Features of an analysed article: its own entities and terms when the extractor filled them in, else computed. */
  public static EventFeatures of(ArticleAnalysis analysis) {
    boolean supplied = (analysis.entities() != null && !analysis.entities().isEmpty())
        || (analysis.terms() != null && !analysis.terms().isEmpty());
    if (!supplied) return of(analysis.article());
    Map<String, Double> entities = analysis.entities() == null ? Map.of() : analysis.entities();
    Map<String, Double> terms = analysis.terms() == null ? Map.of() : analysis.terms();
    String body = analysis.article().body();
    if (analysis.fingerprint() != 0L) {
      // The extractor saw the text; downstream stages may carry the features without the body.
      return new EventFeatures(entities, terms, analysis.fingerprint(), body.isEmpty() ? UNKNOWN_LENGTH : countWords(body));
    }
    EventFeatures computed = of(analysis.article());
    return new EventFeatures(entities, terms, computed.fingerprint(), computed.bodyWords());
  }

  /**
   * Features of an article's text. Callers should give articles without a publication date their ingestion time as
   * {@link ArticleText#publishedAt()} before grouping; nothing here reads the time.
   */
  public static EventFeatures of(ArticleText article) {
    List<Token> tokens = ArticleTokenizer.tokenize(article.title(), article.body());
    List<NameFinder.Mention> mentions = NameFinder.find(tokens);

    boolean[] inName = new boolean[tokens.size()];
    Map<String, Tally> names = new HashMap<>();
    Map<String, NameFinder.Kind> kinds = new HashMap<>();
    for (NameFinder.Mention m : mentions) {
      // The lower-case noun of "the Kakhovka dam" stays a term too.
      for (int k = m.firstToken(); k <= m.lastToken(); k++) inName[k] |= tokens.get(k).capitalised();
      Token first = tokens.get(m.firstToken());
      names.computeIfAbsent(m.key(), x -> new Tally()).add(first);
      kinds.merge(m.key(), m.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }

    Map<String, Tally> words = new HashMap<>();
    String previousTerm = null;
    List<String> bodyWords = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.inTitle()) bodyWords.add(t.lower());
      String term = inName[k] ? null : termOf(t);
      if (term != null) {
        words.computeIfAbsent(term, x -> new Tally()).add(t);
        if (previousTerm != null && !t.breakBefore()) {
          words.computeIfAbsent(previousTerm + " " + term, x -> new Tally()).add(t);
        }
      }
      previousTerm = term;
    }

    Map<String, Double> entities = new HashMap<>();
    names.forEach((key, tally) -> entities.put(key, tally.weight() * kindFactor(kinds.get(key))));
    Map<String, Double> terms = new HashMap<>();
    words.forEach((key, tally) -> {
      // A pair seen once is noise; a pair that recurs or sits in the headline is a phrase.
      if (key.indexOf(' ') < 0 || tally.count > 1 || tally.inTitle) terms.put(key, tally.weight());
    });
    return new EventFeatures(top(entities, MAX_ENTITIES), top(terms, MAX_TERMS), SimHash.of(bodyWords),
        bodyWords.size());
  }

  private static String termOf(Token t) {
    String w = t.lower();
    if (w.length() < 3 || !Character.isLetter(w.charAt(0))) return null;
    if (EnglishLexicon.STOPWORDS.contains(w)) return null;
    if (w.indexOf('\'') >= 0) return null;
    String stem = TermStemmer.stem(w);
    return stem.length() < 3 || EnglishLexicon.STOPWORDS.contains(stem) ? null : stem;
  }

  private static double kindFactor(NameFinder.Kind kind) {
    return switch (kind) {
      case MULTI_WORD -> 1.5;
      case COUNTRY -> 0.5;
      case SINGLE -> 1.0;
    };
  }

  static Map<String, Double> top(Map<String, Double> weights, int n) {
    if (weights.size() <= n) return weights;
    Map<String, Double> kept = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static int countWords(String body) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      boolean letter = Character.isLetterOrDigit(body.charAt(i));
      if (letter && !inWord) n++;
      inWord = letter;
    }
    return n;
  }

  /** Words of a name or term seen in the article: how often, and whether in the headline or the lead. */
  private static final class Tally {
    int count;
    boolean inTitle;
    boolean inLead;

    void add(Token t) {
      count++;
      if (t.inTitle()) inTitle = true;
      else if (t.sentence() <= LEAD_SENTENCES) inLead = true;
    }

    double weight() {
      return 1.0 + Math.log(count) + (inTitle ? TITLE_BONUS : 0.0) + (inLead ? LEAD_BONUS : 0.0);
    }
  }

  /** Keys of several words: multi-word names and term pairs, the distinctive part of what a story is about. */
  static boolean isPhrase(String key) {
    return key.indexOf(' ') > 0;
  }
}
