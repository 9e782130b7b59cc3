package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Splits each kept paragraph into sentences with OpenNLP's sentence detector. Tokens are added later. */
public final class SentenceSplitter implements Annotator {
  private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.SENTENCES));

  /**
   * The model sometimes ends a sentence after an abbreviation inside it ("at about 3 a.m., destroyed four homes"): a
   * "sentence" that ends with a comma (inside a closing quote mark too: '"... for months <b>," she said'), or one that
   * starts with a lower-case letter, is the same sentence going on.
   */
  private static boolean continuesSentence(String body, int previousEnd, int nextStart) {
    int lastAt = previousEnd - 1;
    while (lastAt > 0 && "\"'\u201d\u2019".indexOf(body.charAt(lastAt)) >= 0) lastAt--;
    char last = body.charAt(lastAt);
    char first = body.charAt(nextStart);
    if (last == ',' || last == ';' || Character.isLowerCase(first)) return true;
    // "blamed the Aug. 4 explosion", "No. 3": a number after an abbreviation; "said Lt. Gen. Igor Volk": a name after
    // a title. Neither ends a sentence.
    if (last == '.' && Character.isDigit(first) && endsWithAbbreviation(body, previousEnd)) return true;
    String before = body.substring(Math.max(0, previousEnd - 8), previousEnd);
    if (!Character.isUpperCase(first)) return false;
    return TITLE_ABBREVIATION.matcher(before).find() || endsWithInitials(body, previousEnd);
  }

  /**
   * "the Harvard T.H. Chan School", "George W. Bush": a person's initials, which a name goes on after. The initials of
   * places and bodies ("in the U.S.", "Washington, D.C.") end sentences as often as any word.
   */
  private static boolean endsWithInitials(String body, int end) {
    java.util.regex.Matcher m = INITIALS.matcher(body.substring(Math.max(0, end - 12), end));
    return m.find() && !PLACE_INITIALS.contains(m.group(1).replace(".", ""));
  }

  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:^|[\\s(])((?:\\p{Lu}\\.){1,3})$");

  /** Initials that stand for a country, a union of countries, a body or a place, not a person's given names. */
  private static final Set<String> PLACE_INITIALS = Set.of("US", "UK", "UN", "EU", "DC", "USSR", "UAE", "NY", "LA", "NZ", "PRC",
      "SA", "AU", "RSA");

  /** Abbreviations a number follows within a sentence: "Aug. 4", "No. 3", "Sept. 11". */
  private static final java.util.Set<String> BEFORE_NUMBERS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "no", "nos", "art", "vol", "p", "pp");

  private static boolean endsWithAbbreviation(String body, int end) {
    int b = end - 1;
    while (b > 0 && Character.isLetter(body.charAt(b - 1))) b--;
    return BEFORE_NUMBERS.contains(body.substring(b, end - 1).toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.regex.Pattern TITLE_ABBREVIATION =
      java.util.regex.Pattern.compile("\\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Cmdr|Adm|Brig|Cpl|Supt|Sen|Rep|Gov|Rev|Prof|Dr|Mr|Mrs|Ms|Messrs|Mmes|St)\\.$");

  /**
   * "KESTA CITY (Reuters) - ", "KESTA CITY, Norland -- ", "KESTA CITY—": a wire story's dateline, a place in capitals,
   * perhaps its country and the agency, then a dash.
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu}'’.\\- ]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}\\d.'’ ]{1,30}?)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[–—]+|--?\\s)\\s*(?=\\p{Lu}|[\"“])");

  /**
   * "Kesta: Hundreds of nurses staged ...", "Kesta City [Norland], March 3 (Agency): The ministry said ...": a place in
   * capitalised words and a colon, as many outlets open a story. Read only at the opening of the body, where it cannot
   * be a speaker's label in a transcript.
   */
  private static final java.util.regex.Pattern COLON_DATELINE = java.util.regex.Pattern.compile(
      "^\\s*\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){0,2}\\s*(?:\\[[^\\]]{1,30}\\]\\s*)?(?:,\\s*[\\p{L}\\d.'’ ]{1,30}?)?"
          + "\\s*(?:\\([^)]{1,40}\\)\\s*)?:\\s+(?=\\p{Lu}[\\p{Ll}]+\\s+\\S+\\s+\\S+)");

  /** Characters of the dateline {@code sentence} opens with, or 0; {@code opensBody} when it is the body's first. */
  static int datelineLength(String sentence, boolean opensBody) {
    java.util.regex.Matcher m = DATELINE.matcher(sentence);
    if (m.find() && m.end() < sentence.length()) return m.end();
    m = COLON_DATELINE.matcher(sentence);
    return opensBody && m.find() && m.end() < sentence.length() ? m.end() : 0;
  }

  /**
   * "...that evening.At a hearing on Monday": pages whose paragraphs lost the space after a full stop. A lower-case word
   * of two letters or more, the stop, then a capitalised word is a sentence boundary the model does not see.
   */
  private static boolean glued(String text, int start, int end, int at) {
    if (at - 3 < start || at + 1 >= end) return false;
    char stop = text.charAt(at - 1);
    return (stop == '.' || stop == '!' || stop == '?') && Character.isLowerCase(text.charAt(at - 3))
        && Character.isLowerCase(text.charAt(at - 2)) && Character.isUpperCase(text.charAt(at))
        && Character.isLowerCase(text.charAt(at + 1));
  }

  /** The detector's spans, each cut again where two sentences were glued together. */
  static List<Span> unglued(String paragraph, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int from = s.getStart();
      // (A scan, not a pattern: this runs over every character of every article.)
      for (int at = s.getStart() + 3; at < s.getEnd() - 1; at++) {
        if (glued(paragraph, s.getStart(), s.getEnd(), at)) {
          out.add(new Span(from, at));
          from = at;
        }
      }
      out.add(new Span(from, s.getEnd()));
    }
    return out;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.PARAGRAPHS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> sentences = new ArrayList<>();
    String body = document.article().body();
    for (Paragraph p : document.get(Annotations.PARAGRAPHS)) {
      int open = -1; // start of the sentence being built, in the body
      int openEnd = -1;
      for (Span s : unglued(p.text(), detector.get().sentPosDetect(TextNormalizer.forModels(p.text())))) {
        int start = p.start() + s.getStart();
        int end = p.start() + s.getEnd();
        if (open >= 0 && continuesSentence(body, openEnd, start)) {
          openEnd = end;
          continue;
        }
        if (open >= 0) sentences.add(new Sentence(sentences.size(), p.index(), open, openEnd, body.substring(open, openEnd), List.of()));
        // A paragraph's first sentence starts after its dateline: the dateline names no speaker.
        open = open < 0 ? start + datelineLength(body.substring(start, end), sentences.isEmpty()) : start;
        openEnd = end;
      }
      if (open >= 0) sentences.add(new Sentence(sentences.size(), p.index(), open, openEnd, body.substring(open, openEnd), List.of()));
    }
    document.set(Annotations.SENTENCES, sentences);
  }
}
