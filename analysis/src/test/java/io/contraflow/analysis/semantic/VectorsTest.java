package io.contraflow.analysis.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed form of an embedding keeps its cosines to the third decimal, and packing twice changes nothing. */
class VectorsTest {
  private static float[] unit(Random r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian();
    return Vectors.normalized(v);
  }

  /** A vector at a chosen cosine to {@code a}: a mixed with an independent direction. */
  private static float[] near(float[] a, Random r, double cosine) {
    float[] noise = unit(r, a.length);
    float[] out = new float[a.length];
    double k = Math.sqrt(1 - cosine * cosine);
    for (int i = 0; i < a.length; i++) out[i] = (float) (cosine * a[i] + k * noise[i]);
    return Vectors.normalized(out);
  }

  @Test
  void packedVectorsKeepTheirCosines() {
    Random r = new Random(7);
    double worst = 0;
    for (int trial = 0; trial < 200; trial++) {
      float[] a = unit(r, 384);
      float[] b = near(a, r, 0.3 + 0.5 * r.nextDouble());
      double exact = Vectors.cosine(a, b);
      double packed = Vectors.cosine(Vectors.fromBytes(Vectors.toBytes(a)), Vectors.fromBytes(Vectors.toBytes(b)));
      worst = Math.max(worst, Math.abs(exact - packed));
    }
    assertThat(worst).as("largest cosine error over 200 pairs").isLessThan(0.005);
  }

  @Test
  void packingAPackedVectorGivesTheSameBytes() {
    byte[] once = Vectors.toBytes(unit(new Random(11), 384));
    assertThat(Vectors.toBytes(Vectors.fromBytes(once))).isEqualTo(once);
  }
}
