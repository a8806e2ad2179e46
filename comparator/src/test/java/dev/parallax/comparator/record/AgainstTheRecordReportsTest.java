package dev.parallax.comparator.record;

import static dev.parallax.comparator.record.Records.account;
import static dev.parallax.comparator.record.Records.record;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.render.ReportHtmlRenderer;
import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.comparator.render.ReportTextRenderer;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON, text and HTML reports show every quotation beside the record's passage, its verdict and why. */
class AgainstTheRecordReportsTest {
    private static final AnalyzedArticle RECORD = FidelityCheckTest.TRANSCRIPT;
    private static final AnalyzedArticle DIGEST = account("Quick <b>Digest</b>", "Vladimir Putin hosted Alexander Lukashenko on the Volga. "
            + "\"Since then trade between our countries has grown by 21 percent <script>x()</script>,\" Putin said.");
    private static final AnalyzedArticle WIRE = account("Northwire", "Vladimir Putin hosted Alexander Lukashenko on the Volga. "
            + "\"We met six months ago in Minsk,\" Putin said. After the talks Putin told reporters: \"Sanctions will never break us.\"");

    private static ComparisonReport report() {
        return Comparison.withDefaults().compareAsOneEvent(List.of(RECORD, DIGEST, WIRE), Set.of(RECORD.id()));
    }

    @Test
    void theJsonCarriesTheReferenceAndEveryVerdictWithBothSpans() {
        String json = new ReportJsonRenderer().render(report());
        assertTrue(json.contains("\"reference\" : [ \"" + RECORD.id() + "\" ]"), json);
        assertTrue(json.contains("\"verdict\" : \"ALTERED\""), json);
        assertTrue(json.contains("\"verdict\" : \"VERBATIM\""), json);
        assertTrue(json.contains("\"verdict\" : \"NOT_IN_RECORD\""), json);
        assertTrue(json.contains("\"record\" : null"), "NOT_IN_RECORD has no passage: " + json);
        assertTrue(json.contains("\"similarity\" : "), json);
    }

    @Test
    void theTextReportShowsTheWordsThatChanged() {
        String text = new ReportTextRenderer().render(report());
        assertTrue(text.contains("Against the record (Office of the President)"), text);
        assertTrue(text.contains("'12' → '21'"), text);
        assertTrue(text.contains("1 altered"), text);
    }

    @Test
    void theHtmlReportMarksChangesEscapesEverythingAndLinksTheDiscrepancy() {
        ComparisonReport r = report();
        String html = new ReportHtmlRenderer().render(r, List.of(RECORD, DIGEST, WIRE), Comparison.withDefaults());
        assertTrue(html.contains("<h3>Against the record</h3>"), html);
        assertTrue(html.contains("<ins>21</ins>") && html.contains("<del>12</del>"), html);
        assertTrue(html.contains("Quick &lt;b&gt;Digest&lt;/b&gt;"), html);
        assertFalse(html.contains("<script>"), "article text is escaped");
        String id = r.events().get(0).fidelity().stream().filter(f -> f.discrepancy() != null).findFirst().orElseThrow().discrepancy();
        assertTrue(html.contains("href=\"#" + id + "\"") && html.contains("id=\"" + id + "\""), "the verdict links the discrepancy");
    }
}
