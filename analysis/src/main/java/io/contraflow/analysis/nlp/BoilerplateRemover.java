package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body into paragraphs and drops what is not news: newsletter and donation appeals, "click to read
 * more", "SEE ALSO" links, copyright and comment-policy lines, bylines, contact addresses, photo credits and
 * navigation crumbs. Rules describe page furniture in general, not any one site.
 */
public final class BoilerplateRemover implements Annotator {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(\\bclick (here|to)\\b|\\bsubscribe\\b|\\bnewsletter\\b|\\bsign up\\b|^\\s*see also\\b|^\\s*read (more|next|also)\\b"
          + "|read the original article|copyright|©|all rights reserved|comment policy|before commenting|reprint permission"
          + "|\\bcan be reached at\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+|follow us\\b|whatsapp channel|\\bsupport (us|our (work|journalism|reporting|newsroom)|the (work|journalism|newsroom)|(independent|quality|free) (journalism|media|press))\\b"
          + "|\\b(donate|donating)\\b(?! (to|money|blood|organs|funds|\\$))|\\b(with|make) a (\\w+ )?donation\\b|remind me later|for the latest news|not ready to support|with inputs from|^\\s*\\(?photo\\b|\\((?:photo|picture|image)\\s+by\\b|ap photo/"
          // "This story was republished under a content-sharing agreement": a syndication notice.
          + "|\\bthis (?:article|story) (?:is being|was|has been|is) (?:originally )?republished\\b"
          // "Oops! Something went wrong. Please try again later.": a page's widget that failed to load, a line of its own.
          + "|^\\W*(?:oops\\b[^.!?]{0,40}|something went wrong|please try again(?: later)?|an error (?:has )?occurred)[.!\\s]*$"
          + "|getty images|^\\s*advertisement\\s*$|\\bshare this\\b|^\\s*by [A-Z][a-z]+ [A-Z][a-z]+\\s*$|payment methods|paiment"
          // "Staff Correspondent", "Kessa Correspondent, vellnews.com": a byline that names a post, not a person.
          + "|^\\s*(?-i:[A-Z][\\p{L}.'-]*\\s+){0,3}(?:correspondent|reporter)s?(?:[,\\s]+\\S+|\\S*)\\s*$)");
  /**
   * Keep in step with {@link #FURNITURE}: for every alternative, a lower-case literal it contains, or one it starts
   * with when it is anchored at the start, or (for a byline naming a post) the word of a short line.
   */
  private static final List<String> FURNITURE_LITERALS = List.of("click", "subscribe", "newsletter", "sign up", "read the original",
      "copyright", "\u00a9", "rights reserved", "comment policy", "before commenting", "reprint permission", "reached at",
      "@", "follow us", "whatsapp channel", "support us", "support our", "support the", "support independent", "support quality",
      "support free", "donat", "remind me later", "latest news", "inputs from", "ap photo/", "getty images", "share this", "(photo", "(picture", "(image",
      "payment methods", "paiment", "republished", "oops", "went wrong", "try again", "error");
  private static final List<String> FURNITURE_OPENINGS = List.of("by ", "see also", "read more", "read next", "read also", "photo", "(photo",
      "advertisement");
  private static final List<String> SHORT_LINE_POSTS = List.of("correspondent", "reporter");
  /** A byline naming a post has at most three names, the post and one word more. */
  private static final int SHORT_LINE_WORDS = 6;
  /** Lines of the body, from its top, where a repeated headline, deck or subhead may stand. */
  private static final int HEADLINE_LINES = 4;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** "... - Russian firm", "...: Kremlin", "... killed in raid – governor": a headline naming its source at its end. */
  private static final Pattern TRAILING_SPEAKER = Pattern.compile("(?:['\u2019\"\u201D]\\s+[-\u2013\u2014]|\\s[-\u2013\u2014]|:|"
      // ("30 killed in jail raid, according to witnesses": a source after "according to" ends it too.)
      + ",\\s+(?i:according\\s+to))\\s+\\p{L}[\\p{L} .]{1,40}$");
  /** Longer than this, a paragraph with furniture in it is likely a flattened page: see {@link #keepNewsRuns}. */
  private static final int RUN_TOGETHER_WORDS = 40;
  /** Where one sentence of a run-together paragraph ends and the next begins. */
  private static final Pattern SENTENCE_BOUNDARY = Pattern.compile("(?<=[.!?)\u201D\"])\\s+(?=[\\p{Lu}(\"\u201C])");
  private static final Set<String> FIRST_SECOND_PERSON = Set.of("we", "our", "us", "you", "your", "ours");

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.PARAGRAPHS);
  }

  @Override
  public void annotate(Document document) {
    String body = document.article().body();
    List<Paragraph> kept = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(body);
    int line = 0;
    while (m.find()) {
      String text = m.group();
      if (text.isBlank()) continue;
      if (isNews(text) || line < HEADLINE_LINES && isAttributedHeadline(text)) kept.add(new Paragraph(kept.size(), m.start(), m.end(), text));
      else if (wordCount(text) > RUN_TOGETHER_WORDS && !captionWithCredit(text)) keepNewsRuns(text, m.start(), kept);
      line++;
    }
    document.set(Annotations.PARAGRAPHS, kept);
  }

  /**
   * A page whose markup was flattened can run its share buttons, captions or photo credits into the news of one long
   * paragraph ("... Click to share (Opens in a new tab) Print The minister said ..."). Such a paragraph loses only
   * its furniture: the runs of news sentences between are kept, each as a paragraph of its own.
   */
  private static void keepNewsRuns(String text, int offset, List<Paragraph> kept) {
    Matcher boundary = SENTENCE_BOUNDARY.matcher(text);
    int runStart = -1;
    int runEnd = -1;
    int from = 0;
    while (from < text.length()) {
      boolean more = boundary.find(from);
      int to = more ? boundary.start() : text.length();
      int next = more ? boundary.end() : text.length();
      String sentence = text.substring(from, to);
      boolean news = wordCount(sentence) >= 4 && !(mayBeFurniture(sentence) && FURNITURE.matcher(sentence.strip()).find());
      if (news) {
        if (runStart < 0) runStart = from;
        runEnd = to;
      }
      if ((!news || !more) && runStart >= 0) {
        kept.add(new Paragraph(kept.size(), offset + runStart, offset + runEnd, text.substring(runStart, runEnd)));
        runStart = -1;
      }
      from = next;
    }
  }

  /**
   * A photograph's caption, however long, ends with its credit ("... in the town square. (Photo by Ana Berg/Kessa
   * Images)", "... REUTERS/Ana Berg"): all of it is the picture's, and it goes whole, as a caption does.
   */
  private static boolean captionWithCredit(String text) {
    String t = text.strip();
    Matcher credit = CREDIT_AT_END.matcher(t);
    int at = credit.find() ? credit.start() : agencyCreditStart(t);
    if (at < 0) return false;
    String rest = t.substring(0, at);
    return !(mayBeFurniture(rest) && FURNITURE.matcher(rest).find());
  }

  private static final Pattern CREDIT_AT_END = Pattern.compile("(?i)\\(\\s*(?:photo|picture|image|ap photo)\\b[^()]*\\)\\s*$");

  /**
   * A headline, deck or subhead the page repeats at the top of the body that attributes something ("Russia Rejects MH17
   * Guilty Verdict", "Navalny's mother accuses investigators of ...", "MH17 crash: 'Old Buk missile used' - Russian
   * firm"): short and without a full stop, but with a cue word or a trailing "- speaker". Page furniture is not one.
   */
  static boolean isAttributedHeadline(String text) {
    String t = text.strip();
    if (t.isEmpty() || mayBeFurniture(t) && FURNITURE.matcher(t).find()) return false;
    String[] words = WHITESPACE.split(t);
    if (words.length < 4 || words.length > 25) return false;
    for (String w : words) {
      String lower = lettersOnly(w, 0, w.length());
      if (Lexicon.CUE_VERBS.containsKey(lower)) return true;
    }
    return TRAILING_SPEAKER.matcher(t).find();
  }

  /** A headline that names its source at its end, after a dash or a colon ("Nine killed in port blast: officials"). */
  public static boolean namesSourceAtEnd(String text) {
    String t = text.strip();
    return !t.isEmpty() && !(mayBeFurniture(t) && FURNITURE.matcher(t).find()) && TRAILING_SPEAKER.matcher(t).find();
  }

  /** Page furniture by its words: a subscription or donation appeal, a "read more" link, a copyright line, a byline. */
  public static boolean isFurniture(String text) {
    String t = text.strip();
    return !t.isEmpty() && mayBeFurniture(t) && FURNITURE.matcher(t).find();
  }

  /**
   * A photo's caption: a paragraph that ends by crediting the picture to an agency and its photographer ("... in the
   * capital on 3 May. REUTERS/Ana Berg", "— AFP/File", "[Ivo Marn - Anadolu Agency]", "IVO MARN / AFP via Getty
   * Images", "AFP Photo"). It tells what a picture shows, often of another day, and is no part of the report.
   */
  public static boolean isCaption(String text) {
    return agencyCreditStart(text.strip()) >= 0;
  }

  /** Where the agency's credit that ends the stripped paragraph {@code t} begins, or -1. */
  private static int agencyCreditStart(String t) {
    int slash = t.lastIndexOf('/');
    int bracket = t.lastIndexOf('[');
    boolean mayBe = slash >= 0 && t.length() - slash <= CREDIT_REACH || bracket >= 0 && t.endsWith("]")
        || t.endsWith("Getty Images") || t.endsWith(" Photo");
    if (!mayBe) return -1;
    Matcher credit = CREDIT_AT_CAPTION_END.matcher(t);
    return credit.find() ? credit.start() : -1;
  }

  /** How far from its end a caption's credit begins: an agency, a slash and a photographer's name. */
  private static final int CREDIT_REACH = 45;
  private static final String PHOTO_AGENCY = "(?:REUTERS|Reuters|AFP|AP|EPA|EFE|Xinhua|XINHUA|ANADOLU|Anadolu(?: Agency)?|AA|Getty Images)";
  private static final Pattern CREDIT_AT_CAPTION_END = Pattern.compile(
      "(?:\\b" + PHOTO_AGENCY + "\\s*/\\s*\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3}"
          + "|\\b" + PHOTO_AGENCY + "\\s+(?:via\\s+Getty\\s+Images|Photo)"
          + "|\\[[^\\[\\]\\n]{1,60}[-\u2013\u2014]\\s*(?:[\\p{L}]+\\s+)?(?:Agency|Images|Photo|" + PHOTO_AGENCY + ")\\s*\\])\\s*$");

  /** True for a paragraph of news: not page furniture, an appeal to the reader, a caption or a dateline. */
  public static boolean isNews(String text) {
    String t = text.strip();
    if (t.isEmpty() || mayBeFurniture(t) && FURNITURE.matcher(t).find() || isCaption(t)) return false;
    int words = 0;
    int personal = 0;
    boolean quotes = t.indexOf('"') >= 0 || t.indexOf('“') >= 0;
    for (int i = 0; i < t.length(); ) {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
      if (i == t.length()) break;
      int start = i;
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
      words++;
      // (With quotes the persons decide nothing below: their words are not read.)
      if (!quotes && personal(t, start, i)) personal++;
    }
    // Captions, datelines and navigation crumbs are short and do not end like a sentence.
    boolean endsLikeSentence = ".!?\"”’')]".indexOf(t.charAt(t.length() - 1)) >= 0;
    if (words < 4) return false;
    if (!endsLikeSentence && words < 15) return false;
    // Appeals to the reader ("we need your support") speak in the first and second person; news rarely does
    // outside quotes.
    return quotes || personal < 2 || personal * 12 < words;
  }

  /**
   * A first- or second-person word ("Your," reads "your"). Its letters are counted first, so that the many words of
   * another length than those few are not copied (a string per word of every paragraph showed in profiles).
   */
  private static boolean personal(String t, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (c >= 'a' && c <= 'z') letters++;
    }
    return letters >= SHORTEST_PERSONAL && letters <= LONGEST_PERSONAL && FIRST_SECOND_PERSON.contains(lettersOnly(t, from, to));
  }

  private static final int SHORTEST_PERSONAL = FIRST_SECOND_PERSON.stream().mapToInt(String::length).min().orElse(0);
  private static final int LONGEST_PERSONAL = FIRST_SECOND_PERSON.stream().mapToInt(String::length).max().orElse(0);

  /** The word's ASCII letters, lower-cased ("Your," reads "your"). */
  private static String lettersOnly(String t, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (c >= 'a' && c <= 'z') b.append(c);
    }
    return b.toString();
  }

  /**
   * A cheap test that {@link #FURNITURE} can match: each of its alternatives holds one of the literals. Most paragraphs
   * hold none, and the full pattern costs a pass per alternative at every character. (Words common in news, "read",
   * "photo", "reporters", are literals only where the pattern anchors them: at the start, or in a short line.)
   */
  private static boolean mayBeFurniture(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String opening : FURNITURE_OPENINGS) if (lower.startsWith(opening)) return true;
    for (String literal : FURNITURE_LITERALS) if (lower.contains(literal)) return true;
    if (wordCount(lower) <= SHORT_LINE_WORDS) for (String post : SHORT_LINE_POSTS) if (lower.contains(post)) return true;
    return false;
  }

  private static int wordCount(String t) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = Character.isWhitespace(t.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }
}
