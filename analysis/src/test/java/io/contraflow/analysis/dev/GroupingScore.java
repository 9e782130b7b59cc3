package io.contraflow.analysis.dev;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Pairwise F1 of a grouping against the dev set's folders, the way the shared scorer computes it. */
final class GroupingScore {
  private GroupingScore() {}

  /** Pairs of articles in one gold event (distractors are each alone) against pairs given one predicted event. */
  static double pairwiseF1(List<SharedDev.DevArticle> articles, Map<String, String> predictedEventByFile) {
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        SharedDev.DevArticle x = articles.get(i), y = articles.get(j);
        boolean sameGold = x.label().equals(y.label());
        String px = predictedEventByFile.get(x.file());
        boolean samePredicted = px != null && Objects.equals(px, predictedEventByFile.get(y.file()));
        if (sameGold && samePredicted) tp++;
        else if (samePredicted) fp++;
        else if (sameGold) fn++;
      }
    }
    return tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
