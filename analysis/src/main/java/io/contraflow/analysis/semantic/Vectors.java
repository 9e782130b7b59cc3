package io.contraflow.analysis.semantic;

/**
 * Small vector helpers for embeddings, and their compact form: one signed byte per dimension, 384 bytes instead of
 * 1,536.
 */
public final class Vectors {
  private Vectors() {}

  public static float cosine(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) return 0f;
    // Four independent float accumulators: the loop the JIT vectorises; 384 terms lose no precision that matters
    // to a similarity read to two decimals.
    float d0 = 0, d1 = 0, d2 = 0, d3 = 0, a0 = 0, a1 = 0, b0 = 0, b1 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      d0 += a[i] * b[i];
      d1 += a[i + 1] * b[i + 1];
      d2 += a[i + 2] * b[i + 2];
      d3 += a[i + 3] * b[i + 3];
      a0 += a[i] * a[i] + a[i + 2] * a[i + 2];
      a1 += a[i + 1] * a[i + 1] + a[i + 3] * a[i + 3];
      b0 += b[i] * b[i] + b[i + 2] * b[i + 2];
      b1 += b[i + 1] * b[i + 1] + b[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      d0 += a[i] * b[i];
      a0 += a[i] * a[i];
      b0 += b[i] * b[i];
    }
    double dot = (double) d0 + d1 + d2 + d3;
    double na = (double) a0 + a1;
    double nb = (double) b0 + b1;
    return na == 0 || nb == 0 ? 0f : (float) (dot / Math.sqrt(na * nb));
  }

  public static float[] normalized(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0) return v.clone();
    float inv = (float) (1.0 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] * inv;
    return out;
  }

  /**
   * One byte per component, scaled so that the largest component is 127: only the direction is kept (every use is a
   * cosine), at a resolution of 1/127 of the largest component. A unit vector's components are mostly near 0.05, so a
   * fixed 1/127 step (the first version) moved cosines by up to 0.02, enough to flip a grouping decision between the
   * in-process and the streamed pipeline. Packing a packed vector again gives the same bytes.
   */
  public static byte[] toBytes(float[] v) {
    float max = 0f;
    for (float x : v) max = Math.max(max, Math.abs(x));
    float scale = max == 0f ? 0f : 127f / max;
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * scale)));
    }
    return out;
  }

  /** The packed direction, as floats (not unit length: compare with {@link #cosine}). */
  public static float[] fromBytes(byte[] packed) {
    float[] out = new float[packed.length];
    for (int i = 0; i < packed.length; i++) out[i] = packed[i] / 127f;
    return out;
  }
}
