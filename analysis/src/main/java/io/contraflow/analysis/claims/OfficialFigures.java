package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The flood killed 900, far above the official toll of 350, aid workers said": the figure a claim sets its own
 * against, named as the official one, is not the speaker's. It is taken out of the speaker's figures and stands as
 * the officials' own claim in that sentence, so the two are two parties' figures for one measure. A generic noun ("the
 * official figure of 350") counts what the speaker's own figure counts.
 */
final class OfficialFigures {
  private OfficialFigures() {}

  /** "the official toll of 350", "an official count of 40", "the official figure, 350,". */
  private static final Pattern OFFICIAL = Pattern.compile("(?i)\\b(?:the|an|its|their)\\s+official\\s+(?:death\\s+)?"
      + "(toll|figure|count|tally|number|estimate|total)s?\\s+(?:of\\s+|at\\s+|,\\s*)?((?:about|around|some|nearly|almost|only|just)\\s+)?"
      + "(\\d[\\d,.]*)");

  static List<Claim> apply(List<Claim> claims) {
    List<Claim> out = null;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.quantities().isEmpty() || c.claimantType() == ClaimantType.GOVERNMENT || c.claimantType() == ClaimantType.OUTLET) continue;
      Matcher m = OFFICIAL.matcher(c.content());
      if (!m.find()) continue;
      String number = m.group(3).replaceAll("[.,]$", "");
      // (A figure whose noun counts nothing, "the official figure of 350", is not among the claim's counted figures.)
      Quantity listed = c.quantities().stream().filter(q -> q.text().endsWith(number)).findFirst().orElse(null);
      Quantity official = listed != null ? listed : exact(number);
      Quantity own = c.quantities().stream().filter(q -> q != listed && q.counted() != null).findFirst().orElse(null);
      if (official == null || own == null) continue;
      String counted = m.group(1).toLowerCase(Locale.ROOT).equals("toll") ? "killed" : own.counted();
      if (!counted.equals(own.counted())) continue;
      if (out == null) out = new ArrayList<>(claims);
      List<Quantity> kept = new ArrayList<>(c.quantities());
      kept.remove(listed);
      out.set(i, withQuantities(c, kept));
      Quantity theirs = new Quantity(official.text(), official.value(), official.low(), official.high(), official.lowInclusive(),
          official.highInclusive(), official.qualifier(), official.unit(), counted);
      out.add(new Claim(c.id() + ":official", c.articleId(), c.source(), c.publishedAt(), "officials", ClaimantType.UNNAMED_SOURCE,
          m.group(), "officials", c.affiliation(), "give", m.group(), null, null, null, null, Polarity.AFFIRMED, Modality.STATED,
          List.of(theirs), null, false, c.sentence(), c.sentenceIndex(), c.charStart(), c.charEnd(), c.claimant(), c.dated()));
    }
    return out == null ? claims : out;
  }

  /** An exact figure as written ("350", "1,429"), or null when it is no plain number. */
  private static Quantity exact(String number) {
    try {
      double v = Double.parseDouble(number.replace(",", ""));
      return new Quantity(number, v, v, v, true, true, "exact", null, null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Claim withQuantities(Claim c, List<Quantity> quantities) {
    return new Claim(c.id(), c.articleId(), c.source(), c.publishedAt(), c.claimant(), c.claimantType(), c.claimantMention(),
        c.claimantRole(), c.affiliation(), c.cue(), c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(),
        c.polarity(), c.modality(), quantities, c.reported(), c.direct(), c.sentence(), c.sentenceIndex(), c.charStart(), c.charEnd(),
        c.relayedBy(), c.dated());
  }
}
