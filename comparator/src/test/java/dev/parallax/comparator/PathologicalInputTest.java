package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.model.AnalyzedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input built to hurt ends with a report and a warning. The timeouts are hang guards, not speed checks (see bench/). */
class PathologicalInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void twoMegabyteOneLineArticlesEndWithCappedDiffs() {
        StringBuilder a = new StringBuilder("Putin met Lukashenko in Minsk on 23 May.");
        StringBuilder b = new StringBuilder("Putin met Lukashenko in Minsk on 23 May.");
        for (int i = 0; a.length() < 1_000_000; i++) {
            a.append(" word").append(i % 997).append(" talks security trade");
            b.append(" word").append((i * 7) % 991).append(" talks security trade");
        }
        ComparisonReport r = assertTimeoutPreemptively(HANG_GUARD, () -> Accounts.compare(
                Accounts.account("A", "2024-05-23", a.toString()), Accounts.account("B", "2024-05-23", b.toString())));
        assertFalse(r.warnings().isEmpty(), "a capped diff leaves a warning");
    }

    @Test
    void twoHundredNearIdenticalAccountsEndWithAWarning() {
        List<AnalyzedArticle> accounts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            accounts.add(Accounts.account("Outlet " + i, "2024-05-23",
                    "Putin arrived in Minsk on 23 May for talks with Lukashenko (" + i + "). The leaders met at the Palace of Independence. Trade grew by 14% last year."));
        }
        ComparisonReport r = assertTimeoutPreemptively(HANG_GUARD, () -> Comparison.withDefaults().compare(accounts));
        assertEquals(1, r.events().size());
        assertEquals(200, r.events().get(0).articles().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("200 accounts")), r.warnings().toString());
    }

    @Test
    void anArticleWithTwoThousandQuotesEndsWithAWarning() {
        StringBuilder many = new StringBuilder("Putin met Lukashenko in Minsk on 23 May.");
        for (int i = 0; i < 2000; i++) many.append(" “We discussed item ").append(i).append(" at length,” Putin said.");
        ComparisonReport r = assertTimeoutPreemptively(HANG_GUARD, () -> Accounts.compare(
                Accounts.account("A", "2024-05-23", many.toString()),
                Accounts.account("B", "2024-05-23", "Putin met Lukashenko in Minsk on 23 May. “We discussed item 7 at length,” Putin said.")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("claims")), r.warnings().toString());
    }

    @Test
    void emptyAndMissingInputGiveAnEmptyReport() {
        assertTrue(Comparison.withDefaults().compare(List.of()).events().isEmpty());
        assertTrue(Comparison.withDefaults().compare(null).events().isEmpty());
    }
}
