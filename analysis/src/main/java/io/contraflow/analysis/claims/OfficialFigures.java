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
 * official figure of 350") counts what the speaker's own figure counts. A figure named as a party's ("at least 82 died,
 * challenging the Kessa government's figure of 37") is that party's claim in the same way.
 */
final class OfficialFigures {
  private OfficialFigures() {}

  /** "the official toll of 350", "an official count of 40", "the official figure, 350,". */
  private static final Pattern OFFICIAL = Pattern.compile("(?i)\\b(?:the|an|its|their)\\s+official\\s+(?:death\\s+)?"
      + "(toll|figure|count|tally|number|estimate|total)s?\\s+(?:of\\s+|at\\s+|,\\s*)?((?:about|around|some|nearly|almost|only|just)\\s+)?"
      + "(\\d[\\d,.]*)");

  /**
   * "the Kessa government's figure of 37", "the ministry's count of 40", "Vell's own tally of 12": a party's figure named
   * by its owner, who is a name or a body of the state. (No "(?i)": the owner's capitals are what marks a name.)
   */
  private static final Pattern OWNED = Pattern.compile("(?<![\\p{L}'’])(?:[Tt]he\\s+)?(?<owner>(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}"
      + "(?:government|ministry|authorities|police|army|military|officials|administration|council|agency)|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}"
      + "\\p{Lu}[\\p{L}.-]*)['’]s?\\s+(?:own\\s+|official\\s+)?(?:death\\s+)?(?<noun>toll|figure|count|tally|estimate|total)s?\\s+"
      + "(?:of\\s+|at\\s+|,\\s*)((?:about|around|some|nearly|almost|only|just)\\s+)?(?<number>\\d[\\d,.]*)");

  static List<Claim> apply(List<Claim> claims) {
    List<Claim> out = null;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.quantities().isEmpty() || c.claimantType() == ClaimantType.GOVERNMENT || c.claimantType() == ClaimantType.OUTLET) continue;
      Matcher m = OFFICIAL.matcher(c.content());
      String owner = null;
      if (!m.find()) {
        m = OWNED.matcher(c.content());
        if (!m.find() || ownersOwn(c, m.group("owner"))) continue;
        owner = m.group("owner");
      }
      String number = (owner == null ? m.group(3) : m.group("number")).replaceAll("[.,]$", "");
      // (A figure whose noun counts nothing, "the official figure of 350", is not among the claim's counted figures.)
      Quantity listed = c.quantities().stream().filter(q -> q.text().endsWith(number)).findFirst().orElse(null);
      Quantity official = listed != null ? listed : exact(number);
      Quantity own = c.quantities().stream().filter(q -> q != listed && q.counted() != null).findFirst().orElse(null);
      if (official == null || own == null) continue;
      String counted = m.group(owner == null ? 1 : 2).toLowerCase(Locale.ROOT).equals("toll") ? "killed" : own.counted();
      if (!counted.equals(own.counted())) continue;
      if (out == null) out = new ArrayList<>(claims);
      List<Quantity> kept = new ArrayList<>(c.quantities());
      kept.remove(listed);
      out.set(i, c.withQuantities(kept));
      if (owner != null && statedBefore(out, c, owner)) continue; // (the same sentence read by two cues names the figure once)
      Quantity theirs = new Quantity(official.text(), official.value(), official.low(), official.high(), official.lowInclusive(),
          official.highInclusive(), official.qualifier(), official.unit(), counted);
      out.add(owner == null
          ? new Claim(c.id() + ":official", c.articleId(), c.source(), c.publishedAt(), "officials", ClaimantType.UNNAMED_SOURCE,
              m.group(), "officials", c.affiliation(), "give", m.group(), null, null, null, null, Polarity.AFFIRMED, Modality.STATED,
              List.of(theirs), null, false, c.sentence(), c.sentenceIndex(), c.charStart(), c.charEnd(), c.claimant(), c.dated())
          : ownersClaim(c, owner, m.group(), theirs));
    }
    return out == null ? claims : out;
  }

  /** Whether the owner's figure was already made a claim from this sentence (read under another cue). */
  private static boolean statedBefore(List<Claim> out, Claim c, String owner) {
    if (out == null) return false;
    for (Claim o : out) {
      if (o.id().endsWith(":owned") && owner.equals(o.claimant()) && o.articleId().equals(c.articleId()) && o.sentenceIndex() == c.sentenceIndex()) return true;
    }
    return false;
  }

  /** The owner is the speaker itself ("the ministry said its own count of 40", "the ministry's count"): nobody else's figure. */
  private static boolean ownersOwn(Claim c, String owner) {
    String o = owner.toLowerCase(Locale.ROOT);
    String speaker = c.claimant() == null ? "" : c.claimant().toLowerCase(Locale.ROOT);
    return speaker.isEmpty() || speaker.contains(o) || o.contains(speaker);
  }

  /** The named owner's figure as its claim: a government when the name starts with a country's, else a body. */
  private static Claim ownersClaim(Claim c, String owner, String named, Quantity theirs) {
    String country = io.contraflow.analysis.nlp.Lexicon.english().country(owner.split("\\s+")[0]);
    ClaimantType type = country != null ? ClaimantType.GOVERNMENT : ClaimantType.ORGANIZATION;
    return new Claim(c.id() + ":owned", c.articleId(), c.source(), c.publishedAt(), owner, type, owner, null, country, "give", named,
        null, null, null, null, Polarity.AFFIRMED, Modality.STATED, List.of(theirs), null, false, c.sentence(), c.sentenceIndex(),
        c.charStart(), c.charEnd(), c.claimant(), c.dated());
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
}
