package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;
import static io.contraflow.analysis.nlp.attribution.Phrases.clause;
import static io.contraflow.analysis.nlp.attribution.Phrases.indexOfWord;
import static io.contraflow.analysis.nlp.attribution.Phrases.npEnd;
import static io.contraflow.analysis.nlp.attribution.Phrases.npStart;
import static io.contraflow.analysis.nlp.attribution.Phrases.skipLeft;
import static io.contraflow.analysis.nlp.attribution.Phrases.slice;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Claims named by a noun with their holder: "Putin's [unsubstantiated] claim that P", "the claims of X that P",
 * "Lawmakers made baseless claims that P", and "denials of involvement by Kyiv", "a claim of responsibility by an
 * affiliate" (the noun phrase is the content).
 */
final class ClaimNounSieve implements Sieve {
  private static final Set<String> APPOSITION = Set.of("specifically", "namely", "particularly", "especially", "notably", "including");
  private static final Set<String> HOLDER_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> VERB_PREPOSITIONS = Set.of("for", "by", "to", "on", "with", "of", "over");
  private static final Set<String> CLAIM_MAKING_VERBS = Set.of("made", "make", "makes", "making", "pushed", "pushes", "pushing", "repeated",
      "spread", "spreading", "reiterated", "echoed", "floated", "advanced", "peddled", "aired", "voiced");

  private static final Set<String> FAULTED_OVER = Set.of("over", "for", "about");

  /** Nouns of what was put out that carry a claim only with its source named: "reports from rights groups that P". */
  private static final Set<String> REPORTS = Set.of("report", "reports", "figures", "estimates", "findings");

