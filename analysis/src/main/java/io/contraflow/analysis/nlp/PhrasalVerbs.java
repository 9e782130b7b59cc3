package io.contraflow.analysis.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrasal verbs that push back at or wave away what someone said: "took issue with the findings", "pushed back on the
 * account", "hit back at the claims" dispute it; "brushed aside the accusations", "poured scorn on the report",
 * "laughed off the allegations", "scoffed at the figures" dismiss it; "ruled out foul play" denies it; "pointed out
 * that P" says P; "placed the blame for it on the owners" blames them. Each verb form, with the words that must follow
 * it and the cue lemma the phrase speaks with. Attribution reads them as cues; the tagger tags the sentences holding one.
 */
public final class PhrasalVerbs {
  private PhrasalVerbs() {}

  /** What follows a verb form to make the phrase (alternatives as a set), and the phrase's lemma. */
  public record Phrase(List<Set<String>> rest, String lemma) {}

  /** Phrases by the verb's forms. */
  private static final Map<String, List<Phrase>> BY_VERB_FORM = byForm(
      "dispute", "took,take,takes,taking", "issue with",
      "dispute", "pushed,push,pushes,pushing", "back on|against",
      "dispute", "hit,hits,hitting", "back at",
      "dismiss", "brushed,brush,brushes,brushing", "aside|off",
      "dismiss", "laughed,laugh,laughs,laughing", "off",
      "dismiss", "shrugged,shrug,shrugs,shrugging", "off",
      "dismiss", "waved,wave,waves,waving", "away|aside|off",
      "dismiss", "scoffed,scoff,scoffs,scoffing", "at",
      "dismiss", "poured,pour,pours,pouring", "scorn on",
      // "the coroner ruled out foul play": what is ruled out is denied.
      "deny", "ruled,rule,rules,ruling", "out",
      "say", "pointed,point,points,pointing", "out that",
      // "miners placed the blame for the disaster on the operator": as "blamed the disaster on the operator".
      "blame", "put,puts,putting,placed,place,places,placing,laid,lay,lays,laying,pinned,pin,pins,pinning", "the blame");

  private static Map<String, List<Phrase>> byForm(String... lemmaFormsRest) {
    Map<String, List<Phrase>> out = new HashMap<>();
    for (int i = 0; i < lemmaFormsRest.length; i += 3) {
      List<Set<String>> rest = java.util.Arrays.stream(lemmaFormsRest[i + 2].split(" ")).map(w -> Set.of(w.split("\\|"))).toList();
      for (String form : lemmaFormsRest[i + 1].split(",")) {
        out.computeIfAbsent(form, k -> new java.util.ArrayList<>()).add(new Phrase(rest, lemmaFormsRest[i]));
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** The phrase whose verb stands at {@code i} and whose other words follow it, or null. */
  public static Phrase at(List<Token> tokens, int i) {
    List<Phrase> phrases = BY_VERB_FORM.get(tokens.get(i).lower());
    if (phrases == null) return null;
    for (Phrase p : phrases) {
      if (i + p.rest().size() >= tokens.size()) continue;
      boolean all = true;
      for (int k = 0; k < p.rest().size() && all; k++) all = p.rest().get(k).contains(tokens.get(i + 1 + k).lower());
      if (all) return p;
    }
    return null;
  }
}
