/**
 * The meaning layer of analysis: {@link dev.parallax.core.meaning.SpanEmbedder} embeds an article's
 * lead, its most check-worthy claims and its quotes once, with the
 * {@link dev.parallax.core.meaning.SentenceEncoder} given in {@link dev.parallax.core.AnalyzerConfig}
 * (none: {@link dev.parallax.core.model.Meaning#NONE}), within
 * {@link dev.parallax.core.meaning.MeaningLimits}.
 *
 * <p>Reading the vectors of an {@link dev.parallax.core.model.AnalyzedArticle} {@code a}:
 * <pre>
 * byte[] lead  = a.meaning().lead();
 * byte[] claim = a.meaning().of(Role.CLAIM, claim.start(), claim.end());
 * byte[] quote = a.meaning().of(Role.QUOTE, quote.start(), quote.end());
 * double similarity = Meaning.cosine(x, y);
 * </pre>
 * Each is null when that span was not embedded (no encoder, beyond the caps, or claims and quotes of
 * an account not in English): fall back to words then. Compare vectors only when both analyses name
 * the same {@code meaning().model()}, and round similarities before thresholds so output stays
 * deterministic. The sentence model barely sees who does what to whom ("Belarus has no plan to
 * absorb Russia" scores 0.99 against "Russia has no plan to absorb Belarus", the paraphrase "Moscow
 * does not intend to swallow Belarus" 0.81, an unrelated sentence below 0.1), so pair it with
 * entities and speakers.
 */
package dev.parallax.core.meaning;
