package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
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
          + "|\\bcan be reached at\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+|follow us\\b|whatsapp channel|\\bsupport (us|the|our)\\b"
          + "|\\bdonat(e|ion)|remind me later|for the latest news|not ready to support|with inputs from|^\\s*photo\\b|ap photo/"
          + "|getty images|^\\s*advertisement\\s*$|\\bshare this\\b|^\\s*by [A-Z][a-z]+ [A-Z][a-z]+\\s*$|payment methods|paiment)");
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
    while (m.find()) {
      String text = m.group();
      if (isNews(text)) kept.add(new Paragraph(kept.size(), m.start(), m.end(), text));
    }
    document.set(Annotations.PARAGRAPHS, kept);
  }

  static boolean isNews(String text) {
    String t = text.strip();
    if (t.isEmpty() || FURNITURE.matcher(t).find()) return false;
    String[] words = t.split("\\s+");
    // Captions, datelines and navigation crumbs are short and do not end like a sentence.
    boolean endsLikeSentence = t.matches("(?s).*[.!?\"”’')\\]]$");
    if (words.length < 4) return false;
    if (!endsLikeSentence && words.length < 15) return false;
    // Appeals to the reader ("we need your support") speak in the first and second person; news rarely does
    // outside quotes.
    if (!t.contains("\"") && !t.contains("“")) {
      int personal = 0;
      for (String w : words) if (FIRST_SECOND_PERSON.contains(w.toLowerCase().replaceAll("[^a-z]", ""))) personal++;
      if (personal >= 2 && personal * 12 >= words.length) return false;
    }
    return true;
  }
}