  /** "reports from rights groups that P", "figures by the commission that P": the source right after the noun. */
  private static boolean sourcedReport(List<Token> t, int i) {
    return REPORTS.contains(t.get(i).lower()) && i + 2 < t.size() && (t.get(i + 1).is("from") || t.get(i + 1).is("by"));
  }

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    String body = st.body();
    for (int i = 0; i < t.size(); i++) {
      if (st.quoted[i] || !Lexicon.CLAIM_NOUNS.contains(t.get(i).lower()) && !sourcedReport(t, i)) continue;
      Mention holder = holder(t, i, st.speakers());
      // "X's claims that P" — the that-clause must follow the noun, or it belongs to another verb.
      int thatAt = i + 1 < t.size() && t.get(i + 1).is("that") ? i + 1 : -1;
      if (thatAt < 0 && i + 2 < t.size() && (t.get(i + 1).is("of") || t.get(i + 1).is("by") || t.get(i + 1).is("from"))) {
        // "the claims of X that P", "that statement from the ministry, that P".
        int holderEnd = holderEnd(t, i + 2);
        if (holderEnd + 1 < t.size() && t.get(holderEnd).text().equals(",") && t.get(holderEnd + 1).is("that")) holderEnd++;
        if (holderEnd < t.size() && t.get(holderEnd).is("that")) thatAt = holderEnd;
      }
      if (holder != null && thatAt < 0 && i + 2 < t.size() && t.get(i + 1).is("of")) {
        // "denials of involvement by Kyiv", "a claim of responsibility by an affiliate": the noun phrase is the content.
        int by = indexOfWord(t, i + 2, Math.min(t.size(), i + 6), "by");
        if (by > 0) {
          String noun = t.get(i).lower();
          Polarity pol = noun.startsWith("denial") ? Polarity.DENIED : Polarity.AFFIRMED;
          String content = slice(body, t, i + 2, by);
          st.add(new Attribution(holder, noun.startsWith("denial") ? "deny" : "claim", t.get(i + 2).start(), t.get(by - 1).end(), content,
              st.sentence.index(), pol, Modality.STATED, false, null, null), name());
          continue;
        }
      }
      // "Western claims it was struck by a missile", "European accusations it poisoned X": a clause with a pronoun subject.
      if (thatAt < 0 && i + 2 < t.size() && Phrases.CLAUSE_PRONOUNS.contains(t.get(i + 1).lower()) && "VERB AUX".contains(String.valueOf(t.get(i + 2).tag()))) {
        thatAt = i;
      }
      if (holder == null || thatAt < 0) continue;
      int[] span = clause(t, thatAt + 1, t.size());
      if (span == null) continue;
      // "that statement from X, that P, was refuted": the noun phrase is a subject, and its verb follows P.
      // ("reports that the ferry, which left at dawn, held 90": the comma closes P's own relative clause.)
      boolean relative = false;
      for (int k = span[0] + 1; k + 2 < span[1]; k++) {
        relative |= t.get(k - 1).text().equals(",") && (t.get(k).is("which") || t.get(k).is("who"));
        if (!relative && t.get(k).text().equals(",") && "AUX".equals(t.get(k + 1).tag()) && "VERB".equals(t.get(k + 2).tag())) {
          span = Phrases.trim(t, span[0], k);
          break;
        }
      }
      if (span == null) continue;
      // "accusations that X ordered it were an absolute lie": the claim ends where the sentence labels it false.
      span = beforeFalseLabel(t, span);
      if (span != null && opensSentence(t, i)) span = beforeMainVerb(t, span);
      if (span == null) continue;
      String content = slice(body, t, span[0], span[1]);
      // ("Dorov's denial that 3,000 died": what the denial names is denied.)
      boolean denial = t.get(i).lower().startsWith("denial");
      st.add(new Attribution(holder, denial ? "deny" : "claim", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
          denial ? Polarity.DENIED : Assertion.polarityOf(content), Assertion.labelled(t, i) ? Modality.LABELLED_FALSE : Modality.ALLEGED, false, null, null), name());
    }
  }

  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

  /** The claim noun at {@code i} is in the sentence's subject: only its holder's words come before it. */
  private static boolean opensSentence(List<Token> t, int i) {
    for (int k = 0; k < i; k++) if ("VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag()) || t.get(k).text().equals(",")) return false;
    return true;
  }

  /**
   * A verb after the clause's own: tagged so, or a word in -s or -ed between a noun and what a verb takes ("the storm
   * amounts to", "fire shocked residents"), which the tagger often reads as a noun or an adjective.
   */
  private static boolean mainVerb(List<Token> t, int k) {
    Token w = t.get(k);
    if ("VERB".equals(w.tag())) return !"AUX".equals(t.get(k - 1).tag()) && !"PART".equals(t.get(k - 1).tag());
    String after = k + 1 < t.size() ? String.valueOf(t.get(k + 1).tag()) : "";
    return (w.lower().endsWith("s") || w.lower().endsWith("ed")) && w.lower().length() > 3 && "NOUN".equals(t.get(k - 1).tag())
        && ("ADP".equals(after) || "DET".equals(after) || "NOUN".equals(after) || "PRON".equals(after));
  }

  /**
   * "Dorov's denial that 3,000 died in the storm | amounts to neglect": when the claim noun opens the sentence, the
   * clause ends before the sentence's own verb, the second verb with no conjunction, relative or comma before it.
   */
  private static int[] beforeMainVerb(List<Token> t, int[] span) {
    boolean ownVerb = false;
    for (int k = span[0] + 1; k < span[1]; k++) {
      Token w = t.get(k);
      if (w.text().equals(",") || w.is("and") || w.is("or") || w.is("but") || w.is("which") || w.is("who") || w.is("that")) return span;
      if (ownVerb && mainVerb(t, k)) return Phrases.trim(t, span[0], k);
      ownVerb |= "VERB".equals(w.tag());
    }
    return span;
  }

  /** The clause up to a copula that labels the claim false within three words ("were an absolute lie"), or as it is. */
  private static int[] beforeFalseLabel(List<Token> t, int[] span) {
    for (int k = span[0] + 2; k < span[1]; k++) {
      if (!COPULAS.contains(t.get(k).lower())) continue;
      for (int j = k + 1; j < Math.min(span[1], k + 4); j++) {
        if (Assertion.isFalseLabel(t.get(j).lower())) return Phrases.trim(t, span[0], k);
      }
    }
    return span;
  }

  /** End of the holder's noun phrase: names as {@link Phrases#npEnd}, or common nouns ("the coast guard"). */
  private static int holderEnd(List<Token> t, int from) {
    int end = npEnd(t, from);
    int k = from;
    // ("a European rescue-support charity": the word after a hyphen is the compound's, whatever its tag.)
    while (k < t.size() && (t.get(k).capitalized() || HOLDER_TAGS.contains(String.valueOf(t.get(k).tag())) || t.get(k).is("of") || t.get(k).text().equals("'s")
        || t.get(k).text().endsWith("-") || k > from && t.get(k - 1).text().endsWith("-"))
        && !t.get(k).is("that") && !t.get(k).text().equals("\"")) k++;
    return Math.max(end, k);
  }

  /**
   * Where the modifier naming a claim's holder starts: its noun phrase, but never before a verb that takes the claims as
   * its object ("footage contradicts | police claims", which the tagger may read as one noun phrase).
   */
  private static int modifierStart(List<Token> t, int k) {
    int start = npStart(t, k);
    for (int x = k - 1; x >= start; x--) if (DoubtingCues.CLAIMS_AS_OBJECT.contains(t.get(x).lower())) return x + 1;
    return start;
  }

  private static Mention holder(List<Token> t, int i, SpeakerResolver speakers) {
    // "The ministry debunked claims that P", which the tagger may read as "debunked claims": the verb's subject rejects
    // them, it does not hold them.
    if (DoubtingCues.objectOfDoubt(t, i)) return null;
    // "X's claim", "X' claims": possessor before, over adjectives.
    int k = i - 1;
    while (k >= 0 && ("ADJ".equals(t.get(k).tag()) && !t.get(k).capitalized() || Lexicon.FALSE_LABELS.contains(t.get(k).lower()))) k--;
    if (k >= 1 && (t.get(k).text().equals("'s") || t.get(k).text().equals("'"))) {
      return speakers.resolve(t, npStart(t, k - 1), k);
    }
    // "Russian claims", "Western intelligence allegations": the party named before the noun.
    // ("survivor accounts", "witness accounts": a group's member as the modifier.)
    boolean group = k >= 0 && (LEXICON.isGroup(t.get(k).lower()) || k == i - 1 && LEXICON.isGroupMember(t.get(k).lower()));
    // ("contradicts army claims": a common noun right after a verb that takes the claims as its object.)
    boolean object = k == i - 1 && k >= 1 && "NOUN".equals(t.get(k).tag()) && DoubtingCues.CLAIMS_AS_OBJECT.contains(t.get(k - 1).lower());
    if (k >= 0 && k < i && (t.get(k).capitalized() || group || object) && !(k == 0 && t.get(k).is("the"))) {
      Mention m = LEXICON.country(t.get(k).text()) != null ? speakers.resolveModifier(t, k, k + 1)
          : k == i - 1 || group ? speakers.resolveModifier(t, modifierStart(t, k), k + 1) : null;
      if (m != null) return m;
    }
    // "Russia's claims, specifically the assertion that P": the assertion is one of Russia's claims.
    if (k >= 3 && t.get(k).is("the") && APPOSITION.contains(t.get(k - 1).lower()) && t.get(k - 2).text().equals(",")
        && Lexicon.CLAIM_NOUNS.contains(t.get(k - 3).lower())) {
      Mention m = holder(t, k - 3, speakers);
      if (m != null) return m;
    }
    // "Lawmakers made baseless claims that", "pushed the narrative that": the subject of the verb holds it.
    if (k >= 0) {
      int v = t.get(k).is("the") || t.get(k).is("a") ? k - 1 : k;
      if (v >= 1 && v < t.size() && CLAIM_MAKING_VERBS.contains(t.get(v).lower())) {
        int subjEnd = skipLeft(t, v - 1);
        if (subjEnd >= 0) {
          Mention m = speakers.resolve(t, npStart(t, subjEnd), subjEnd + 1);
          if (m != null) return m;
        }
      }
    }
    // "They faulted President X over his claims that", "slammed the minister for her remark that": the one faulted holds
    // it, the object before "over" or "for", not the subject faulting him.
    if (k >= 3 && Phrases.POSSESSIVE_PRONOUNS.contains(t.get(k).lower()) && FAULTED_OVER.contains(t.get(k - 1).lower())
        && ("NOUN".equals(t.get(k - 2).tag()) || "PROPN".equals(t.get(k - 2).tag()))) {
      int objStart = npStart(t, k - 2);
      // (The tagger may read a verb of faulting as an adjective, "The two groups faulted X": the phrase then runs over it.)
      for (int j = k - 3; j >= objStart; j--) {
        if (!t.get(j).capitalized() && t.get(j).lower().endsWith("ed")) {
          objStart = j + 1;
          break;
        }
      }
      boolean faulted = objStart >= 1 && ("VERB".equals(t.get(objStart - 1).tag()) || t.get(objStart - 1).lower().endsWith("ed"));
      Mention m = faulted ? speakers.resolve(t, objStart, k - 1) : null;
      if (m != null) return m;
    }
    // "X apologised for his earlier remark that", "X stood by her claim that": the subject of the verb before the
    // possessive pronoun holds it.
    if (k >= 2 && Phrases.POSSESSIVE_PRONOUNS.contains(t.get(k).lower())) {
      int v = VERB_PREPOSITIONS.contains(t.get(k - 1).lower()) ? k - 2 : k - 1;
      if (v >= 1 && "VERB".equals(t.get(v).tag())) {
        int subjEnd = skipLeft(t, v - 1);
        Mention m = subjEnd >= 0 ? speakers.resolve(t, npStart(t, subjEnd), subjEnd + 1) : null;
        if (m != null) return m;
      }
    }
    // "the claims of X that", "assertions made by X", "denials of involvement by Kyiv".
    for (int m = i + 1; m < Math.min(t.size(), i + 6); m++) {
      if (t.get(m).is("that")) break;
      if (t.get(m).is("by") || (t.get(m).is("of") || t.get(m).is("from")) && (m == i + 1)) {
        Mention p = speakers.resolve(t, m + 1, holderEnd(t, m + 1));
        if (p != null) return p;
      }
    }
    return null;
  }
}
