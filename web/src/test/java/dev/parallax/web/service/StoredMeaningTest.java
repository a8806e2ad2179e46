package dev.parallax.web.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.Quote;
import dev.parallax.db.ArticleAnalysisEntity;
import dev.parallax.db.ArticleAnalysisRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The sentence embeddings travel inside the stored analysis and read back byte for byte. */
@QuarkusTest
class StoredMeaningTest {
    private static final Logger LOG = Logger.getLogger(StoredMeaningTest.class);

    @Inject
    ArticleImportService imports;
    @Inject
    AnalysisService analyses;
    @Inject
    ArticleAnalysisRepository stored;
    @Inject
    ObjectMapper json;

    @Test
    void vectorsAreStoredWithTheAnalysisAndReadBackIdentically() throws Exception {
        String article = """
                Title: Lukashenko and Putin talk trade in Minsk
                Outlet: Meaning Wire
                Published: 2024-12-19

                Russian President Vladimir Putin met Alexander Lukashenko in Minsk on Thursday.

                “Russia has no plan to absorb Belarus,” Putin told reporters after the talks.

                Trade between the two countries reached $50 billion this year, the Kremlin said.
                """;
        ImportReport report = imports.importInputs(List.of(new ArticleImportService.NamedInput("meaning.txt",
                article.getBytes(StandardCharsets.UTF_8))), "Meaning Wire");
        String id = report.created().isEmpty() ? report.existing().get(0).id() : report.created().get(0).id();

        AnalyzedArticle made = analyses.analyses(List.of(id), true, n -> { }).get(id);
        Meaning meaning = made.meaning();
        assertTrue(meaning.model().startsWith("all-MiniLM-L6-v2-q"), meaning.model());
        assertEquals(384, meaning.dimensions());
        assertNotNull(meaning.lead());
        for (Claim c : made.claims()) {
            assertNotNull(meaning.of(Meaning.Role.CLAIM, c.start(), c.end()), c.text());
        }
        Quote quote = made.quotes().get(0);
        // quotes are not embedded on their own by default (MeaningLimits.defaults): a quote is read
        // through the statement that carries it
        assertTrue(meaning.vectors().stream().anyMatch(v -> v.role() == Meaning.Role.CLAIM
                && v.start() <= quote.start() && quote.end() <= v.end()), "the statement carrying " + quote.text());

        ArticleAnalysisEntity row = QuarkusTransaction.requiringNew().call(
                () -> stored.current(List.of(id), AnalysisService.ANALYZER_VERSION).get(0));
        Meaning read = json.readValue(row.analysis, AnalyzedArticle.class).meaning();
        assertEquals(meaning.model(), read.model());
        assertEquals(meaning.dimensions(), read.dimensions());
        assertEquals(meaning.vectors().size(), read.vectors().size());
        for (int i = 0; i < meaning.vectors().size(); i++) {
            Meaning.SpanVector a = meaning.vectors().get(i), b = read.vectors().get(i);
            assertEquals(List.of(a.role(), a.start(), a.end()), List.of(b.role(), b.start(), b.end()));
            assertArrayEquals(a.vector(), b.vector());
        }

        // compact: base64 of 384 bytes per span; the vectors add a few kilobytes to the stored document
        int with = json.writeValueAsString(made).length();
        int without = json.writeValueAsString(made.withMeaning(Meaning.NONE)).length();
        LOG.infof("stored analysis: %d chars without vectors, %d with %d vectors", without, with, meaning.vectors().size());
        assertTrue(with - without < meaning.vectors().size() * 600, (with - without) + " chars for " + meaning.vectors().size());
        assertFalse(row.analysis.isBlank());
    }
}
