package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventSimilarityTest {
  @Test
  void everyNameTheArticleIsAboutIsAProbeHoweverLightItWeighs() {
    // Six people named again and again, and the stadium the story is about, named once: the
    // focus test joins on the stadium, so the pre-filter must not hide an event that shares only it.
    EventFeatures f = EventFeatures.of(new ArticleText("a", "Vesk, Arle, Lund, Orm, Tarn and Kell question police over crush",
        """
        KESTA - Anna Vesk, Jon Arle, Peter Lund, Eva Orm, Ida Tarn and Max Kell of the Tarvel Rights Commission met the
        Kesta Police Board on Monday about the match at Dorvik Stadium. Vesk said Arle, Lund, Orm, Tarn and Kell would
        report soon. Arle and Lund thanked Orm. Tarn and Kell thanked Vesk. Orm, Tarn, Kell, Arle, Lund and Vesk spoke
        again later. The Tarvel Rights Commission and the Kesta Police Board will meet again.""", null, null, Instant.EPOCH, "en"));
    assertThat(f.focal()).contains("dorvik stadium");
    EventSimilarity.ArticleVector v = EventSimilarity.vector(f, new BoundedTermStatistics(), null);
    assertThat(v.probes).contains("dorvik stadium");
  }
}
