package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "P, a claim the group denied", "P, a figure the army disputes", "P, which Kyiv denied", "P — a charge he denied": the trailing phrase reports
 * someone rejecting P. The claim it refers to is cut at the comma, and the denier denies the same content. So does the
 * passive participle: "P, a tally disputed by the monitors", "P, a version rejected by residents".
 */
final class TrailingDenialSieve implements Sieve {
  private static final java.util.Set<String> CHARGED = java.util.Set.of("he", "she", "they");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int k = 0; k + 3 < t.size(); k++) {
      // ("P — a charge he denied": a dash sets the phrase off as a comma does.)
      String mark = t.get(k).text();
      if (!mark.equals(",") && !mark.equals("-") && !mark.equals("—") && !mark.equals("–") && !mark.equals("--")) continue;
      boolean which = t.get(k + 1).is("which");
      boolean claimNoun = (t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"))
          && (Lexicon.CLAIM_NOUNS.contains(t.get(k + 2).lower()) || Phrases.FIGURE_NOUNS.contains(t.get(k + 2).lower()));
      // ("P, allegations the operator denies": a plural needs no article.)
      boolean barePlural = !claimNoun && Lexicon.CLAIM_NOUNS.contains(t.get(k + 1).lower()) && t.get(k + 1).lower().endsWith("s");
      if (!which && !claimNoun && !barePlural) continue;
      int nounEnd = barePlural ? k + 2 : k + 3;
      int v = -1;
      // ("P, a tally disputed by X": the participle follows the noun and its agent follows "by".)
      boolean passiveBy = !which && nounEnd + 2 < t.size() && t.get(nounEnd + 1).is("by") && t.get(nounEnd).lower().endsWith("ed")
          && Lexicon.DENIAL_CUES.contains(Lexicon.CUE_VERBS.getOrDefault(t.get(nounEnd).lower(), ""));
      if (passiveBy) v = nounEnd;
      for (int m = nounEnd; v < 0 && m < Math.min(t.size(), k + 14); m++) {
        // ("X, which Norland accuses of P, denied Q": the clause closed at its comma; the denial is X's own.)
        if (t.get(m).text().equals(",")) break;
        String lemma = Lexicon.CUE_VERBS.get(t.get(m).lower());
        if (lemma != null && Lexicon.DENIAL_CUES.contains(lemma)) { v = m; break; }
      }
      if (v < 0) continue;
      int subjectFrom = which ? k + 2 : t.get(nounEnd).is("that") ? nounEnd + 1 : nounEnd;
      List<Mention> deniers = passiveBy ? Conjuncts.of(st.speakers(), t, v + 2, agentEnd(t, v + 2), false)
          : Conjuncts.of(st.speakers(), t, subjectFrom, Phrases.skipLeft(t, v - 1) + 1, false);
      int comma = t.get(k).start();
      // The claim the phrase refers to spans the comma, or ends just before it ("P, a figure X disputes" ends P there).
      // (The innermost: "X said P about Y, who was accused by Z of Q — a charge he denied" denies Z's charge, not X's P.)
      Attribution claimed = st.here.stream().filter(h -> h.contentStart() < comma && h.contentEnd() > comma - 2)
          .max(java.util.Comparator.comparingInt(Attribution::contentStart)).orElse(null);
      // "accused Anton Kessa of P, a charge he denied": a pronoun denying a charge is the one charged, named first in it
      // (not the accuser, whom a pronoun would otherwise take as the last to speak).
      boolean chargedDenies = claimed != null && v - subjectFrom == 1 && CHARGED.contains(t.get(subjectFrom).lower())
          && PassiveByRule.CHARGING.contains(claimed.cue());
      if (chargedDenies) {
        int first = Phrases.firstTokenFrom(t, claimed.contentStart());
        Mention accused = first < 0 ? null : st.speakers().resolve(t, first, Phrases.npEnd(t, first));
        if (accused != null) deniers = List.of(accused);
      }
      if (deniers.isEmpty() || claimed == null) continue;
      // (The disagreement reading of the same participle took the claim's speaker for the challenger: the agent is.)
      if (passiveBy) {
        int from = t.get(k).start(), to = t.get(v).end();
        st.here.removeIf(h -> h.challenged() != null && h.contentStart() <= from && h.contentEnd() >= to);
      }
      int end = t.get(k).start();
      // (A claim that ends at the mark keeps its own words: "Anton Kessa of P" read from "Anton Kessa, who was accused of P".)
      String content = claimed.contentEnd() <= end ? claimed.content() : st.body().substring(claimed.contentStart(), end).strip();
      end = Math.min(end, claimed.contentEnd());
      Polarity polarity = Lexicon.DENIAL_CUES.contains(claimed.cue()) ? claimed.polarity() : Assertion.polarityOf(content);
      // ("Norland, Spain and Peru blamed Kessa for P, a charge Kessa denied": each of the coordinated speakers' claims.)
      for (Attribution same : List.copyOf(st.here)) {
        if (same != claimed && (same.contentStart() != claimed.contentStart() || same.contentEnd() != claimed.contentEnd()
            || !same.content().equals(claimed.content()))) continue;
        st.here.remove(same);
        st.here.add(new Attribution(same.speaker(), same.cue(), same.contentStart(), end, content, same.sentenceIndex(),
            Lexicon.DENIAL_CUES.contains(same.cue()) ? same.polarity() : polarity, same.modality(), same.direct(), same.relay(),
            same.challenged(), same.sieve()));
      }
      // ("P did not happen, a claim the group disputes": disputing a denial affirms what it denied.)
      Polarity denied = !Lexicon.DENIAL_CUES.contains(claimed.cue()) && polarity == Polarity.DENIED ? Polarity.AFFIRMED : Polarity.DENIED;
      for (Mention denier : deniers) {
        st.add(new Attribution(denier, Lexicon.CUE_VERBS.get(t.get(v).lower()), claimed.contentStart(), end, content, st.sentence.index(),
            denied, Modality.STATED, false, null, null), name());
      }
      // ("P, which the navy denies": the denial's other reading, of everything before it up to "which", says nothing.)
      int whichEnd = t.get(k + 1).end();
      if (which) st.here.removeIf(h -> h.contentEnd() == whichEnd && h.content().endsWith("which"));
      // "P, which the group denied, calling the accusations baseless": the remark after the denial is the denier's, and
      // the denying verb claims nothing more of its own.
      int denial = t.get(v).end();
      String denyLemma = Lexicon.CUE_VERBS.get(t.get(v).lower());
      for (int i = 0; i < st.here.size(); i++) {
        Attribution a = st.here.get(i);
        // (A pronoun's own reading of the denial may have taken another speaker: the denial is the charged one's.)
        if (a.contentStart() < denial || !a.cue().equals(denyLemma)
            || !chargedDenies && deniers.stream().noneMatch(d -> d.key().equals(a.speaker().key()))) continue;
        // Its content is the remark ("calling the claim absurd"), which is a claim of its own when a cue opens it.
        String first = a.content().split("\\s+", 2)[0];
        String lemma = Lexicon.CUE_VERBS.get(first.toLowerCase(java.util.Locale.ROOT));
        String rest = a.content().substring(first.length()).strip();
        if (lemma != null && first.endsWith("ing") && !rest.isEmpty()) {
          int from = a.contentEnd() - rest.length();
          st.here.set(i, new Attribution(deniers.get(0), lemma, from, a.contentEnd(), rest, a.sentenceIndex(), Assertion.polarityOf(rest),
              Modality.STATED, false, null, null, name()));
        } else {
          st.here.remove(i--);
        }
      }
      for (int i = 0; i < st.here.size(); i++) {
        Attribution a = st.here.get(i);
        if (a.contentStart() > denial && a.speaker().key().equals(claimed.speaker().key()) && !a.direct()) {
          st.here.set(i, new Attribution(deniers.get(0), a.cue(), a.contentStart(), a.contentEnd(), a.content(), a.sentenceIndex(), a.polarity(),
              a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve()));
        }
      }
      st.speakers().spoke(deniers.get(deniers.size() - 1));
      break;
    }
  }

  /** Where the agent after "by" ends: at the next comma, dash or sentence end. */
  private static int agentEnd(List<Token> t, int from) {
    int end = from;
    while (end < t.size() && !t.get(end).text().matches("[,;.—–-]|--")) end++;
    return end;
  }
}
