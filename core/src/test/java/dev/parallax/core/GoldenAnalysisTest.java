package dev.parallax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.core.model.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-article golden files: {@code golden/<case>.txt} is a noisy article written for the test,
 * {@code golden/<case>.expected.txt} what every stage must find in it, one line per finding.
 */
class GoldenAnalysisTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest
    @ValueSource(strings = {"noisy-minsk-visit"})
    void analysisMatchesTheGoldenFile(String name) throws IOException {
        String text = resource(name + ".txt");
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Test Wire", null, null,
                OffsetDateTime.parse("2024-12-19T20:00:00+03:00"), null, "en", text, SourceFormat.TEXT, name));
        assertEquals(resource(name + ".expected.txt").strip(), String.join("\n", summary(a)));
    }

    static List<String> summary(AnalyzedArticle a) {
        List<String> lines = new ArrayList<>();
        for (EntityMention m : a.mentions()) {
            lines.add("entity " + m.entityId() + " " + m.match() + " \"" + m.surface() + "\"");
        }
        for (TimeExpression t : a.times()) {
            lines.add("time \"" + t.surface() + "\" " + t.granularity() + " "
                    + (t.duration() != null ? t.duration() : t.from() + ".." + t.to()));
        }
        for (Quantity q : a.quantities()) {
            lines.add("quantity \"" + q.surface() + "\" " + q.kind() + " " + q.value() + " " + q.unit()
                    + (q.approximate() ? " approximate" : ""));
        }
        for (Quote q : a.quotes()) {
            lines.add("quote " + q.kind() + " " + q.speakerId() + " \"" + q.text() + "\""
                    + (q.sourcing() == null ? "" : " via " + q.sourcing()));
        }
        for (Claim c : a.claims()) {
            lines.add("claim " + c.id() + " " + c.modality() + " " + (c.speakerId() == null ? "-" : c.speakerId()) + " \""
                    + c.text() + "\"");
        }
        return lines;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenAnalysisTest.class.getResourceAsStream("/dev/parallax/core/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
