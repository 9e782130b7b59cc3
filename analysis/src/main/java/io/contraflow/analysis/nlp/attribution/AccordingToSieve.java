package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.indexOfWord;
import static io.contraflow.analysis.nlp.attribution.Phrases.phraseEnd;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "P, according to X" and "According to X, P" name X as the speaker when no other sieve attributed the sentence
 * (after another cue X is a relay, read with that cue). "according to a statement from the hospital" is the
 * hospital's. "P, according to X, the Gazette reported" is X's, passed on by the Gazette.
 */
final class AccordingToSieve implements Sieve {

  /** Words for figures a source gives, which a participle then credits to it ({@link AscribedFigureSieve#CREDITING}). */
  private static final java.util.Set<String> FIGURES = java.util.Set.of("figures", "figure", "data", "statistics", "numbers", "tally",
      "toll", "count", "estimates", "estimate");
  /** What a source gives that is not a text it issues nor a figure: "the latest information from the ministry". */
  private static final java.util.Set<String> INFORMATION = java.util.Set.of("information", "update", "updates", "details");
  /** Words of when a source's word came: "the latest figures", "preliminary data", "an updated count". */
  private static final java.util.Set<String> RECENCY = java.util.Set.of("latest", "last", "new", "newest", "updated", "preliminary",
      "initial", "first", "final", "official", "revised", "most", "recent");

