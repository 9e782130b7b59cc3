package io.contraflow.analysis.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the model jar on the classpath: nothing is
 * downloaded. About 1.4 ms for a headline and 3.7 ms for a headline with a one-sentence lead on one core of this
 * project's 2-core machine (measured with a throw-away loop; the benchmarks module tracks it). The model loads once
 * per JVM (about 0.6 s), on first use.
 *
 * <p>The model is langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel} (the same ONNX file, tokenizer and mean
 * pooling), with its session on one intra-op thread that does not spin. With ONNX Runtime's default options a second,
 * pool thread spun beside the calling thread and burned about as much CPU as the stream thread itself (ThroughputBench,
 * issue 13): 16–24 ms of CPU per headline and lead against 11–12 ms now, on the loaded 2-core machine. The vectors are
 * bit-identical to the default options' on 300 generated headlines with leads (checked with a throw-away program); the
 * parallelism to use is the application's (stream threads), not one article's.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  static final int DIMENSIONS = 384;

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

  private static final class Holder {
    static final Model MODEL = new Model(load());
  }

  /** langchain4j's in-process model around our own session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(null);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }

  private static OnnxBertBiEncoder load() {
    ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL_FILE); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_FILE)) {
      if (model == null || tokenizer == null) throw new IllegalStateException(MODEL_FILE + " or its tokenizer is missing from the classpath");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("Could not load " + MODEL_FILE, e);
    }
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
