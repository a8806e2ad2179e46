package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation in quote marks that edits the speaker's words inside the span (two sentences of the record joined
 * with an inserted "and") against the transcript, with the real analyzer and sentence model; and the look-alikes
 * that are no rewording: a spelling of the same words, an excerpt, an edit the outlet marks, reported speech.
 * Every account here is written for this test.
 */
class QuotationEditedInsideTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2023-07-12T12:00:00Z"),
                null, null, text, SourceFormat.TEXT, outlet));
    }

    /** The record: the prime minister's closing words, two sentences as said. */
    private static AnalyzedArticle transcript() {
        return account("Press Office", "Remarks on the joint declaration of support for Ukraine\n\n"
                + "PRIME MINISTER KISHIDA: Today the seven leaders sign a declaration of lasting support for Ukraine. "
                + "Any country that shares this aim is welcome to sign it as well. "
                + "The G-7 is going to remain at Ukraine's side for as long as it takes. Our resolve will not weaken in the slightest.\n\n"
                + "PRESIDENT BIDEN: Thank you, Fumio. This declaration tells Moscow that time is not on its side.\n\n"
                + "PRESIDENT ZELENSKYY: Thank you. For our soldiers this is a signal that the partners stay with them.");
    }

    private static AnalyzedArticle report(String outlet, String closing) {
        return account(outlet, "Leaders of the G7 signed a joint declaration of support for Ukraine with President Volodymyr Zelenskyy "
                + "in Vilnius on Wednesday, during the NATO summit.\n\n"
                + "Japanese Prime Minister Fumio Kishida, who chairs the group this year, said other countries were welcome to join.\n\n"
                + closing + "\n\n"
                + "Zelenskyy thanked the partners and said the soldiers at the front would take it as a signal.");
    }

    private static List<Discrepancy> quoteWording(ComparisonReport r) {
        return Accounts.discrepancies(r, DiscrepancyType.QUOTE_WORDING);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static List<Discrepancy> against(String closing) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(transcript(), report("Kyiv Ledger", closing)));
        return quoteWording(r).stream().filter(d -> evidence(List.of(d)).contains("resolve")).toList();
    }

    private static void silent(String closing) {
        List<Discrepancy> found = against(closing);
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void twoSentencesOfTheRecordQuotedAsOneJoinedWithAnInsertedWordAreARewording() {
        List<Discrepancy> found = against("\"The G7 is going to remain at Ukraine's side for as long as it takes, and our resolve "
                + "will not weaken in the slightest,\" Kishida said.");
        String ev = evidence(found);
        assertTrue(ev.contains("as long as it takes. Our resolve") && ev.contains("as long as it takes, and our resolve"), ev);
        // an inserted joining word changes no claim: LOW, though the words carry a negation both keep
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.LOW), found.toString());
    }

    @Test
    void theSameWordsSpelledOtherwiseAreNoRewording() {
        silent("\"The G7 is going to remain at Ukraine's side for as long as it takes. Our resolve will not weaken "
                + "in the slightest,\" Kishida said.");
    }

    @Test
    void anExcerptOfTheRecordIsNoRewording() {
        silent("\"Our resolve will not weaken in the slightest,\" Kishida said.");
    }

    @Test
    void anEditTheOutletMarksIsNoRewording() {
        silent("\"The G7 is going to remain at Ukraine's side ... our resolve will not weaken in the slightest,\" "
                + "Kishida said.");
        silent("\"The G7 is going to remain at Ukraine's side for as long as it takes, [and] our resolve will not "
                + "weaken in the slightest,\" Kishida said.");
    }

    @Test
    void reportedSpeechIsNoRewordingOfTheRecord() {
        // a summary in the third person that keeps the speaker's words and joins them as the quotation does
        silent("Kishida said the G-7 is going to remain at Ukraine's side for as long as it takes and our resolve will not weaken "
                + "in the slightest.");
    }
}
