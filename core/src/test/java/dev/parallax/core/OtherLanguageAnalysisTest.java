package dev.parallax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Modality;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The English-only stages stay off accounts in other languages; names, dates and numbers are still read. */
class OtherLanguageAnalysisTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static AnalyzedArticle analyze(String text, OffsetDateTime published) {
        return ANALYZER.analyze(new RawArticle("Test Outlet", null, null, published, null, null, text, SourceFormat.TEXT,
                "test"));
    }

    @Test
    void indonesianAccountKeepsNamesAndDatesButNoEnglishReadings() {
        AnalyzedArticle a = analyze("Presiden Joe Biden dan Perdana Menteri Kanada, Rabu (7/6), mengumumkan kesepakatan baru "
                + "di Gedung Putih.\n\nKesepakatan itu akan memperkuat hubungan kedua negara, kata Biden kepada wartawan "
                + "yang hadir di sana.", OffsetDateTime.of(2023, 6, 8, 9, 0, 0, 0, ZoneOffset.UTC));
        assertEquals("id", a.language());
        assertTrue(a.mentions().stream().anyMatch(m -> m.entityId().equals("person:biden")), a.mentions().toString());
        assertTrue(a.mentions().stream().noneMatch(m -> m.match() == MatchKind.UNKNOWN), a.mentions().toString());
        assertTrue(a.times().stream().anyMatch(t -> LocalDate.of(2023, 6, 7).equals(t.from())), a.times().toString());
        assertTrue(a.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT));
        assertTrue(a.claims().stream().allMatch(c -> c.modality() == Modality.ASSERTED));
    }

    @Test
    void germanNounsAreNotUnknownNames() {
        AnalyzedArticle a = analyze("Die Regierung hat am Montag in Berlin neue Regeln für die Energiepolitik vorgestellt, "
                + "und die Opposition kritisierte den Entwurf.", null);
        assertEquals("de", a.language());
        assertTrue(a.mentions().stream().noneMatch(m -> m.match() == MatchKind.UNKNOWN), a.mentions().toString());
    }

    @Test
    void aDeclaredLanguageIsKept() {
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Test Outlet", null, null, null, null, "FR",
                "Short text in any language at all, declared French by its reader.", SourceFormat.TEXT, "test"));
        assertEquals("fr", a.language());
    }
}
