package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "The health ministry said 41" after "Norland's health minister said 30": an article names a ministry's country once,
 * then writes "the health ministry"; the unqualified office is the one it named, so its claims speak for the same
 * government (a revised toll, not two parties' figures). Only within one article, and only for an office whose
 * portfolio ("health", "interior") an earlier claimant with a country held. {@code SpeakerResolver} does the like for
 * mentions whose earlier mention carried the country ("the Ministry of Defense" after "the Portuguese Defense
 * Ministry"); a person's title ("Estonia's health minister") carries none there, so it is read here, from the claims.
 */
final class OfficeCountries {
  private static final Pattern MINISTRY = Pattern.compile("\\bministry\\b");
  private static final Pattern MINISTRY_OR_MINISTER = Pattern.compile("\\bminist(?:ry|er)\\b");

  private OfficeCountries() {}

  static List<Claim> resolve(List<Claim> claims) {
    // Most articles quote no ministry: nothing to sort or read.
    if (claims.stream().noneMatch(c -> MINISTRY.matcher(mentionOf(c)).find())) return claims;
    List<Claim> inText = new ArrayList<>(claims);
    inText.sort(Comparator.comparingInt(Claim::charStart));
    Map<String, String> countryOfPortfolio = new HashMap<>();
    Map<String, Claim> resolved = new HashMap<>();
    for (Claim c : inText) {
      String mention = mentionOf(c);
      if (!MINISTRY_OR_MINISTER.matcher(mention).find()) continue;
      String country = countryOf(c, mention);
      for (String w : NON_LETTERS.split(mention)) {
        if (!Lexicon.english().isPortfolio(w)) continue;
        if (country != null) {
          countryOfPortfolio.putIfAbsent(w, country);
        } else if (countryOfPortfolio.containsKey(w) && MINISTRY.matcher(mention).find()
            && (c.claimantType() == ClaimantType.UNNAMED_SOURCE || c.claimantType() == ClaimantType.ORGANIZATION)) {
          resolved.put(c.id(), withAffiliation(c, countryOfPortfolio.get(w)));
          break;
        }
      }
    }
    if (resolved.isEmpty()) return claims;
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) out.add(resolved.getOrDefault(c.id(), c));
    return out;
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private static String mentionOf(Claim c) {
    return (c.claimantMention() == null ? c.claimant() : c.claimantMention()).toLowerCase(Locale.ROOT);
  }

  /** The country the claimant speaks for: its affiliation, else a country its words name ("Estonia's health minister"). */
  private static String countryOf(Claim c, String mention) {
    if (c.affiliation() != null && !c.affiliation().isBlank()) return c.affiliation();
    for (String w : NON_LETTERS.split(mention)) {
      String country = w.isEmpty() ? null : Lexicon.english().country(w);
      if (country != null) return country;
    }
    return null;
  }

  private static Claim withAffiliation(Claim c, String affiliation) {
    return new Claim(c.id(), c.articleId(), c.source(), c.publishedAt(), c.claimant(), c.claimantType(), c.claimantMention(),
        c.claimantRole(), affiliation, c.cue(), c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(),
        c.polarity(), c.modality(), c.quantities(), c.reported(), c.direct(), c.sentence(), c.sentenceIndex(), c.charStart(),
        c.charEnd(), c.relayedBy(), c.dated());
  }
}