  /** A word for what a source gives: a text it issues, a figure or information. */
  private static boolean given(String word) {
    return SpeakerResolver.ISSUED_TEXTS.contains(word) || FIGURES.contains(word) || INFORMATION.contains(word);
  }

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int acc = indexOfWord(t, 0, t.size(), "according");
    if (acc < 0 || acc + 1 >= t.size() || !t.get(acc + 1).is("to") || st.quoted[acc]) return;
    // "built according to the regulations": done by a norm, said by no one.
    if (Norms.isNorm(t, acc + 2)) return;
    // "P, according to the fire service, the Gazette reported": the service's words, which the Gazette passed on.
    Attribution passedOn = passedOn(st.here, t.get(acc).start());
    // ("P, according to X; Y says Q": a later clause's claim leaves P to X; "According to X, the court found P" is the
    // court's, passed on.)
    int[] clauseBefore = Phrases.trim(t, 0, acc);
    boolean ownClauseBefore = clauseBefore != null && clauseBefore[1] - clauseBefore[0] >= 3 && hasVerb(t, clauseBefore[0], clauseBefore[1]);
    boolean laterClausesOnly = ownClauseBefore && st.here.stream().allMatch(h -> h.contentStart() > t.get(acc).start());
    if (!st.here.isEmpty() && passedOn == null && !laterClausesOnly) return;
    int sourceEnd = phraseEnd(t, acc + 2);
    // ("According to the city health office about 200 were killed": no comma ends the source; the count does.)
    int unmarked = acc == 0 ? clauseAfterSource(t, acc + 2) : -1;
    if (unmarked > 0) sourceEnd = Math.min(sourceEnd, unmarked);
    // ("the toll according to the Minister of State for Home Ivo Marn is 132": the aside's source runs to the verb.)
    int asideVerb = acc > 0 ? verbAfterSource(t, acc + 2) : -1;
    int asideSubject = asideVerb > 0 ? subjectBefore(t, acc) : -1;
    if (asideSubject >= 0) sourceEnd = asideVerb;
    // "according to a statement from the hospital": the phrase goes on to who issued it.
    // ("according to the latest information by the prosecutor's office", "according to updated figures from the
    // ministry": what the source gave, however new, is its word.)
    int issued = acc + 2 < t.size() && (t.get(acc + 2).is("a") || t.get(acc + 2).is("the")) ? acc + 3 : acc + 2;
    int firstWord = issued;
    while (issued + 1 < t.size() && RECENCY.contains(t.get(issued).lower())) issued++;
    int sourceStart = acc + 2;
    if (issued + 2 < t.size() && given(t.get(issued).lower()) && (t.get(issued + 1).is("from") || t.get(issued + 1).is("by"))) {
      sourceEnd = phraseEnd(t, issued + 2);
      if (issued > firstWord) sourceStart = issued + 2; // (past "the latest": the source's name is all that follows)
    }
    // "according to the figures provided by the state government": the figures are the government's.
    if (issued + 3 < t.size() && FIGURES.contains(t.get(issued).lower()) && AscribedFigureSieve.CREDITING.containsKey(t.get(issued + 1).lower())
        && (t.get(issued + 2).is("by") || t.get(issued + 2).is("from"))) {
      sourceStart = issued + 3;
      sourceEnd = phraseEnd(t, sourceStart);
    }
    // "according to Chilean officials and the Peruvian army": both sides say it, each its own claim.
    List<Mention> sources = Conjuncts.of(st.speakers(), t, sourceStart, sourceEnd, true);
    Mention source = sources.isEmpty() ? null : sources.get(0);
    // ("according to a city report, opening Ivan Dorov's firm to scrutiny": a party named after the phrase's comma
    // is what the sentence goes on about, not who said it.)
    if (source == null) source = Parties.firstParty(t, acc + 2, clauseEnd(t, acc + 2), st.speakers());
    if (source == null || st.here.stream().anyMatch(Attribution::direct)) return;
    int[] span = Phrases.trim(t, 0, acc);
    // "During the raid, according to the military, militants opened fire": a phrase, not the clause, before it.
    if (span != null && !hasVerb(t, span[0], span[1])) span = null;
    int[] before = Phrases.trim(t, 0, acc);
    // "the toll according to the state minister Ivo Marn is 132": no commas round the aside; the claim runs from the
    // subject before the aside to the clause's end.
    if (asideSubject >= 0) span = Phrases.trim(t, asideSubject, clauseEnd(t, asideVerb));
    else if (span == null || span[1] - span[0] < 3) {
      // Fronted: "According to the county office, three people were killed."
      int comma = indexOfWord(t, acc + 2, t.size(), ",");
      // ("According to Ivo Dorov, head of the fire service, the crew ...": the source's appositive is no part of the claim.)
      int described = comma > 0 ? indexOfWord(t, comma + 1, Math.min(t.size(), comma + 12), ",") : -1;
      if (described > comma + 1 && titled(t, comma + 1, described) && !hasVerb(t, comma + 1, described) && hasVerb(t, described + 1, t.size())) {
        comma = described;
      }
      span = comma > 0 ? Phrases.trim(t, comma + 1, t.size()) : null;
      // "According to the ministry about 1,500 were killed": with no comma, the clause starts where the source ends.
      if (unmarked > 0 && (comma < 0 || unmarked < comma) && hasVerb(t, unmarked, comma > 0 ? comma : t.size())) {
        span = Phrases.trim(t, unmarked, t.size());
      }
      // "According to Ana Berg, a harbour pilot, "the gates stayed shut"" or with no comma at all: the quoted words
      // that end the sentence are what was said; what stands before them names the source.
      int[] quote = quotedTail(st, acc + 2);
      if (quote != null) span = quote;
      // "The toll, according to local officials, stood at 45": the subject before the aside, its verb after it; the
      // claim is the whole clause ("During the raid, according to X, P" opens with a phrase, not a subject).
      if (span != null && before != null && !"ADP".equals(t.get(before[0]).tag()) && !"SCONJ".equals(t.get(before[0]).tag())
          && !"ADV".equals(t.get(before[0]).tag()) && ("VERB".equals(t.get(span[0]).tag()) || "AUX".equals(t.get(span[0]).tag()))) {
        span = new int[] {before[0], span[1]};
      }
    }
    // ("According to X, P, the Gazette reported": P ends where the Gazette's content did.)
    while (passedOn != null && span != null && span[1] > span[0] && t.get(span[1] - 1).start() >= passedOn.contentEnd()) span[1]--;
    if (span == null || span[1] - span[0] < 3) return;
    if (passedOn != null) st.here.remove(passedOn);
    String relay = passedOn == null ? null : passedOn.speaker().canonical();
    String content = Phrases.slice(st.body(), t, span[0], span[1]);
    for (Mention speaker : sources.size() > 1 ? sources : List.of(source)) {
      st.add(new Attribution(speaker, "according to", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Assertion.modalityOf(content, "according to", st.sentence.text()), false, relay, null), name());
      st.speakers().spoke(speaker);
    }
  }

  /**
   * The one reported claim whose content holds the phrase, when every other claim of the sentence lies inside it ("P,
   * in what officials called an attack, according to X, the Gazette reported": the officials' label stays theirs).
   */
  private static Attribution passedOn(List<Attribution> here, int phraseStart) {
    Attribution outer = null;
    for (Attribution a : here) {
      if (a.direct() || a.relay() != null || a.contentStart() > phraseStart || a.contentEnd() < phraseStart) continue;
      if (outer != null) return null;
      outer = a;
    }
    if (outer == null) return null;
    for (Attribution a : here) {
      if (a != outer && (a.contentStart() < outer.contentStart() || a.contentEnd() > outer.contentEnd())) return null;
    }
    return outer;
  }

  /** The quoted words that run from after {@code from} to the sentence's end, or null. */
  private static int[] quotedTail(SentenceState st, int from) {
    List<Token> t = st.t;
    int first = -1;
    int last = -1;
    for (int k = from + 1; k < t.size(); k++) {
      if (st.quoted[k]) {
        if (first < 0) first = k;
        last = k;
      } else if (first >= 0 && Character.isLetterOrDigit(t.get(k).text().charAt(0))) {
        return null;
      }
    }
    return first < 0 ? null : Phrases.trim(t, first, last + 1);
  }

  /** Words that open a count: "(According to the ministry) about 1,500 were killed". */
  private static final java.util.Set<String> COUNT_OPENERS = java.util.Set.of("about", "some", "around", "nearly", "almost", "more",
      "over", "at", "up", "roughly", "approximately", "only", "just", "fewer", "less");

  /**
   * Where a clause opens right after a source phrase with no comma between, when it opens on a count or a pronoun
   * ("According to Vell officials 12 people died", "According to the agency they fled"), else -1. A clause opening on
   * anything else cannot be told from the source's own words without a comma.
   */
  private static int clauseAfterSource(List<Token> t, int from) {
    for (int k = from; k < t.size() && k < from + 8; k++) {
      Token w = t.get(k);
      if (k > from && (Character.isDigit(w.text().charAt(0)) || COUNT_OPENERS.contains(w.lower()) || "PRON".equals(w.tag()))) return k;
      if (!"DET".equals(w.tag()) && !"ADJ".equals(w.tag()) && !"NOUN".equals(w.tag()) && !"PROPN".equals(w.tag()) && !"PART".equals(w.tag())
          && !w.text().equals("'") && !w.text().equals("’") && !w.lower().equals("'s") && !w.lower().equals("’s")) return -1;
    }
    return -1;
  }

  /** The verb right after a source phrase that opens at {@code from} with no comma ("... Ivo Marn is 132"), else -1. */
  private static int verbAfterSource(List<Token> t, int from) {
    for (int k = from + 1; k < t.size() && k < from + 14; k++) {
      String tag = t.get(k).tag();
      if ("VERB".equals(tag) || "AUX".equals(tag)) return k;
      if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag) && !"PROPN".equals(tag) && !"ADP".equals(tag)
          && !"PART".equals(tag) && !t.get(k).lower().equals("'s") && !t.get(k).lower().equals("’s")) return -1;
    }
    return -1;
  }

  /**
   * Where the subject before an aside at {@code acc} opens: after the clause's last comma, a noun phrase with no verb
   * that opens on no preposition or conjunction ("However, the toll"); -1 when there is none.
   */
  private static int subjectBefore(List<Token> t, int acc) {
    int start = acc;
    while (start > 0 && !t.get(start - 1).is(",") && !t.get(start - 1).is(";")) start--;
    if (start >= acc || "ADP".equals(t.get(start).tag()) || "SCONJ".equals(t.get(start).tag()) || hasVerb(t, start, acc)) return -1;
    for (int k = start; k < acc; k++) if ("NOUN".equals(t.get(k).tag())) return start;
    return -1;
  }

  /** The first comma or semicolon at or after {@code from}, or the sentence's end. */
  private static int clauseEnd(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) if (t.get(k).is(",") || t.get(k).is(";")) return k;
    return t.size();
  }

  private static boolean hasVerb(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if ("VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag())) return true;
    return false;
  }

  /** "head of the fire service", "a harbour pilot": words that describe a person by an office, not a clause's subject. */
  private static boolean titled(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if (Phrases.LEXICON.isTitle(t.get(k).lower())) return true;
    return false;
  }
}
