/**
 * Sentence embeddings for core's {@link dev.parallax.core.meaning.SentenceEncoder}: the one module that
 * carries a model runtime (ONNX Runtime) and a model (all-MiniLM-L6-v2, int8). Core and comparator
 * stay free of both; the application, the CLI and the benchmarks pass
 * {@link dev.parallax.meaning.MiniLmSentenceEncoder#shared()} to the analyzer.
 */
package dev.parallax.meaning;
