package dev.parallax.core.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.Meaning.Role;
import dev.parallax.core.model.Meaning.SpanVector;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanEmbedderTest {
    private static final String TEXT = """
            Putin met Lukashenko in Minsk on Thursday, the Kremlin said.

            “Russia has no plan to absorb Belarus,” Putin told reporters. “Nobody is going to swallow anyone.”

            Trade between the two countries reached $50 billion in 2024, up 14% from a year earlier.

            Some 3,000 troops remain about 40 km from the border, according to Interfax.

            The leaders also discussed the price of gas, which Minsk wants cut by 10%.""";

    private static RawArticle article(String language, String text) {
        return new RawArticle("Test Wire", null, "Putin and Lukashenko meet in Minsk", OffsetDateTime.parse("2024-12-19T12:00:00Z"),
                null, language, text, SourceFormat.TEXT, "test");
    }

    private static ArticleAnalyzer analyzer(SentenceEncoder encoder, MeaningLimits limits) {
        return new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(encoder).withMeaning(limits));
    }

    @Test
    void quantizesUnitVectorsToInt8() {
        assertArrayEquals(new byte[] {127, -127, 0, 64, -64, 13}, SpanEmbedder.quantize(new float[] {1f, -1f, 0f, 0.5f, -0.5f, 0.1f}));
        assertArrayEquals(new byte[] {127, -127, 0}, SpanEmbedder.quantize(new float[] {1.5f, -3f, Float.NaN}));
    }

    @Test
    void cosineOfQuantizedVectorsStaysCloseToTheFloatCosine() {
        Random random = new Random(7);
        double errors = 0;
        for (int trial = 0; trial < 200; trial++) {
            float[] a = unit(random, 384);
            float[] b = unit(random, 384);
            // mix b towards a so that cosines spread over (-1, 1)
            float w = random.nextFloat() * 2 - 1;
            for (int i = 0; i < b.length; i++) b[i] = w * a[i] + (1 - Math.abs(w)) * b[i];
            b = unit(b);
            double exact = 0;
            for (int i = 0; i < a.length; i++) exact += a[i] * b[i];
            double quantized = Meaning.cosine(SpanEmbedder.quantize(a), SpanEmbedder.quantize(b));
            assertEquals(exact, quantized, 0.02, "trial " + trial);
            errors += Math.abs(exact - quantized);
        }
        assertTrue(errors / 200 < 0.005, "mean error " + errors / 200);
        float[] a = unit(random, 384);
        assertEquals(1.0, Meaning.cosine(SpanEmbedder.quantize(a), SpanEmbedder.quantize(a)), 1e-12);
    }

    @Test
    void embedsTheLeadAndEveryStatementButTheTitleInOneCallInTextOrder() {
        FakeEncoder encoder = new FakeEncoder();
        AnalyzedArticle a = analyzer(encoder, MeaningLimits.defaults().withMaxQuotes(5)).analyze(article("en", TEXT));
        Meaning m = a.meaning();
        assertEquals("fake-bag-of-words", m.model());
        assertEquals(FakeEncoder.DIMENSIONS, m.dimensions());
        assertEquals(1, encoder.calls.size(), "one encoder call per article");
        assertNotNull(m.lead());
        for (Claim c : a.claims()) {
            // the title is read in the lead, not again as a statement
            if (c.sentenceIndex() == 0) continue;
            assertNotNull(m.of(Role.CLAIM, c.start(), c.end()), c.text());
        }
        for (Quote q : a.quotes()) {
            assertNotNull(m.of(Role.QUOTE, q.start(), q.end()), q.text());
        }
        assertEquals(m.vectors().stream().sorted(Comparator.comparingInt(SpanVector::start)).toList(), m.vectors());
        assertTrue(a.warnings().stream().noneMatch(w -> w.startsWith("meaning")), a.warnings().toString());
        // a quote is embedded as its words alone
        assertTrue(encoder.calls.get(0).stream().anyMatch(t -> t.startsWith("Russia has no plan to absorb Belarus")),
                encoder.calls.get(0).toString());
    }

    @Test
    void theLeadIsTheTitleAndOpeningSentencesUpToTheLimit() {
        FakeEncoder encoder = new FakeEncoder();
        AnalyzedArticle a = analyzer(encoder, new MeaningLimits(150, 0, 0, java.util.Set.of("en"))).analyze(article("en", TEXT));
        String lead = encoder.calls.get(0).get(0);
        // the cleaner made the title the first sentence: it is read once
        assertTrue(lead.startsWith("Putin and Lukashenko meet in Minsk Putin met Lukashenko in Minsk on Thursday"), lead);
        assertTrue(lead.length() <= 150, lead);
        SpanVector v = a.meaning().vectors().get(0);
        assertEquals(Role.LEAD, v.role());
        assertEquals(a.sentences().get(0).start(), v.start());
        assertEquals(1, a.meaning().vectors().size());
    }

    @Test
    void capsStatementsAndQuotesInTextOrderAndSaysSo() {
        FakeEncoder encoder = new FakeEncoder();
        AnalyzedArticle a = analyzer(encoder, MeaningLimits.defaults().withMaxStatements(2).withMaxQuotes(1)).analyze(article("en", TEXT));
        List<SpanVector> statements = a.meaning().vectors().stream().filter(v -> v.role() == Role.CLAIM).toList();
        List<SpanVector> quotes = a.meaning().vectors().stream().filter(v -> v.role() == Role.QUOTE).toList();
        assertEquals(2, statements.size());
        assertEquals(1, quotes.size());
        // the first statements after the title, in text order: news says what matters first
        assertEquals(a.sentences().get(1).start(), statements.get(0).start());
        assertEquals(a.sentences().get(2).start(), statements.get(1).start());
        assertEquals(a.quotes().get(0).start(), quotes.get(0).start());
        assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("meaning: embedded the first 2 of ") && w.contains("statements and the first 1 of "
                + a.quotes().size() + " quotes")), a.warnings().toString());
        assertNotNull(a.meaning().lead(), "the lead is always embedded");
    }

    @Test
    void accountsInAnotherLanguageGetALeadVectorOnly() {
        FakeEncoder encoder = new FakeEncoder();
        AnalyzedArticle a = analyzer(encoder, MeaningLimits.defaults()).analyze(article("de", TEXT));
        assertEquals(List.of(Role.LEAD), a.meaning().vectors().stream().map(SpanVector::role).toList());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("only the lead is embedded") && w.contains("not de")),
                a.warnings().toString());
        AnalyzedArticle british = analyzer(encoder, MeaningLimits.defaults()).analyze(article("en-GB", TEXT));
        assertTrue(british.meaning().vectors().size() > 1, "a regional English tag is English");
    }

    @Test
    void withoutAnEncoderThereIsNoMeaningAndNoWord() {
        AnalyzedArticle a = ArticleAnalyzer.withDefaults().analyze(article("en", TEXT));
        assertEquals(Meaning.NONE, a.meaning());
        assertTrue(a.warnings().stream().noneMatch(w -> w.startsWith("meaning")));
    }

    @Test
    void sameArticleSameVectors() {
        ArticleAnalyzer analyzer = analyzer(new FakeEncoder(), MeaningLimits.defaults());
        Meaning first = analyzer.analyze(article("en", TEXT)).meaning();
        Meaning second = analyzer.analyze(article("en", TEXT)).meaning();
        assertEquals(first.vectors().size(), second.vectors().size());
        for (int i = 0; i < first.vectors().size(); i++) {
            SpanVector x = first.vectors().get(i), y = second.vectors().get(i);
            assertEquals(List.of(x.role(), x.start(), x.end()), List.of(y.role(), y.start(), y.end()));
            assertArrayEquals(x.vector(), y.vector());
        }
    }

    @Test
    void aFailingEncoderLeavesTheRestOfTheAnalysis() {
        SentenceEncoder broken = new SentenceEncoder() {
            public String model() { return "broken"; }
            public int dimensions() { return 4; }
            public List<float[]> encode(List<String> texts) { throw new IllegalStateException("no model here"); }
        };
        AnalyzedArticle a = analyzer(broken, MeaningLimits.defaults()).analyze(article("en", TEXT));
        assertEquals(Meaning.NONE, a.meaning());
        assertFalse(a.claims().isEmpty());
        assertTrue(a.warnings().contains("meaning failed: IllegalStateException (no model here)"), a.warnings().toString());
    }

    @Test
    void anEmptyArticleHasNothingToEmbed() {
        FakeEncoder encoder = new FakeEncoder();
        RawArticle empty = new RawArticle("Test Wire", null, null, null, null, "en", "", SourceFormat.TEXT, "test");
        assertEquals(Meaning.NONE, analyzer(encoder, MeaningLimits.defaults()).analyze(empty).meaning());
        assertTrue(encoder.calls.isEmpty());
        assertNull(Meaning.NONE.lead());
    }

    private static float[] unit(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) random.nextGaussian();
        return unit(v);
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / norm);
        return u;
    }
}
