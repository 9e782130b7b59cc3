package io.contraflow.analysis.events;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * "Kessa's governor ordered an inquiry", "Kessa state's chief minister": a sentence's first word in the possessive, or
 * before a region's kind, is a name (its capital says nothing at the start of a sentence, but a common word rarely opens
 * one so), unless the article writes it in lower case elsewhere or it is a common word ("Today's", "Everyone's",
 * "Monday's", "Police's", "Each state's").
 */
final class PossessiveOpener {
  /** Common words a sentence may open with in the possessive. */
  private static final Set<String> COMMON_POSSESSORS = Set.of("today", "yesterday", "tonight", "tomorrow", "everyone",
      "everybody", "someone", "somebody", "nobody", "anyone", "one", "year", "week", "month", "day", "night", "morning", "world",
      "country", "nation", "city", "town", "state", "government", "party", "company", "family", "council", "court", "police", "army",
      "ministry", "region", "province", "island", "village", "people", "children", "women", "men", "victims", "group", "team", "club",
      "school", "hospital", "church", "parliament", "president", "minister", "mother", "father", "son", "daughter", "wife", "husband");

  /** Kinds of region a name opens: "Kessa state", "Vell province". */
  private static final Set<String> REGION_KINDS = Set.of("state", "province", "district", "region", "county", "governorate",
      "oblast", "prefecture", "valley");

  private PossessiveOpener() {}

  /**
   * True for the sentence's first word at {@code k} that names someone or somewhere: in the possessive, or the whole run
   * of capitals ({@code k} to {@code to}) before a region's kind in lower case.
   */
  static boolean isName(List<Token> tokens, int k, int to, Set<String> wordsWrittenInLowerCase) {
    Token t = tokens.get(k);
    if (!t.sentenceInitial() || t.uncertainCase() || t.text().indexOf('-') >= 0) return false;
    boolean beforeRegion = k + 1 == to && to < tokens.size() && !tokens.get(to).capitalised() && !tokens.get(to).breakBefore()
        && REGION_KINDS.contains(tokens.get(to).lower());
    if (!t.endsName() && !beforeRegion) return false;
    String w = t.lower();
    return !wordsWrittenInLowerCase.contains(w) && !EnglishLexicon.STOPWORDS.contains(w) && !COMMON_POSSESSORS.contains(w)
        && !Lexicon.CALENDAR.contains(w);
  }
}
