package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A headline's speaker named by a title alone ("Envoy says victim was not the banker", "Coroner rules out foul play"):
 * the person of that title the article's text then quotes ("Norland's ambassador to Ostria said ..."). A title may be
 * written with a word of the same office ("envoy" for an ambassador). Read over the whole article, once every sentence
 * is attributed; a title the text never gives again stays as it was.
 */
final class HeadlineTitleSieve implements Sieve {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Titles headlines use for an office the text names otherwise. */
  private static final Map<String, Set<String>> SAME_OFFICE = Map.of("envoy", Set.of("envoy", "ambassador", "diplomat"),
      "ambassador", Set.of("ambassador", "envoy"));
  /** How many sentences into the article a headline still stands. */
  private static final int HEADLINE_SENTENCES = 2;

  @Override
  public void finish(Discourse doc) {
    List<Attribution> out = doc.out;
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      String title = bareTitle(a.speaker());
      if (title == null || a.sentenceIndex() >= HEADLINE_SENTENCES) continue;
      Set<String> office = SAME_OFFICE.getOrDefault(title, Set.of(title));
      Mention holder = null;
      for (Attribution later : out) {
        if (later.sentenceIndex() <= a.sentenceIndex() || bareTitle(later.speaker()) != null) continue;
        if (holds(later.speaker(), office)) {
          holder = later.speaker();
          break;
        }
      }
      if (holder == null) continue;
      Mention speaker = new Mention(a.speaker().start(), a.speaker().end(), a.speaker().text(), holder.canonical(), holder.key(),
          holder.type(), holder.role(), holder.affiliation(), holder.plural());
      out.set(i, new Attribution(speaker, a.cue(), a.contentStart(), a.contentEnd(), a.content(), a.sentenceIndex(), a.polarity(),
          a.modality(), a.direct(), a.relay(), a.challenged(), name()));
    }
  }

  /** The title word when the speaker is a title and nothing else ("Envoy", "the Coroner"), else null. */
  private static String bareTitle(Mention m) {
    String c = LEADING_THE.matcher(m.canonical().toLowerCase(Locale.ROOT)).replaceFirst("");
    return c.indexOf(' ') < 0 && LEXICON.isTitle(c) && m.type() != ClaimantType.GOVERNMENT ? c : null;
  }

  /** A person or body whose role or words hold one of the office's titles. */
  private static boolean holds(Mention m, Set<String> office) {
    String words = ((m.role() == null ? "" : m.role()) + " " + m.text() + " " + m.canonical()).toLowerCase(Locale.ROOT);
    for (String w : NON_LETTERS.split(words)) if (office.contains(w)) return true;
    return false;
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the\\s+");
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
}
