package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Tokenizes each sentence with OpenNLP's tokenizer model, keeping offsets in the body.
 *
 * <p>OpenNLP's tokenizer splits at whitespace and then asks its model, character by character, where to split inside
 * each whitespace-delimited chunk; the model sees only the chunk ("said," "U.S." "Kyiv's"), never its neighbours. So
 * the same chunk always splits the same way, and the splits are cached per chunk: news repeats "said," and "Friday."
 * in every article, and the model costs a few microseconds per character.
 */
public final class Tokenizer implements Annotator {
  /** Chunks cached per thread before the cache is emptied. */
  static final int CACHE_LIMIT = 50_000;
  private final ThreadLocal<ChunkSplitter> splitter = ThreadLocal.withInitial(ChunkSplitter::new);

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public void annotate(Document document) {
    ChunkSplitter chunks = splitter.get();
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      String normalized = TextNormalizer.forModels(s.text());
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      int n = normalized.length();
      while (i < n) {
        while (i < n && StringUtil.isWhitespace(normalized.charAt(i))) i++;
        int chunkStart = i;
        while (i < n && !StringUtil.isWhitespace(normalized.charAt(i))) i++;
        if (i == chunkStart) break;
        String chunk = normalized.substring(chunkStart, i);
        if (ChunkSplitter.isWhole(chunk)) {
          add(tokens, chunk, s.start() + chunkStart);
        } else {
          for (Span span : chunks.split(chunk)) add(tokens, span.getCoveredText(chunk).toString(), s.start() + chunkStart + span.getStart());
        }
      }
      splitFinalPeriod(tokens);
      out.add(s.withTokens(tokens));
    }
    document.set(Annotations.SENTENCES, out);
  }

  /**
   * The model keeps a sentence's full stop on a name it takes for an abbreviation ('said Peskov.'): the sentence
   * splitter has already decided the sentence ends there, so a final word of letters gives up its period. Words with
   * inner periods ("U.S.") keep theirs.
   */
  static void splitFinalPeriod(List<Token> tokens) {
    if (tokens.isEmpty()) return;
    Token last = tokens.get(tokens.size() - 1);
    String w = last.text();
    if (w.length() < 3 || w.charAt(w.length() - 1) != '.') return;
    for (int i = 0; i < w.length() - 1; i++) if (!Character.isLetter(w.charAt(i))) return;
    tokens.set(tokens.size() - 1, new Token(w.substring(0, w.length() - 1), last.start(), last.end() - 1, null));
    tokens.add(new Token(".", last.end() - 1, last.end(), null));
  }

  /**
   * The UD model keeps possessives and contractions on the word ("Sorel's", "weren't"); split them as Penn-style
   * tokenizers do, so names and negations stand alone.
   */
  static void add(List<Token> tokens, String word, int start) {
    int end = start + word.length();
    int cut = word.length() > 2 && word.endsWith("'s") ? word.length() - 2
        : word.length() > 3 && word.toLowerCase(java.util.Locale.ROOT).endsWith("n't") ? word.length() - 3
        : word.length() > 2 && word.endsWith("'") && Character.isLetter(word.charAt(word.length() - 2)) ? word.length() - 1 : -1;
    if (cut > 0) {
      tokens.add(new Token(word.substring(0, cut), start, start + cut, null));
      tokens.add(new Token(word.substring(cut), start + cut, end, null));
    } else {
      tokens.add(new Token(word, start, end, null));
    }
  }

  /** One thread's tokenizer and its cache of chunk splits. */
  static final class ChunkSplitter {
    private final TokenizerME model = new TokenizerME(OpenNlpModels.TOKENS);
    private final Map<String, Span[]> cache = new HashMap<>();

    /** Chunks the model is never asked about: single characters, and letters and digits only (OpenNLP's alphanumeric optimisation). */
    static boolean isWhole(String chunk) {
      return chunk.length() < 2 || isAsciiAlphanumeric(chunk);
    }

    Span[] split(String chunk) {
      Span[] spans = cache.get(chunk);
      if (spans == null) {
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        spans = keepPrefixes(chunk, model.tokenizePos(chunk));
        cache.put(chunk, spans);
      }
      return spans;
    }

    /** Prefixes the model splits off at their hyphen ("non", "-governmental"), which are part of the word they open. */
    private static final Set<String> PREFIXES = Set.of("non", "anti", "pro", "ex", "co", "self", "semi", "multi", "counter", "cross");

    /**
     * Joins a prefix to the rest of its word: "non-governmental" is one word, not "non" and "-governmental"; a capitalised
     * word the model gives a hyphen to loses it.
     */
    static Span[] keepPrefixes(String chunk, Span[] spans) {
      List<Span> out = new ArrayList<>(spans.length);
      for (Span span : spans) {
        Span last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.getEnd() == span.getStart() && chunk.charAt(span.getStart()) == '-'
            && PREFIXES.contains(chunk.substring(last.getStart(), last.getEnd()).toLowerCase(java.util.Locale.ROOT))) {
          out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
        } else if (last != null && last.getEnd() == span.getStart() && last.length() > 2 && Character.isLetter(chunk.charAt(last.getStart())) && chunk.charAt(last.getEnd() - 1) == '-'
            && Character.isLowerCase(chunk.charAt(span.getStart()))) {
          // ("Italian-" and "owned": the model cut a compound after its hyphen; "Italian-owned" is one word.)
          out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
        } else if (span.length() > 1 && chunk.charAt(span.getStart()) == '-' && Character.isUpperCase(chunk.charAt(span.getStart() + 1))) {
          // ("Prosecutor" and "-General", "Norland" and "-Ostria": the hyphen stands alone before a name or title, as
          // the model leaves it in "Attorney - General".)
          out.add(new Span(span.getStart(), span.getStart() + 1));
          out.add(new Span(span.getStart() + 1, span.getEnd()));
        } else {
          out.add(span);
        }
      }
      return out.toArray(new Span[0]);
    }

    private static boolean isAsciiAlphanumeric(String chunk) {
      for (int i = 0; i < chunk.length(); i++) {
        char c = chunk.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
      }
      return true;
    }
  }
}
