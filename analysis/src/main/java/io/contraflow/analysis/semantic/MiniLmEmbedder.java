package io.contraflow.analysis.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the model jar on the classpath: nothing is
 * downloaded. About 1.4 ms for a headline and 3.7 ms for a headline with a one-sentence lead on one core of this
 * project's 2-core machine (measured with a throw-away loop; the benchmarks module tracks it). The model loads once
 * per JVM (about 0.6 s), on first use.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  static final int DIMENSIONS = 384;

  private static final class Holder {
    static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  private static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

  private MiniLmEmbedder() {}

  public static MiniLmEmbedder get() {
    return INSTANCE;
  }

  @Override
  public float[] embed(String text) {
    float[] v = Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
    return Vectors.normalized(v);
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }
}
