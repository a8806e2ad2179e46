package dev.parallax.comparator;

import static dev.parallax.comparator.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.render.ReportHtmlRenderer;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The standalone HTML: any pair of accounts side by side, offline, escaped, the same bytes for any input order. */
class ReportHtmlRendererTest {
    private static final String ARRIVAL = "Russian President Vladimir Putin arrived in Minsk on 23 May for two days of talks with Alexander Lukashenko.";

    private static List<AnalyzedArticle> accounts() {
        return new ArrayList<>(List.of(
                account("Alpha", "2024-05-23", ARRIVAL + " The leaders met at the Palace of Independence on Thursday."),
                account("Bravo", "2024-05-23", ARRIVAL + " The leaders met at the Palace of Freedom on Thursday."),
                account("Charlie <b>", "2024-05-23", ARRIVAL + " The leaders met at the Palace of Independence <script>x()</script> on Thursday."),
                account("Delta", "2024-05-23", ARRIVAL + " Trade grew by 14% last year, the leaders said.")));
    }

    @Test
    void everyPairOfAccountsCanBeChosenAndRead() {
        List<AnalyzedArticle> in = accounts();
        Comparison comparison = Comparison.withDefaults();
        ComparisonReport report = comparison.compare(in);
        Event e = Accounts.onlyEvent(report);
        String html = new ReportHtmlRenderer().render(report, in, comparison);
        int n = e.articles().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String id = e.id() + "-p" + i + "-" + j;
                assertTrue(html.contains("id=\"" + id + "\""), "pair " + id + " rendered");
                assertTrue(html.contains("href=\"#" + id + "\""), "pair " + id + " selectable");
            }
        }
        assertFalse(html.contains("<script"), "no scripts: article text is escaped and the chooser is CSS only");
        assertTrue(html.contains("&lt;script&gt;x()&lt;/script&gt;"));
        assertTrue(html.contains("Charlie &lt;b&gt;"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "nothing fetched");
    }

    @Test
    void pairsBeyondTheCapAreCountedNotRendered() {
        List<AnalyzedArticle> in = accounts();
        Comparison comparison = Comparison.withDefaults();
        ComparisonReport report = comparison.compare(in);
        String html = new ReportHtmlRenderer(2).render(report, in, comparison);
        assertTrue(html.contains("4 more pair(s) not rendered (at most 2 per event)"), html);
    }

    @Test
    void shuffledInputGivesTheSameHtml() {
        List<AnalyzedArticle> in = accounts();
        Comparison comparison = Comparison.withDefaults();
        ReportHtmlRenderer renderer = new ReportHtmlRenderer();
        String first = renderer.render(comparison.compare(in), in, comparison);
        Random random = new Random(11);
        for (int k = 0; k < 3; k++) {
            Collections.shuffle(in, random);
            assertEquals(first, renderer.render(comparison.compare(in), in, comparison));
        }
    }
}
