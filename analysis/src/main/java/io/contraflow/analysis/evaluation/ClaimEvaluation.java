package io.contraflow.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.time.TimeSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores claim extraction against a claim gold file: claim-level precision and recall (a prediction matches a gold
 * claim when its span overlaps the gold span and its claimant names the same party), polarity accuracy on matched
 * claims, and claimant-normalisation accuracy (of predictions whose span overlaps a gold claim, how many name its
 * claimant). Gold offsets are into the raw article file, read as the producer reads plain text: optional header
 * lines ({@code Title:}, {@code Source:}, {@code Published:}, {@code URL:}) closed by a blank line, then the body;
 * without a {@code Title:} header the first non-empty line is the title. Gold article keys are paths relative to the
 * articles folder ("mh17-downing/mh17-downing-02.txt"), so one gold file can cover several event folders.
 */
public final class ClaimEvaluation {

  /**
   * The figures one evaluation produces, and what went wrong: gold claims no prediction matched, predictions that
   * matched no gold claim (with the gold claimant when the span overlaps a gold claim of another claimant), and
   * matched claims whose polarity differs from the gold one.
   */
  public record Report(int gold, int predicted, int matchedGold, int matchedPredicted, int polarityRight, int overlapping,
                       int overlappingWithRightClaimant, List<String> missed, List<String> spurious, List<String> wrongPolarity) {
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
        wrongPolarity.forEach(w -> out.println("  polarity: " + w));
      }
    }
  }

  private record GoldClaim(String article, String claimant, String polarity, int start, int end, String paraphrase) {}

  private ClaimEvaluation() {}

  /**
   * An article file as the producer reads it, with where its body starts in the raw text so that offsets into the
   * body map back to offsets into the file.
   *
   * @param article the article handed to the extractor: title, body (stripped), source, URL, publication time
   * @param bodyOffset where the body starts in the raw file text
   */
  record RawArticle(ArticleText article, int bodyOffset) {
    private static final Pattern HEADER = Pattern.compile("(?i)^(title|source|published|url)\\s*:\\s*(.*)$");

    /**
     * Reads {@code raw} like the producer's plain-text reader ({@code producer/…/PlainTextArticle}, which this module
     * cannot depend on; keep the two in step): header lines count only when a blank line (or the end) closes them; the
     * {@code Title:} header is the title, else the first non-empty line after the headers. The id is the URL when
     * known, else {@code file} without its extension.
     */
    static RawArticle read(String raw, String file) {
      int pos = 0;
      while (pos < raw.length() && isBlankLine(raw, pos)) pos = lineEnd(raw, pos) + 1;
      Map<String, String> headers = new HashMap<>();
      int at = pos;
      while (at < raw.length()) {
        Matcher h = HEADER.matcher(raw.substring(at, lineEnd(raw, at)).strip());
        if (!h.matches()) break;
        if (!h.group(2).isBlank()) headers.putIfAbsent(h.group(1).toLowerCase(Locale.ROOT), h.group(2).strip());
        at = lineEnd(raw, at) + 1;
      }
      boolean closed = at >= raw.length() || isBlankLine(raw, at);
      if (at > pos && closed) pos = Math.min(at, raw.length());
      else headers.clear();
      String title = headers.get("title");
      if (title == null) {
        while (pos < raw.length() && isBlankLine(raw, pos)) pos = lineEnd(raw, pos) + 1;
        pos = Math.min(pos, raw.length());
        title = raw.substring(pos, lineEnd(raw, pos)).strip();
        pos = Math.min(lineEnd(raw, pos) + 1, raw.length());
      }
      int start = pos;
      while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) start++;
      int end = raw.length();
      while (end > start && Character.isWhitespace(raw.charAt(end - 1))) end--;
      String url = headers.get("url");
      String id = url != null ? url : file.replaceFirst("\\.[^.]+$", "");
      Instant published = published(headers.get("published"));
      ArticleText article = new ArticleText(id, title, raw.substring(start, end), headers.get("source"), url,
          published == null ? Instant.EPOCH : published, "en", published == null ? TimeSource.INGESTION : TimeSource.PUBLISHER);
      return new RawArticle(article, start);
    }

    private static int lineEnd(String raw, int from) {
      int nl = raw.indexOf('\n', from);
      return nl < 0 ? raw.length() : nl;
    }

    private static boolean isBlankLine(String raw, int from) {
      return raw.substring(from, lineEnd(raw, from)).isBlank();
    }

    /** An ISO-8601 instant or date, or null ("unknown", absent, anything else). */
    private static Instant published(String value) {
      if (value == null) return null;
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException notAnInstant) {
        try {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          return null;
        }
      }
    }
  }

  public static Report evaluate(Path goldFile, Path articlesDir, ClaimExtractor extractor) throws IOException {
    JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
    int gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0, polarityRight = 0, overlapping = 0, overlappingRight = 0;
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    List<String> wrongPolarity = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getKey();
      List<GoldClaim> golds = new ArrayList<>();
      for (JsonNode g : e.getValue()) {
        golds.add(new GoldClaim(file, g.get("claimant").asText(), g.get("polarity").asText(), g.get("start").asInt(), g.get("end").asInt(),
            g.get("paraphrase").asText()));
      }
      RawArticle raw = RawArticle.read(Files.readString(articlesDir.resolve(file)), file);
      int bodyOffset = raw.bodyOffset();
      List<Claim> claims = extractor.analyze(raw.article()).claims();
      gold += golds.size();
      predicted += claims.size();
      Set<GoldClaim> used = new HashSet<>();
      for (Claim c : claims) {
        int s = c.charStart() + bodyOffset;
        int en = c.charEnd() + bodyOffset;
        GoldClaim best = null;
        boolean overlapsAny = false;
        boolean overlapsRight = false;
        String overlappedClaimant = null;
        for (GoldClaim g : golds) {
          if (!(s < g.end() && g.start() < en)) continue;
          overlapsAny = true;
          if (overlappedClaimant == null) overlappedClaimant = g.claimant();
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
        else spurious.add(file + " [" + c.claimant() + " | " + c.cue() + "] " + clip(c.content())
            + (overlappedClaimant == null ? "" : " (overlaps a gold claim of " + overlappedClaimant + ")"));
        if (best != null) {
          used.add(best);
          matchedGold++;
          if (best.polarity().equals(c.polarity().name())) polarityRight++;
          else wrongPolarity.add(file + " [" + best.claimant() + " | " + c.cue() + "] gold " + best.polarity() + ", predicted "
              + c.polarity() + ": " + best.paraphrase());
        }
      }
      for (GoldClaim g : golds) if (!used.contains(g)) missed.add(file + " [" + g.claimant() + "] " + g.paraphrase());
    }
    return new Report(gold, predicted, matchedGold, matchedPredicted, polarityRight, overlapping, overlappingRight, missed, spurious, wrongPolarity);
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
