package io.contraflow.analysis.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.Set;

/**
 * all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the model jar on the classpath: nothing is
 * downloaded. The model loads once per JVM (about 0.6 s), on first use. A headline with a one-sentence lead (about 50
 * word pieces) takes about 5.4 ms of one core, 6.3 ms before this class ran the model itself (400 generated leads,
 * median of rounds, old and new in alternating JVMs, load 1.2–2.6, 30 Nov 2026): about 0.4–0.5 ms of the difference
 * is langchain4j's wrapper (below), the rest ONNX Runtime 1.26 instead of 1.20 (the parent pom says why that version).
 * The rest is the model: a run costs about 0.7 ms plus 0.085 ms per word piece (4 to 128 pieces), two thirds of it in
 * the 36 quantized matrix products (ONNX Runtime's profiler), so only a shorter text would save much, and the lead
 * stays as long as grouping needs it ({@link Lead}).
 *
 * <p>This is what langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel} computes (the same ONNX file and
 * tokenizer from its jar, mean pooling, unit length), without its wrapper. langchain4j tokenized every text twice
 * (into word pieces, then the pieces joined back into text and encoded again) and copied the model's output into one
 * array per token; here the text is encoded once and the output read from one buffer. The token ids are the same:
 * compared on 3,011 texts (real and generated leads, every sentence of the dev and held-out articles, whole bodies past
 * the limit, odd characters), all equal. Both keep the tokenizer file's limit, the first 128 word pieces with the two
 * markers; langchain4j's own split at 510 pieces never applied. The vectors differ from langchain4j's by at most 3e-8
 * per component (rounding of the pooling), on the same texts; MiniLmEmbedderTest keeps ten of the old vectors.
 *
 * <p>Session options: one intra-op thread that does not spin. With ONNX Runtime's default options a second, pool
 * thread spun beside the calling thread and burned about as much CPU as the stream thread itself (ThroughputBench,
 * issue 13): 16–24 ms of CPU per headline and lead against 11–12 ms then, on the loaded 2-core machine; the
 * parallelism to use is the application's (stream threads), not one article's. All graph optimisations (ONNX Runtime's
 * default, stated here because it is part of the result): with the basic level only, the quantized matrix products
 * are not fused and the vectors move (cosine down to 0.98 on the texts above). Denormals as zero, no memory pattern
 * and no arena were each tried: the vectors stay the same and the time changes by less than the noise (2%).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  static final int DIMENSIONS = 384;

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
  /** The model's only output, one 384-dimension row per word piece. */
  private static final String HIDDEN_STATE = "last_hidden_state";

  private record Model(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {}

  private static final class Holder {
    static final Model MODEL = load();
  }

  private static Model load() {
    ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL_FILE); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_FILE)) {
      if (model == null || tokenizer == null) throw new IllegalStateException(MODEL_FILE + " or its tokenizer is missing from the classpath");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      // No padding (one text per run); truncation as the tokenizer file says, as langchain4j read it.
      return new Model(environment, session, HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
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
    Model model = Holder.MODEL;
    // An empty text has no word pieces to average; "." stands for it, as before.
    Encoding encoding = model.tokenizer().encode(text.isBlank() ? "." : text);
    long[] ids = encoding.getIds();
    long[] shape = {1, ids.length};
    OrtEnvironment environment = model.environment();
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor attentionMask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
        OnnxTensor tokenTypes = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
        OrtSession.Result result = model.session().run(
            Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", tokenTypes), Set.of(HIDDEN_STATE))) {
      FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
      // Mean pooling: one text, no padding, so every word piece (the two markers too) counts. Dividing by their number
      // would not change the direction, and the vector is normalised next.
      float[] sum = new float[DIMENSIONS];
      for (int token = 0, at = 0; token < ids.length; token++) {
        for (int d = 0; d < DIMENSIONS; d++) sum[d] += hidden.get(at++);
      }
      return Vectors.normalized(sum);
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM could not embed a text of " + ids.length + " word pieces", e);
    }
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }
}
