package io.contraflow.analysis.nlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;

/**
 * Greedy part-of-speech tagging with the weights of OpenNLP's maxent tagger, without building some thirty feature
 * strings and looking each one up for every token.
 *
 * <p>The model is linear: a tag's score is the sum of the weights of the token's features, and the features of the
 * English model ({@code generator.featuregen} in the model file) fall into independent groups: those of the word itself
 * (affixes, shape, lower-case form), those of each neighbour within two tokens ({@code p1w=}, {@code p2w=},
 * {@code n1w=}, {@code n2w=} with the neighbour's lower-case form), the sentence start ({@code S=begin} and its window
 * copies) and the previous one or two tags ({@code t=}, {@code t2=}). The summed weights of each group are cached per
 * word, so tagging a known word costs two map lookups and a few vector additions. The word's own features are made by
 * OpenNLP's own context generator (on a one-word sentence), so affixes and word classes are exactly OpenNLP's.
 *
 * <p>The best tag at each position given the tags before it is what {@code POSTaggerME} with beam size 1 returns;
 * {@code GreedyPosTaggerTest} checks the two agree token for token. One instance per thread: the caches are not
 * synchronised.
 */
final class GreedyPosTagger {
  /** Cached words per map before the map is emptied: a few megabytes, and news vocabulary repeats. */
  static final int CACHE_LIMIT = 50_000;
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int N1 = 2;
  private static final int N2 = 3;
  private static final String[] NEIGHBOUR_PREFIXES = {"p1w=", "p2w=", "n1w=", "n2w="};

  private final POSContextGenerator contextGenerator;
  /** Feature name to its weights, one per tag the feature was seen with in training. */
  private final Map<String, Context> predicates;
  private final String[] tags;
  private final int tagCount;
  private final double[] sentenceStart;
  private final double[] afterStart;
  private final double[] twoAfterStart;
  private final double[][] previousTag;
  private final double[][] previousTwoTags;
  /**
   * Whether every neighbour feature in the model ("p1w=x") has its word feature ("w=x"): then a word without a word
   * feature (a name never seen in training, or seen too rarely to keep) has no neighbour weights either, and one lookup
   * settles it instead of four. Checked on the model when loaded, so the shortcut is exact.
   */
  private final boolean neighboursImplyWord;
  private final double[] noNeighbourWeights;
  /** By word as written: its own features' weights, and its four neighbour features' weights one after another. */
  private final Map<String, double[][]> words = new HashMap<>();

  @SuppressWarnings("unchecked")
  GreedyPosTagger(POSModel model) {
    AbstractModel maxent = (AbstractModel) model.getArtifact("pos.model");
    Object[] data = maxent.getDataStructures();
    this.predicates = (Map<String, Context>) data[1];
    this.tags = (String[]) data[2];
    this.tagCount = tags.length;
    this.contextGenerator = model.getFactory().getPOSContextGenerator();
    if (model.getFactory().getTagDictionary() != null) {
      // A tag dictionary restricts the tags a known word may take; this scorer does not apply one.
      throw new IllegalArgumentException("POS models with a tag dictionary are not supported");
    }
    this.sentenceStart = weights("S=begin");
    this.afterStart = weights("p1S=begin");
    this.twoAfterStart = weights("p2S=begin");
    this.previousTag = new double[tagCount][];
    this.previousTwoTags = new double[tagCount * tagCount][];
    this.neighboursImplyWord = NEIGHBOURS_IMPLY_WORD.computeIfAbsent(predicates, GreedyPosTagger::neighboursImplyWord);
    this.noNeighbourWeights = new double[NEIGHBOUR_PREFIXES.length * tagCount];
  }

