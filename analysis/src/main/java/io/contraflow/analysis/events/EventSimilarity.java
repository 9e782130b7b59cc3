package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How close an article is to an open event: rarity-weighted cosine on names (weight {@value #ENTITY_WEIGHT}) plus
 * rarity-weighted cosine on key terms (weight {@value #TERM_WEIGHT}), each feature weighted by its in-article (or
 * in-event) weight times its idf, plus the evidence the join rules need: how many names are shared, and how much
 * similarity is left once the single strongest shared name is removed.
 *
 * <p>Cost: the article vector is built once per decision (O(a) idf look-ups, a = article features, at most 224; the
 * heaviest {@value #SCORED_TERMS} terms are kept for scoring).
 * {@link #mayMatch} is at most {@value #PROBE_KEYS} hash look-ups per event (plus one per name the article is about),
 * and {@link #score} is O(a') hash look-ups (a' ≤ 64 names + {@value #SCORED_TERMS} terms) per candidate event, given
 * the profile's cached norms ({@link ProfileIndex}).
 */
final class EventSimilarity {
  static final double ENTITY_WEIGHT = 0.6;
  static final double TERM_WEIGHT = 0.4;
  static final int PROBE_KEYS = 6;
  static final int COUNTRY_PROBES = 2;
  /** Terms of the article that are scored: its heaviest after rarity weighting, which carry nearly all the cosine. */
  static final int SCORED_TERMS = 64;

  /**
   * @param similarity combined score in [0, 1]
   * @param residual combined score without the strongest shared name
   * @param sharedNames shared names that are not countries
   * @param sharedPhrase a shared multi-word name or recurring multi-word term ("crocus city hall", "mobilization bill")
   * @param strongestShared the shared name that contributes most, or null
   */
  record Score(double similarity, double entityCosine, double termCosine, double residual, int sharedNames,
               boolean sharedPhrase, String strongestShared, double semantic) {
    Score withSemantic(double newSemantic) {
      return new Score(similarity, entityCosine, termCosine, residual, sharedNames, sharedPhrase, strongestShared, newSemantic);
    }

    static final Score NONE = new Score(0, 0, 0, 0, 0, false, null, 0);
  }

  /** The article side, weighted by rarity once per decision; arrays, because it is read once per candidate event. */
  static final class ArticleVector {
    String[] entityKeys;
    /** Feature weight times idf. */
    double[] entityWeights;
    /** The idf used, reused for the profile side of shared features. */
    double[] entityIdf;
    String[] termKeys;
    double[] termWeights;
    double[] termIdf;
    double entityNorm;
    double termNorm;
    /** Keys an event must contain at least one of to be scored at all. */
    String[] probes;
    int[][] probeBits;
    boolean probesAreNames;
    /** Names the article is about that another transliteration may spell otherwise, and their skeletons' bits. */
    String[] alikeProbes = new String[0];
    int[][] alikeBits = new int[0][];
    /** Embedding of the headline and lead, or null. */
    float[] gist;
  }

  private EventSimilarity() {}

  static ArticleVector vector(EventFeatures f, TermStatistics stats, float[] gist) {
    ArticleVector v = new ArticleVector();
    v.gist = gist;
    List<Map.Entry<String, Double>> names = weighted(f.entities(), stats, Integer.MAX_VALUE);
    List<Map.Entry<String, Double>> terms = weighted(f.terms(), stats, SCORED_TERMS);
    v.entityKeys = new String[names.size()];
    v.entityWeights = new double[names.size()];
    v.entityIdf = new double[names.size()];
    fill(names, f.entities(), v.entityKeys, v.entityWeights, v.entityIdf);
    v.termKeys = new String[terms.size()];
    v.termWeights = new double[terms.size()];
    v.termIdf = new double[terms.size()];
    fill(terms, f.terms(), v.termKeys, v.termWeights, v.termIdf);
    v.entityNorm = norm(v.entityWeights);
    v.termNorm = norm(v.termWeights);
    // Joining needs a shared name: the heaviest names other than countries are the probes, and the two heaviest
    // countries (a story told by the countries it involves, "a Ukrainian airliner downed over Iran", has no other);
    // terms only for articles without names.
    List<String> probes = new ArrayList<>();
    int countries = 0;
    for (Map.Entry<String, Double> e : names) {
      boolean country = Demonyms.isCountry(e.getKey());
      if (!country && probes.size() < PROBE_KEYS + countries) probes.add(e.getKey());
      if (country && countries < COUNTRY_PROBES) {
        probes.add(e.getKey());
        countries++;
      }
    }
    // The focus test (EventFocus) joins on a core name of the event the article is about, whatever its rarity: a name
    // it is about but that weighs less than six others here ("the stadium" beside a commission, its chair and its
    // acronym) must still let the event be judged.
    for (String name : f.focal()) {
      if (!Demonyms.isCountry(name) && f.entities().containsKey(name) && !probes.contains(name)) probes.add(name);
    }
    v.probesAreNames = !probes.isEmpty();
    if (!v.probesAreNames) {
      for (int i = 0; i < v.termKeys.length && i < PROBE_KEYS; i++) probes.add(v.termKeys[i]);
    }
    v.probes = probes.toArray(String[]::new);
    v.probeBits = new int[v.probes.length][];
    for (int i = 0; i < v.probes.length; i++) v.probeBits[i] = ProfileIndex.bits(v.probes[i]);
    List<String> alike = new ArrayList<>();
    for (String name : f.focal()) if (NameKeys.skeleton(name) != null && !Demonyms.isCountry(name)) alike.add(name);
    v.alikeProbes = alike.toArray(String[]::new);
    v.alikeBits = new int[v.alikeProbes.length][];
    for (int i = 0; i < v.alikeProbes.length; i++) v.alikeBits[i] = ProfileIndex.bits(ProfileIndex.SKELETON + NameKeys.skeleton(v.alikeProbes[i]));
    return v;
  }

  /** Features with weight times idf, heaviest first, at most {@code limit}. */
  private static List<Map.Entry<String, Double>> weighted(Map<String, Double> features, TermStatistics stats, int limit) {
    List<Map.Entry<String, Double>> out = new ArrayList<>(features.size());
    for (Map.Entry<String, Double> e : features.entrySet()) {
      out.add(Map.entry(e.getKey(), e.getValue() * stats.idf(e.getKey())));
    }
    // Ties by name, so which of equally weighted features are scored (and the order their weights are summed in) is
    // the same in every JVM: EventFeatures' maps iterate in a per-JVM order.
    out.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static void fill(List<Map.Entry<String, Double>> weighted, Map<String, Double> raw, String[] keys,
                           double[] weights, double[] idf) {
    for (int i = 0; i < keys.length; i++) {
      Map.Entry<String, Double> e = weighted.get(i);
      keys[i] = e.getKey();
      weights[i] = e.getValue();
      double w = raw.get(e.getKey());
      idf[i] = w == 0 ? 0 : e.getValue() / w;
    }
  }

  /**
   * Cheap pre-filter: the event shares at least one of the article's heaviest names (or terms, if it has no names).
   * Tests the profile's Bloom signature first and confirms in its map.
   */
  static boolean mayMatch(ArticleVector a, EventProfile p, ProfileIndex.Entry index) {
    if (!a.probesAreNames) {
      for (String k : a.probes) {
        if (p.terms.containsKey(k)) return true;
      }
      return false;
    }
    for (int i = 0; i < a.probes.length; i++) {
      if (ProfileIndex.mayContain(index.entitySignature(), a.probeBits[i]) && p.entities.containsKey(a.probes[i])) {
        return true;
      }
    }
    // A name the article is about, spelt as another scheme spells one of the event's (read only where the bits agree).
    for (int i = 0; i < a.alikeProbes.length; i++) {
      if (!ProfileIndex.mayContain(index.entitySignature(), a.alikeBits[i])) continue;
      for (String k : p.entities.keySet()) if (NameKeys.spelledAlike(a.alikeProbes[i], k)) return true;
    }
    return false;
  }

  static Score score(ArticleVector a, EventProfile p, ProfileIndex.Entry index) {
    Score words = scoreWords(a, p, index);
    return words.withSemantic(semantic(a.gist, p));
  }

  /** {@link #score} without the gist comparison (semantic 0): the cheap part, to decide whether the gist matters. */
  static Score scoreWords(ArticleVector a, EventProfile p, ProfileIndex.Entry index) {
    double entityDot = 0;
    int sharedNames = 0;
    boolean sharedPhrase = false;
    int strongest = -1;
    double strongestContribution = 0;
    double[] contributions = new double[a.entityKeys.length];
    for (int i = 0; i < a.entityKeys.length; i++) {
      Double raw = p.entities.get(a.entityKeys[i]);
      if (raw == null) continue;
      double contribution = a.entityWeights[i] * raw * a.entityIdf[i];
      contributions[i] = contribution;
      entityDot += contribution;
      if (contribution > strongestContribution) {
        strongest = i;
        strongestContribution = contribution;
      }
      if (!Demonyms.isCountry(a.entityKeys[i])) {
        sharedNames++;
        if (EventFeatures.isPhrase(a.entityKeys[i])) sharedPhrase = true;
      }
    }
    double termDot = 0;
    for (int i = 0; i < a.termKeys.length; i++) {
      Double raw = p.terms.get(a.termKeys[i]);
      if (raw == null) continue;
      termDot += a.termWeights[i] * raw * a.termIdf[i];
      if (EventFeatures.isPhrase(a.termKeys[i])) sharedPhrase = true;
    }
    // The strongest name goes with its variants: "kakhovka" with "kakhovka dam".
    String strongestKey = strongest < 0 ? null : a.entityKeys[strongest];
    double strongestMass = 0;
    for (int i = 0; i < contributions.length; i++) {
      if (contributions[i] > 0 && sameName(strongestKey, a.entityKeys[i])) strongestMass += contributions[i];
    }
    double entityDenominator = a.entityNorm * index.entityNorm();
    double termDenominator = a.termNorm * index.termNorm();
    double entityCos = entityDenominator > 0 ? Math.min(1.0, entityDot / entityDenominator) : 0;
    double termCos = termDenominator > 0 ? Math.min(1.0, termDot / termDenominator) : 0;
    double residualEntityCos = entityDenominator > 0 ? Math.max(0, (entityDot - strongestMass) / entityDenominator) : 0;
    boolean haveEntities = entityDenominator > 0;
    double similarity = haveEntities ? ENTITY_WEIGHT * entityCos + TERM_WEIGHT * termCos : termCos;
    double residual = haveEntities ? ENTITY_WEIGHT * residualEntityCos + TERM_WEIGHT * termCos : termCos;
    return new Score(similarity, entityCos, termCos, residual, sharedNames, sharedPhrase, strongestKey, 0);
  }

  /** The closest of the event's stored gists to the article's (cosine), or 0 when either side has none. */
  static double semantic(float[] gist, EventProfile p) {
    if (gist == null) return 0;
    double best = 0;
    for (float[] g : p.gists.values()) best = Math.max(best, io.contraflow.analysis.semantic.Vectors.cosine(gist, g));
    return best;
  }

  /** One name and a longer form of it: "kherson" and "kherson region", "kakhovka dam" and "kakhovka". */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) return false;
    return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
  }

  private static double norm(double[] weights) {
    double s = 0;
    for (double w : weights) s += w * w;
    return Math.sqrt(s);
  }

}
