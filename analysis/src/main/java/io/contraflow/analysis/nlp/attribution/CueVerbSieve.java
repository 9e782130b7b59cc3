package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Cue verbs outside quotes ("said", "denied", "accused", "claims"), each decided by the first of its {@link CueRule}s
 * that recognises the construction. A cue inside content already attributed in the sentence is part of that content
 * ("U.S. officials said intelligence indicates that P"), except "as claimed by X".
 */
final class CueVerbSieve implements Sieve {
  private static final Set<String> NESTING_PARTICIPLE = Set.of("after", "before", "while", "by", "since");
  private static final Set<ClaimantType> NESTED_SPEAKERS = Set.of(ClaimantType.PERSON, ClaimantType.ORGANIZATION, ClaimantType.GOVERNMENT,
      ClaimantType.REPORT);
  /** Reports and findings that claim inside another's claim ("said a military probe had found"), unlike "data show". */
  private static final Set<String> NESTED_REPORTS = Set.of("report", "probe", "investigation", "inquiry", "study", "review", "certificate",
      "autopsy", "ruling", "verdict", "assessment", "audit");
  private final List<CueRule> rules;

  CueVerbSieve(List<CueRule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<CueRule> rules() {
    return rules;
  }

  /**
   * A cue inside attributed content that makes a claim of its own: "Rouhani said a military probe had found P", "...
   * due to what she said were the lies of Russia", "Iran said P after initially denying Q". Its subject is a party
   * (not "intelligence indicates", "evidence shows", which belong to the outer claim), or it is a participle after
   * "after", "before", "while" or "by".
   */
  private static boolean nested(SentenceState st, int i) {
    List<Token> t = st.t;
    int before = Phrases.skipLeft(t, i - 1);
    if (t.get(i).lower().endsWith("ing")) return before >= 0 && NESTING_PARTICIPLE.contains(t.get(before).lower());
    int subjEnd = Phrases.skipLeft(t, TimePhrases.skipTimeLeft(t, before));
    if (subjEnd < 0) return false;
    String w = t.get(subjEnd).lower();
    if (Lexicon.PRONOUNS_SINGULAR.contains(w) || Lexicon.PRONOUNS_PLURAL.contains(w)) return subjEnd == 0 || !t.get(subjEnd - 1).is("that");
    // "the killing of X, who was accused by Norland of P": a passive charge in a relative clause is the agent's own.
    // (Only a charge: "which was confirmed by X" confirms the claim it sits in.)
    if ((w.equals("who") || w.equals("which")) && subjEnd > 0 && t.get(subjEnd - 1).text().equals(",") && i + 1 < t.size()
        && t.get(i + 1).is("by") && PassiveByRule.CHARGING.contains(String.valueOf(Phrases.cueLemma(t, i)))) return true;
    // "dismissed reports from the party, which stated that P": the relative clause of the party named before the comma.
    if ((w.equals("who") || w.equals("which")) && subjEnd > 1 && t.get(subjEnd - 1).text().equals(",")) {
      subjEnd -= 2;
      w = t.get(subjEnd).lower(); // ("the party Kessa Forward (KF), which stated": the initials are read below)
    }
    // "condemned a Canadian court ruling that said P": the relative clause of a ruling or report.
    if ((w.equals("that") || w.equals("which")) && subjEnd > 0 && "NOUN".equals(t.get(subjEnd - 1).tag())) subjEnd--;
    // "but a report by the Energy Agency (OESA) found P": the initials in brackets are the name again.
    if (w.equals(")") && subjEnd >= 3 && t.get(subjEnd - 2).is("(")) subjEnd -= 3;
    if (!"NOUN".equals(t.get(subjEnd).tag()) && !"PROPN".equals(t.get(subjEnd).tag())) return false;
    Mention m = st.speakers().resolve(t, Phrases.npStart(t, subjEnd), subjEnd + 1);
    return m != null && NESTED_SPEAKERS.contains(m.type()) && (m.type() != ClaimantType.REPORT || NESTED_REPORTS.contains(t.get(subjEnd).lower()));
  }

  /**
   * A claim of unnamed evidence, images or data ("Evidence suggests P") that a trailing attribution gives to its author
   * ("..., the rights group said in a report"): the author becomes the claim's speaker and the content ends before
   * the attribution. True when it did.
   */
  private static boolean ownedByTrailingSpeaker(SentenceState st, int at, List<Attribution> made) {
    for (Attribution trailing : made) {
      if (trailing.contentEnd() > at || trailing.speaker().type() == ClaimantType.REPORT) continue;
      for (int k = 0; k < st.here.size(); k++) {
        Attribution inner = st.here.get(k);
        Mention report = inner.speaker();
        int cut = trailing.contentEnd() - inner.contentStart();
        if (report.type() != ClaimantType.REPORT || !commonWords(report) || report.start() < trailing.contentStart()
            || report.end() > trailing.contentEnd() || at < inner.contentStart() || at >= inner.contentEnd()
            || cut <= 0 || cut > inner.content().length()) continue;
        String content = inner.content().substring(0, cut).strip().replaceFirst("[,;:]$", "").strip();
        st.here.set(k, new Attribution(trailing.speaker(), inner.cue(), inner.contentStart(), inner.contentStart() + content.length(),
            content, inner.sentenceIndex(), inner.polarity(), inner.modality(), inner.direct(), inner.relay(), inner.challenged(),
            inner.sieve()));
        st.speakers().ownedBy(report, trailing.speaker());
        return true;
      }
    }
    return false;
  }

  /**
   * A passive denial whose subject carries a claim in a relative clause: "A report that claimed P was dismissed by X",
   * "Claims that P were rejected by X". The relative clause's claim ends before the auxiliary (it is P, not "P was
   * dismissed by X"), and the denial, made by X, is the sentence's: its content is the whole subject. True when so.
   */
  private static boolean rejectsItsSubject(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (!Lexicon.DENIAL_CUES.contains(lemma) || i < 3 || i + 2 >= t.size() || !t.get(i + 1).is("by")
        || !NotACueRule.PASSIVE_AUX.contains(t.get(i - 1).lower())) return false;
    int aux = i - 1;
    while (aux > 0 && (NotACueRule.PASSIVE_AUX.contains(t.get(aux - 1).lower()) || t.get(aux - 1).is("has") || t.get(aux - 1).is("had"))) aux--;
    int cut = t.get(aux).start();
    for (int k = 0; k < st.here.size(); k++) {
      Attribution h = st.here.get(k);
      // (The claim's speaker stands before it, with no comma or clause between it and the denial: one subject.)
      if (h.direct() || h.contentStart() >= cut || h.contentEnd() <= cut || h.speaker().end() > h.contentStart()) continue;
      for (int w = 0; w < aux; w++) if (t.get(w).start() >= h.contentStart() && (t.get(w).text().equals(",") || t.get(w).text().equals(";"))) return false;
      String content = st.body().substring(h.contentStart(), cut).strip();
      st.here.set(k, cutShort(st, h, content));
      return true;
    }
    return false;
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** "Evidence", "satellite images", "the data": common words, capitalised at most where a sentence starts. */
  private static boolean commonWords(Mention m) {
    String[] words = SPACES.split(m.text());
    for (int w = 1; w < words.length; w++) if (!words[w].isEmpty() && Character.isUpperCase(words[w].charAt(0))) return false;
    return true;
  }

  @Override
  public void apply(SentenceState st) {
    for (int i = 0; i < st.t.size(); i++) {
      if (st.quoted[i] || st.usedCues.contains(i)) continue;
      String lemma = Phrases.cueLemma(st.t, i);
      if (lemma == null) continue;
      int at = st.t.get(i).start();
      boolean asClaimedBy = i > 0 && st.t.get(i - 1).is("as") && i + 1 < st.t.size() && st.t.get(i + 1).is("by");
      boolean inside = !asClaimedBy && st.here.stream().anyMatch(h -> !h.direct() && h.challenged() == null && at >= h.contentStart() && at < h.contentEnd());
      // "A report that claimed P was dismissed by X": the sentence's own verb, which ends the relative clause's claim.
      if (inside && rejectsItsSubject(st, i, lemma)) inside = false;
      if (inside && !nested(st, i)) continue;
      for (CueRule rule : rules) {
        List<Attribution> made = rule.apply(st, i, lemma);
        if (made == null) continue;
        // "Evidence suggests P, the rights group said in a report": what the evidence suggests is the group's claim.
          if (inside && ownedByTrailingSpeaker(st, at, made)) break;
        // A nested claim is what follows its cue ("two more than the county office reported" claims nothing of its own).
        // (A passive's subject comes before its cue: "X, who was accused by Norland of P" reads back to X.)
        if (inside && !(rule instanceof PassiveByRule)) made = made.stream().filter(a -> a.contentStart() > at).toList();
        for (Attribution a : made) st.here.add(a.sieve() == null ? a.by(rule.name()) : a);
        if (inside) for (Attribution a : made) endsCoordinatedClaim(st, a);
        // The last attribution made is the cue's own; its speaker is remembered for pronouns and roles.
        if (!made.isEmpty()) st.speakers().spoke(made.get(made.size() - 1).speaker());
        break;
      }
    }
  }

  private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");

  /**
   * "The Red Cross reports 12 deaths and the monitor documents over 90": a claim whose speaker opens a clause after
   * "and" or "while" inside another claim's content ends that content: the 90 is the monitor's, not the Red Cross's.
   */
  private static void endsCoordinatedClaim(SentenceState st, Attribution inner) {
    List<Token> t = st.t;
    int k = 0;
    while (k < t.size() && t.get(k).start() < inner.speaker().start()) k++;
    if (k > 0 && (t.get(k - 1).is("the") || t.get(k - 1).is("a") || t.get(k - 1).is("an"))) k--;
    if (k < 2 || k >= t.size() || !COORDINATORS.contains(t.get(k - 1).lower()) || inner.contentStart() < inner.speaker().end()) return;
    int cut = t.get(k - 1).start();
    for (int h = 0; h < st.here.size(); h++) {
      Attribution outer = st.here.get(h);
      if (outer == inner || outer.direct() || outer.contentStart() >= cut || outer.contentEnd() <= cut) continue;
      String content = st.body().substring(outer.contentStart(), cut).strip().replaceFirst("[,;]$", "").strip();
      if (content.isEmpty()) continue;
      st.here.set(h, cutShort(st, outer, content));
    }
  }

  /** {@code a} with its content cut to {@code content}, a prefix of it, read again for polarity and modality. */
  private static Attribution cutShort(SentenceState st, Attribution a, String content) {
    return new Attribution(a.speaker(), a.cue(), a.contentStart(), a.contentStart() + content.length(), content, a.sentenceIndex(),
        Assertion.polarityOf(content, a.cue()), Assertion.modalityOf(content, a.cue(), st.sentence.text()), a.direct(), a.relay(),
        a.challenged(), a.sieve());
  }
}
