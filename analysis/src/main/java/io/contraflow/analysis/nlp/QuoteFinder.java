package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations in each paragraph. Quote marks are paired in order, so a quotation may span several
 * sentences; an opening mark left unclosed runs to the end of the paragraph (the convention for quotes continued
 * in the next paragraph).
 */
public final class QuoteFinder implements Annotator {

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.PARAGRAPHS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.QUOTES);
  }

  @Override
  public void annotate(Document document) {
    List<Quote> quotes = new ArrayList<>();
    for (Paragraph p : document.get(Annotations.PARAGRAPHS)) {
      String text = TextNormalizer.forModels(p.text());
      int open = -1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != '"') continue;
        if (open < 0) {
          open = i;
        } else {
          add(quotes, p, open + 1, i);
          open = -1;
        }
      }
      if (open >= 0) add(quotes, p, open + 1, text.length());
    }
    document.set(Annotations.QUOTES, quotes);
  }

  private static void add(List<Quote> quotes, Paragraph p, int from, int to) {
    String content = p.text().substring(from, to);
    // Trim the comma or space that sits inside the marks ("..., " he said).
    int s = 0;
    int e = content.length();
    while (s < e && Character.isWhitespace(content.charAt(s))) s++;
    while (e > s && (Character.isWhitespace(content.charAt(e - 1)) || content.charAt(e - 1) == ',')) e--;
    if (e > s) quotes.add(new Quote(p.start() + from + s, p.start() + from + e, content.substring(s, e), p.index()));
  }
}
