package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * A passive cue with its agent: "His death was announced by the prison service", "The claim was denied by Kyiv",
 * "responsibility was claimed by an affiliate". The agent speaks; what it announced, denied or claimed is the subject
 * before the auxiliary.
 */
final class PassiveByRule implements CueRule {
  /** "was told by police to leave", "was asked by reporters": the subject heard; it was not said. */
  private static final java.util.Set<String> HEARD = java.util.Set.of("tell", "ask", "warn", "call", "question");

  private static final java.util.Set<String> HAVE = java.util.Set.of("has", "have", "had");
  private static final java.util.Set<String> VERB_GROUP_ADVERBS = java.util.Set.of("already", "since", "also", "repeatedly", "long", "widely");

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if ("blame".equals(lemma)) {
      List<Attribution> blamed = blamedOn(st, i);
      if (blamed != null) return blamed;
    }
    int by = figureBefore(t, i);
    if (i < 2 || by + 1 >= t.size() || !t.get(by).is("by") || HEARD.contains(lemma)) return null;
    // "The audit was flatly rejected by the port authority": a manner adverb between the auxiliary and the cue.
    int aux = i - 1;
    if (aux >= 2 && t.get(aux).lower().endsWith("ly") && "ADV".equals(t.get(aux).tag())) aux--;
    if (!NotACueRule.PASSIVE_AUX.contains(t.get(aux).lower())) return null;
    // ("has since been rejected by", "had also been contested by": an adverb inside the verb group.)
    while (aux > 0 && (NotACueRule.PASSIVE_AUX.contains(t.get(aux - 1).lower()) || t.get(aux - 1).is("has") || t.get(aux - 1).is("have")
        || t.get(aux - 1).is("had") || aux > 1 && VERB_GROUP_ADVERBS.contains(t.get(aux - 1).lower()) && HAVE.contains(t.get(aux - 2).lower()))) aux--;
    Mention agent = st.speakers().resolve(t, by + 1, Phrases.phraseEnd(t, by + 1));
    if (agent == null) return List.of();
    if (aux >= 1 && (t.get(aux - 1).is("not") || t.get(aux - 1).is("never"))) return notConfirmed(st, aux - 1, lemma, agent);
    // The subject: from the clause's start (the sentence's, or after its last comma) to the auxiliary.
    int from = 0;
    for (int k = aux - 1; k >= 0; k--) if (t.get(k).text().equals(",")) { from = k + 1; break; }
    // ("..., but its findings have been disputed by": the conjunction joins the clause, it is not what was disputed.)
    if (from < aux - 1 && (t.get(from).is("but") || t.get(from).is("and") || t.get(from).is("yet"))) from++;
    int[] span = Phrases.trim(t, from, aux);
    if (span == null) return List.of();
    Attribution charge = chargeOfAntecedent(st, i, lemma, agent, from, span);
    if (charge != null) return List.of(charge);
    // (With a figure between the cue and its agent, the figure is part of what was said: "the toll ... at 64".)
    String content = Phrases.slice(st.body(), t, span[0], span[1]) + (by > i + 1 ? " " + Phrases.slice(st.body(), t, i + 1, by) : "");
    Polarity polarity = Lexicon.DENIAL_CUES.contains(lemma) ? Polarity.DENIED : Assertion.polarityOf(content, lemma);
    // ("disputed by the Kessan authorities and the UN": each agent holds it.)
    List<Mention> agents = Lexicon.DENIAL_CUES.contains(lemma) ? Conjuncts.of(st.speakers(), t, by + 1, Phrases.phraseEnd(t, by + 1), true) : List.of();
    if (agents.size() < 2) agents = List.of(agent);
    List<Attribution> out = new java.util.ArrayList<>();
    for (Mention a : agents) {
      out.add(new Attribution(a, lemma, t.get(span[0]).start(), t.get(by > i + 1 ? by - 1 : span[1] - 1).end(), content, st.sentence.index(), polarity,
          Assertion.modalityOf(content, lemma, st.sentence.text()), false, null, null));
    }
    return out;
  }

  /**
   * Where the agent's "by" stands: right after the cue, or after the figure it gave ("The toll was announced as 120
   * by the ministry", "was put at 64 by the police").
   */
  static int figureBefore(List<Token> t, int i) {
    if (i + 1 >= t.size() || !(t.get(i + 1).is("as") || t.get(i + 1).is("at"))) return i + 1;
    boolean number = false;
    for (int k = i + 2; k < Math.min(t.size() - 1, i + 7); k++) {
      number |= "NUM".equals(t.get(k).tag());
      if (t.get(k).is("by")) return number ? k : i + 1;
    }
    return i + 1;
  }

  /** Whether the passive cue at {@code i} names its agent: "was denied by Kyiv", "was put at 64 by the police". */
  static boolean hasAgent(List<Token> t, int i) {
    int by = figureBefore(t, i);
    return by < t.size() && t.get(by).is("by");
  }

  /** Cues that charge someone with a deed: "X, who was accused by Y of P", "accused X of P, a charge he denied". */
  static final java.util.Set<String> CHARGING = java.util.Set.of("accuse", "charge", "blame");
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that");

  /**
   * "Anton Kessa, who was accused by Norland of funding the bombings": the relative pronoun stands for the name before
   * its comma, and the charge follows the agent. The claim reads "Anton Kessa of funding the bombings", as the active
   * "Norland accused Anton Kessa of funding the bombings" does; it spans the name to the charge's end. Null otherwise.
   */
  private static Attribution chargeOfAntecedent(SentenceState st, int i, String lemma, Mention agent, int from, int[] span) {
    List<Token> t = st.t;
    if (!CHARGING.contains(lemma) || span[1] - span[0] != 1 || !RELATIVES.contains(t.get(span[0]).lower()) || from < 2) return null;
    int of = -1;
    for (int k = i + 3; k < Math.min(t.size() - 1, i + 9) && of < 0; k++) if (t.get(k).is("of") || t.get(k).is("for")) of = k;
    if (of < 0) return null;
    // (The agent ends at the charge: "by Norland of funding the Narva bombings" is Norland's, not Narva's.)
    Mention accuser = st.speakers().resolve(t, i + 2, of);
    if (accuser != null) agent = accuser;
    int end = of + 1;
    while (end < t.size() && !",;:-—–".contains(t.get(end).text()) && !t.get(end).text().equals(".")) end++;
    // ("the killing of Anton Kessa, who was accused": "who" is the person, the name just before the comma.)
    int antecedentStart = from - 2;
    if ("PROPN".equals(t.get(antecedentStart).tag())) {
      while (antecedentStart > 0 && "PROPN".equals(t.get(antecedentStart - 1).tag())) antecedentStart--;
    } else {
      antecedentStart = Phrases.npStart(t, from - 2);
    }
    if (end <= of + 1 || antecedentStart < 0 || antecedentStart > from - 2) return null;
    String content = Phrases.slice(st.body(), t, antecedentStart, from - 1) + " " + Phrases.slice(st.body(), t, of, end);
    return new Attribution(agent, lemma, t.get(antecedentStart).start(), t.get(end - 1).end(), content, st.sentence.index(),
        Assertion.polarityOf(content, lemma), Assertion.modalityOf(content, lemma, st.sentence.text()), false, null, null);
  }

  /** Cues whose denial leaves a claim standing alone: the agent could not confirm it. */
  private static final java.util.Set<String> CONFIRMING = java.util.Set.of("confirm", "verify", "corroborate");

  /**
   * "X said P, but that could not be confirmed by the coastguard": the coastguard does not confirm X's claim, a
   * disagreement the outlet reports. Other negated passives ("was not announced by") claim nothing.
   */
  private static List<Attribution> notConfirmed(SentenceState st, int not, String lemma, Mention agent) {
    List<Token> t = st.t;
    int pointer = not - 2; // "that" of "that could not"
    if (!CONFIRMING.contains(lemma) || pointer < 1 || !(t.get(pointer).is("that") || t.get(pointer).is("this") || t.get(pointer).is("it"))) {
      return List.of();
    }
    Attribution said = null;
    for (Attribution a : st.here) if (a.contentEnd() <= t.get(pointer).start() && (said == null || a.contentEnd() > said.contentEnd())) said = a;
    if (said == null || said.speaker().key().equals(agent.key())) return List.of();
    return List.of(new Attribution(agent, lemma, said.contentStart(), said.contentEnd(), said.content(), st.sentence.index(), Polarity.DENIED,
        Modality.STATED, false, null, said.speaker()));
  }

  /**
   * "The explosions were blamed by Western countries on Norland", "were blamed on Norland by the opposition": the agent
   * blames the one named after "on" for the subject, as "Western countries blamed Norland for the explosions" says;
   * the content is given in that active order. Null when the sentence is not so built.
   */
  private static List<Attribution> blamedOn(SentenceState st, int i) {
    List<Token> t = st.t;
    if (i < 2 || i + 3 >= t.size() || !NotACueRule.PASSIVE_AUX.contains(t.get(i - 1).lower())) return null;
    int by;
    int on;
    if (t.get(i + 1).is("by")) {
      by = i + 1;
      on = Phrases.phraseEnd(t, by + 1);
      if (on >= t.size() || !t.get(on).is("on")) return null;
    } else if (t.get(i + 1).is("on")) {
      on = i + 1;
      by = Phrases.phraseEnd(t, on + 1);
      if (by >= t.size() || !t.get(by).is("by")) return null;
    } else {
      return null;
    }
    if (by + 1 >= t.size() || on + 1 >= t.size()) return null;
    Mention agent = st.speakers().resolve(t, by + 1, Phrases.phraseEnd(t, by + 1));
    int targetEnd = Phrases.phraseEnd(t, on + 1);
    int from = 0;
    for (int k = i - 2; k >= 0; k--) if (t.get(k).text().equals(",")) { from = k + 1; break; }
    int[] subject = Phrases.trim(t, from, i - 1);
    if (agent == null || targetEnd <= on + 1 || subject == null) return null;
    String content = Phrases.slice(st.body(), t, on + 1, targetEnd) + " for " + Phrases.slice(st.body(), t, subject[0], subject[1]);
    return List.of(new Attribution(agent, "blame", t.get(subject[0]).start(), t.get(Math.min(t.size() - 1, Math.max(by, on) + 1)).end(), content,
        st.sentence.index(), Polarity.AFFIRMED, Modality.ALLEGED, false, null, null));
  }
}