  String[] tag(String[] words) {
    int n = words.length;
    double[][] ownWeights = new double[n][];
    double[][] neighbourWeights = new double[n][];
    for (int i = 0; i < n; i++) {
      double[][] w = weightsOf(words[i]);
      ownWeights[i] = w[0];
      neighbourWeights[i] = w[1];
    }
    int[] chosen = new int[n];
    String[] out = new String[n];
    double[] score = new double[tagCount];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ownWeights[i], 0, score, 0, tagCount);
      if (i == 0) add(score, sentenceStart, 0);
      if (i == 1) add(score, afterStart, 0);
      if (i == 2) add(score, twoAfterStart, 0);
      if (i >= 1) {
        add(score, neighbourWeights[i - 1], P1 * tagCount);
        add(score, previousTag(chosen[i - 1]), 0);
      }
      if (i >= 2) {
        add(score, neighbourWeights[i - 2], P2 * tagCount);
        add(score, previousTwoTags(chosen[i - 2], chosen[i - 1]), 0);
      }
      if (i + 1 < n) add(score, neighbourWeights[i + 1], N1 * tagCount);
      if (i + 2 < n) add(score, neighbourWeights[i + 2], N2 * tagCount);
      int best = 0;
      for (int t = 1; t < tagCount; t++) if (score[t] > score[best]) best = t;
      chosen[i] = best;
      out[i] = tags[best];
    }
    return out;
  }

  private static void add(double[] into, double[] weights, int offset) {
    for (int t = 0; t < into.length; t++) into[t] += weights[offset + t];
  }

  /** Per model (its feature map, by identity): a pass over every feature, done once, not per tagger. */
  private static final Map<Object, Boolean> NEIGHBOURS_IMPLY_WORD = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private static boolean neighboursImplyWord(Object featureMap) {
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) featureMap;
    return features.keySet().stream()
        .filter(f -> f.length() > 4 && f.charAt(2) == 'w' && f.charAt(3) == '=' && (f.startsWith("p1") || f.startsWith("p2") || f.startsWith("n1") || f.startsWith("n2")))
        .allMatch(f -> features.containsKey("w=" + f.substring(4)));
  }

  private double[][] weightsOf(String word) {
    double[][] w = words.get(word);
    if (w == null) {
      if (words.size() >= CACHE_LIMIT) words.clear();
      w = new double[][] {own(word), neighbour(word)};
      words.put(word, w);
    }
    return w;
  }

  private double[] own(String word) {
    double[] w = new double[tagCount];
    for (String feature : contextGenerator.getContext(0, new String[] {word}, new String[0], null)) {
      if (!feature.equals("S=begin")) addWeights(w, 0, feature);
    }
    return w;
  }

  private double[] neighbour(String word) {
    String lower = StringUtil.toLowerCase(word);
    if (neighboursImplyWord && !predicates.containsKey("w=" + lower)) return noNeighbourWeights;
    double[] w = new double[NEIGHBOUR_PREFIXES.length * tagCount];
    for (int k = 0; k < NEIGHBOUR_PREFIXES.length; k++) addWeights(w, k * tagCount, NEIGHBOUR_PREFIXES[k] + lower);
    return w;
  }

  private double[] previousTag(int tag) {
    double[] w = previousTag[tag];
    if (w == null) w = previousTag[tag] = weights("t=" + tags[tag]);
    return w;
  }

  private double[] previousTwoTags(int first, int second) {
    double[] w = previousTwoTags[first * tagCount + second];
    if (w == null) w = previousTwoTags[first * tagCount + second] = weights("t2=" + tags[first] + "," + tags[second]);
    return w;
  }

  private double[] weights(String feature) {
    double[] w = new double[tagCount];
    addWeights(w, 0, feature);
    return w;
  }

  private void addWeights(double[] into, int offset, String feature) {
    Context c = predicates.get(feature);
    if (c == null) return; // a feature never seen in training weighs nothing
    int[] outcomes = c.getOutcomes();
    double[] values = c.getParameters();
    for (int k = 0; k < outcomes.length; k++) into[offset + outcomes[k]] += values[k];
  }
}
