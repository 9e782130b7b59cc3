package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a headline in title case as a sentence: "Russia Rejects MH17 Guilty Verdict, Life Sentences" becomes "Russia
 * rejects MH17 guilty verdict, life sentences" for the tagger and the mention finder, which otherwise take the whole
 * line for one name. A word keeps its capital when the article capitalises it inside a sentence elsewhere (a name),
 * when it opens the line, or when it is an acronym or a place. Offsets are unchanged: tokens keep their spans.
 */
public final class HeadlineCase implements Annotator {
  private static final Lexicon LEXICON = Lexicon.english();

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
    List<Sentence> sentences = document.get(Annotations.SENTENCES);
    List<Sentence> headlines = new ArrayList<>();
    for (Sentence s : sentences) if (titleCase(s.tokens())) headlines.add(s);
    if (headlines.isEmpty()) return;
    Set<String> names = new HashSet<>();
    for (Sentence s : sentences) {
      if (headlines.contains(s)) continue;
      List<Token> t = s.tokens();
      for (int i = 1; i < t.size(); i++) if (t.get(i).capitalized() && !t.get(i - 1).text().equals("\"")) names.add(t.get(i).text());
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      if (!headlines.contains(s)) {
        out.add(s);
        continue;
      }
      List<Token> t = new ArrayList<>(s.tokens());
      for (int i = 1; i < t.size(); i++) {
        Token tok = t.get(i);
        String w = tok.text();
        if (!tok.capitalized() || names.contains(w) || !w.equals(capitalised(tok.lower())) || LEXICON.country(w) != null) continue;
        t.set(i, new Token(tok.lower(), tok.start(), tok.end(), tok.tag(), tok.lower()));
      }
      out.add(s.withTokens(t));
    }
    document.set(Annotations.SENTENCES, out);
  }

  /** Most words of three letters or more capitalised, and no full stop at the end: a headline. */
  static boolean titleCase(List<Token> t) {
    if (t.size() < 3 || t.get(t.size() - 1).text().equals(".")) return false;
    int words = 0;
    int capitals = 0;
    for (Token tok : t) {
      if (tok.text().length() < 3 || !Character.isLetter(tok.text().charAt(0))) continue;
      words++;
      if (tok.capitalized()) capitals++;
    }
    return words >= 3 && capitals * 10 >= words * 7;
  }

  /** "Verdict" for "verdict": only a plain capitalised word is lowered ("MH17", "McDonald", "NATO" keep their case). */
  private static String capitalised(String lower) {
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
