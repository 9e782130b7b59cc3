package io.contraflow.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores claim extraction against a claim gold file: claim-level precision and recall (a prediction matches a gold
 * claim when its span overlaps the gold span and its claimant names the same party), polarity accuracy on matched
 * claims, and claimant-normalisation accuracy (of predictions whose span overlaps a gold claim, how many name its
 * claimant). Gold offsets are into the raw article file, whose first non-empty line is the title.
 */
public final class ClaimEvaluation {

  /** The figures one evaluation produces. */
  public record Report(int gold, int predicted, int matchedGold, int matchedPredicted, int polarityRight, int overlapping,
                       int overlappingWithRightClaimant, List<String> missed, List<String> spurious) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double polarityAccuracy() {
      return matchedGold == 0 ? 0 : (double) polarityRight / matchedGold;
    }

    public double claimantAccuracy() {
      return overlapping == 0 ? 0 : (double) overlappingWithRightClaimant / overlapping;
    }

    public void print(PrintStream out, boolean details) {
      out.printf(Locale.ROOT, "claims: gold=%d predicted=%d precision=%.2f recall=%.2f f1=%.2f polarity=%.2f claimant-normalisation=%.2f%n",
          gold, predicted, precision(), recall(), f1(), polarityAccuracy(), claimantAccuracy());
      if (details) {
        missed.forEach(m -> out.println("  missed:   " + m));
        spurious.forEach(s -> out.println("  spurious: " + s));
      }
    }
  }

  private record GoldClaim(String article, String claimant, String polarity, int start, int end, String paraphrase) {}

  private ClaimEvaluation() {}

  public static Report evaluate(Path goldFile, Path articlesDir, ClaimExtractor extractor) throws IOException {
    JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
    int gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0, polarityRight = 0, overlapping = 0, overlappingRight = 0;
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getKey();
      List<GoldClaim> golds = new ArrayList<>();
      for (JsonNode g : e.getValue()) {
        golds.add(new GoldClaim(file, g.get("claimant").asText(), g.get("polarity").asText(), g.get("start").asInt(), g.get("end").asInt(),
            g.get("paraphrase").asText()));
      }
      String raw = Files.readString(articlesDir.resolve(file));
      int titleStart = 0;
      while (titleStart < raw.length() && Character.isWhitespace(raw.charAt(titleStart))) titleStart++;
      int nl = raw.indexOf('\n', titleStart);
      int bodyOffset = nl < 0 ? raw.length() : nl + 1;
      String id = file.replaceFirst("\\.[^.]+$", "");
      ArticleText article = new ArticleText(id, raw.substring(titleStart, Math.max(titleStart, nl < 0 ? raw.length() : nl)).strip(),
          raw.substring(bodyOffset), null, null, Instant.EPOCH, "en");
      List<Claim> claims = extractor.analyze(article).claims();
      gold += golds.size();
      predicted += claims.size();
      Set<GoldClaim> used = new HashSet<>();
      for (Claim c : claims) {
        int s = c.charStart() + bodyOffset;
        int en = c.charEnd() + bodyOffset;
        GoldClaim best = null;
        boolean overlapsAny = false;
        boolean overlapsRight = false;
        for (GoldClaim g : golds) {
          if (!(s < g.end() && g.start() < en)) continue;
          overlapsAny = true;
          if (sameParty(g.claimant(), c.claimant())) {
            overlapsRight = true;
            if (!used.contains(g) && best == null) best = g;
          }
        }
        if (overlapsAny) {
          overlapping++;
          if (overlapsRight) overlappingRight++;
        }
        if (overlapsRight) matchedPredicted++;
        else spurious.add(file + " [" + c.claimant() + " | " + c.cue() + "] " + clip(c.content()));
        if (best != null) {
          used.add(best);
          matchedGold++;
          if (best.polarity().equals(c.polarity().name())) polarityRight++;
        }
      }
      for (GoldClaim g : golds) if (!used.contains(g)) missed.add(file + " [" + g.claimant() + "] " + g.paraphrase());
    }
    return new Report(gold, predicted, matchedGold, matchedPredicted, polarityRight, overlapping, overlappingRight, missed, spurious);
  }

  /** Same party: the same surname for people, or one name containing the other ("Ukrainian officials" / "Ukrainian"). */
  static boolean sameParty(String gold, String predicted) {
    String g = gold.toLowerCase(Locale.ROOT).trim();
    String p = predicted.toLowerCase(Locale.ROOT).trim();
    if (g.contains(p) || p.contains(g)) return true;
    String gc = country(g);
    if (gc != null && gc.equals(country(p))) return true;
    String[] gt = g.split("\\s+");
    String[] pt = p.split("\\s+");
    return gt[gt.length - 1].equals(pt[pt.length - 1]) && gt[gt.length - 1].length() > 3;
  }

  /** The country a government-like name stands for ("united states", "american government", "ukrainian officials"). */
  private static String country(String name) {
    var lexicon = io.contraflow.analysis.nlp.Lexicon.english();
    String c = lexicon.country(name);
    if (c == null) c = lexicon.country(name.replaceAll("\\s+(government|officials|authorities)$", ""));
    return c;
  }

  private static String clip(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 100 ? one.substring(0, 100) + "…" : one;
  }

  /** {@code ClaimEvaluation GOLD.json ARTICLES_DIR [--details]} */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ClaimEvaluation GOLD.json ARTICLES_DIR [--details]");
      System.exit(2);
    }
    evaluate(Path.of(args[0]), Path.of(args[1]), ClaimExtractor.english()).print(System.out, args.length > 2 && args[2].equals("--details"));
  }
}
