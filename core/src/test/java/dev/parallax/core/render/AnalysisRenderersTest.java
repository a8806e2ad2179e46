package dev.parallax.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.AnalysisThresholds;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.meaning.SentenceEncoder;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisRenderersTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static AnalyzedArticle analyze(String text) {
        return analyze(text, null);
    }

    /** The cleaner puts a known title first, as the headline paragraph. */
    private static AnalyzedArticle analyze(String text, String title) {
        return ANALYZER.analyze(new RawArticle("Wire", "https://example.org/a", title, OffsetDateTime.parse(
                "2024-12-19T10:00:00Z"), null, "en", text, SourceFormat.TEXT, "a.txt"));
    }

    /** Keeps the text as given, so offsets in the test are predictable whatever the cleaner drops. */
    private static final ArticleAnalyzer VERBATIM = new ArticleAnalyzer(new AnalyzerConfig(Gazetteer.defaults(),
            AnalysisThresholds.defaults(), raw -> new CleanedArticle(raw.text(), List.of(), null, List.of())));

    @Test
    void jsonOffsetsAreCodePointsAndOutputIsDeterministic() {
        RawArticle raw = new RawArticle("Wire", null, null, null, null, "en",
                "🇧🇾 Lukashenko met Putin in Minsk on Thursday.", SourceFormat.TEXT, "a.txt");
        AnalyzedArticle a = VERBATIM.analyze(raw);
        String json = AnalysisRenderers.json(List.of(a));
        assertEquals(json, AnalysisRenderers.json(List.of(VERBATIM.analyze(raw))));
        // the flag is 2 code points (4 chars): "Lukashenko" starts at code point 3, char 5
        assertEquals(5, a.mentions().get(0).start());
        assertTrue(json.contains("\"surface\" : \"Lukashenko\",\n      \"start\" : 3,"), json);
        assertTrue(json.indexOf("\"id\"") < json.indexOf("\"outlet\"") && json.indexOf("\"mentions\"") < json.indexOf("\"claims\""));
    }

    @Test
    void textShowsEverySection() {
        String text = AnalysisRenderers.text(List.of(analyze("“Trade grew 12%,” Lukashenko said in Minsk on Thursday.", "Talks")));
        for (String part : List.of("== Wire: Talks", "-- Sentences (2)", "[0/p0] Talks", "person:lukashenko", "ALIAS", "2024-12-19",
                "PERCENT 12 %", "DIRECT person:lukashenko", "c0 ASSERTED", "-- Removed")) {
            assertTrue(text.contains(part), part + " missing in\n" + text);
        }
    }

    /** Every text maps to the same unit vector: enough to see how vectors are printed. */
    private static final SentenceEncoder CONSTANT = new SentenceEncoder() {
        public String model() { return "constant"; }
        public int dimensions() { return 3; }
        public List<float[]> encode(List<String> texts) {
            return texts.stream().map(t -> new float[] {0.6f, 0.8f, 0f}).toList();
        }
    };

    @Test
    void meaningIsPrintedCompactlyWithCodePointOffsets() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new AnalyzerConfig(Gazetteer.defaults(), AnalysisThresholds.defaults(),
                raw -> new CleanedArticle(raw.text(), List.of(), null, List.of())).withEncoder(CONSTANT)
                .withMeaning(dev.parallax.core.meaning.MeaningLimits.defaults().withMaxQuotes(1)));
        AnalyzedArticle a = analyzer.analyze(new RawArticle("Wire", null, null, null, null, "en",
                "🇧🇾 Lukashenko met Putin in Minsk on Thursday, the Kremlin said.", SourceFormat.TEXT, "a.txt"));
        String json = AnalysisRenderers.json(List.of(a));
        // 0.6 and 0.8 become 76 and 102: base64 of the bytes 76, 102, 0
        assertTrue(json.contains("\"meaning\" : {\n    \"model\" : \"constant\",\n    \"dimensions\" : 3,"), json);
        assertTrue(json.contains("\"role\" : \"LEAD\",\n      \"start\" : 0,\n      \"end\" : 63,\n      \"vector\" : \"TGYA\""), json);
        assertTrue(json.contains("\"role\" : \"CLAIM\""), json);
        String text = AnalysisRenderers.text(List.of(a));
        assertTrue(text.contains("-- Meaning: 3 spans embedded (lead, 1 statement, 1 quote) by constant"), text);
        assertTrue(AnalysisRenderers.json(List.of(analyze("Putin met Lukashenko."))).contains("\"meaning\" : {\n    \"model\" : null"));
    }
}
