package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "The killing was ordered by Ivo Dorov" where the article names him "Norland's president Ivo Dorov": a head of
 * state or government named as the doer stands for his state, as his own words do for its government, so an
 * accusation against him meets that government's denial. Only leaders the article itself gives a country and a
 * leader's title; anyone else stays the person named.
 */
final class LeaderAgents {
  private static final Set<String> LEADER_TITLES = Set.of("leader", "president", "premier", "chancellor", "king", "emir", "prime",
      "dictator", "ruler", "supreme");

  private LeaderAgents() {}

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  static List<Claim> resolve(List<Claim> claims, List<Mention> mentions) {
    if (claims.stream().noneMatch(c -> "responsible".equals(c.predicate()))) return claims;
    Map<String, String> stateOf = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ClaimantType.PERSON || m.affiliation() == null || m.role() == null) continue;
      for (String w : NON_LETTERS.split(m.role().toLowerCase(Locale.ROOT))) {
        if (LEADER_TITLES.contains(w)) stateOf.putIfAbsent(m.canonical(), m.affiliation());
      }
    }
    if (stateOf.isEmpty()) return claims;
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String state = "responsible".equals(c.predicate()) ? stateOf.get(c.arguments().get("agent")) : null;
      if (state == null) {
        out.add(c);
        continue;
      }
      Map<String, String> args = new LinkedHashMap<>(c.arguments());
      args.put("agent", state);
      out.add(new Claim(c.id(), c.articleId(), c.source(), c.publishedAt(), c.claimant(), c.claimantType(), c.claimantMention(),
          c.claimantRole(), c.affiliation(), c.cue(), c.content(), c.subject(), c.predicate(), args, c.negatedArguments(),
          c.polarity(), c.modality(), c.quantities(), c.reported(), c.direct(), c.sentence(), c.sentenceIndex(), c.charStart(),
          c.charEnd(), c.relayedBy(), c.dated()));
    }
    return out;
  }
}
