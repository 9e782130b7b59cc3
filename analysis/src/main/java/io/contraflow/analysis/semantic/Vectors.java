package io.contraflow.analysis.semantic;

/**
 * Small vector helpers for embeddings, and their compact form: one signed byte per dimension (the vectors are unit
 * length, so each component is in [-1, 1] and 1/127 steps lose under 1% of cosine), 384 bytes instead of 1,536.
 */
public final class Vectors {
  private Vectors() {}

  public static float cosine(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) return 0f;
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
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

  /** One byte per component; the inverse of {@link #fromBytes}. */
  public static byte[] toBytes(float[] unit) {
    byte[] out = new byte[unit.length];
    for (int i = 0; i < unit.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(unit[i] * 127f)));
    }
    return out;
  }

  public static float[] fromBytes(byte[] packed) {
    float[] out = new float[packed.length];
    for (int i = 0; i < packed.length; i++) out[i] = packed[i] / 127f;
    return out;
  }
}
