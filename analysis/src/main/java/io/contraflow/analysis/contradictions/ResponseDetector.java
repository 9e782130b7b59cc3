package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accused answers: an article reports one party's accusation against another ("senior officials were aware of
 * the risks", "authorities were criminally negligent") and, further on, the accused party's defence ("his agency did
 * all it could legally", "it was not within their jurisdiction", "denied any wrongdoing"). News sets the two against
 * each other as a matter of course; both must be in the same article, the defence after the accusation, from the
 * party the accusation names.
 */
final class ResponseDetector implements Detector {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Words that charge a party with fault. */
  static final Pattern ACCUSATION = Pattern.compile("(?i)\\b(negligen\\w*|guilty|culpab\\w+|complicit\\w*|responsible for|to blame|"
      + "were aware of the risks?|knew of the risks?|foresaw|failed to|failure to|covered? up|cover-up|obstruct\\w*|impede\\w*|"
      + "criminal(?:ly)?|wrongdoing|abuse of power|accountable|liable|violat\\w+|breach\\w*)\\b");
  /** Words of a defence against such a charge. */
  static final Pattern DEFENCE = Pattern.compile("(?i)\\b(did (?:all|everything) (?:it|they|he|she|we) could|did nothing wrong|"
      + "no wrongdoing|acted (?:legally|lawfully|properly|in accordance)|(?:not|outside) (?:within )?(?:its|their|his|her|our) "
      + "(?:jurisdiction|responsibility|remit|authority)|not responsible|followed (?:the )?(?:procedures?|rules|law)|"
      + "had warned|warned (?:officials|authorities|the government)|innocent|baseless|unfounded|politically motivated|"
      + "in accordance with the law|legal(?:ly)? (?:reports?|obligations?))\\b");
  private static final Pattern TOKENS = Pattern.compile("[^\\p{L}'’-]+");

  @Override
  public String name() {
    return "response";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (Stance accusation : event.stances) {
      Claim a = accusation.claim();
      if (!accusation.party().isNamed() || a.polarity() != Polarity.AFFIRMED || !ACCUSATION.matcher(a.content()).find()) continue;
      String accused = accusedCountry(a.content());
      if (accused == null) continue;
      String accusedKey = Party.GOVERNMENT + accused.toLowerCase(Locale.ROOT);
      if (accusation.party().key().equals(accusedKey)) continue;
      for (Stance defence : event.stances) {
        Claim d = defence.claim();
        if (!d.articleId().equals(a.articleId()) || d.sentenceIndex() <= a.sentenceIndex()) continue;
        if (!defence.party().key().equals(accusedKey) && !d.claimant().toLowerCase(Locale.ROOT).contains("officials")) continue;
        if (!DEFENCE.matcher(d.content()).find() && d.polarity() != Polarity.DENIED) continue;
        String key = accusation.party().key() + "|" + accusedKey;
        Candidate previous = out.get(key);
        List<Claim> claimsA = previous == null ? new ArrayList<>() : new ArrayList<>(previous.claimsA());
        List<Claim> claimsB = previous == null ? new ArrayList<>() : new ArrayList<>(previous.claimsB());
        if (!claimsA.contains(a)) claimsA.add(a);
        if (!claimsB.contains(d)) claimsB.add(d);
        String who = LEXICON.demonym(accused) + " officials";
        out.put(key, new Candidate("denial", true, ContradictionKind.ATTRIBUTED_DISAGREEMENT, "whether " + who + " are at fault: "
            + accusation.party().label() + " accuses, they answer", accusation.party(), "at fault", claimsA, defence.party(),
            "not at fault", claimsB, 0.65, Severity.MEDIUM, accusation.party().label() + " says " + who + " are at fault; "
            + defence.claim().claimant() + " answers that " + Contents.clip(d.content(), 120) + ".", name()));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The country whose people the accusation is about: the first country or demonym it names. */
  private static String accusedCountry(String content) {
    for (String w : TOKENS.split(content)) {
      String c = LEXICON.countryByNameOrDemonym(w.replaceAll("['’]s$", ""));
      if (c != null) return c;
    }
    return null;
  }
}
