package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An account with no year that names its meeting's day of the year joins no event whose accounts put the meeting on
 * another day, even when it reads like one of that event's accounts that names no day (the same outlet's page on
 * another visit to the same resort). With the real analyzer and sentence model; every account here is written for
 * this test.
 */
class UndatedLonerAgainstTheEventsDaysTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, "en", text, SourceFormat.TEXT, outlet));
    }

    private static Set<Set<String>> events(ComparisonReport r) {
        return r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    }

    @Test
    void anUndatedAccountOfAnotherDayDoesNotJoinByItsClosestAccount() {
        AnalyzedArticle wire = account("Wire", "2031-09-15", "Vladimir Putin received Alexander Lukashenko in Sochi on Monday and "
                + "promised Belarus a state loan of 1.5 billion dollars. Putin said the finance ministers were already working "
                + "on it. Lukashenko thanked Putin for his support and for the vaccine supplies.");
        AnalyzedArticle herald = account("Herald", "2031-09-15", "Alexander Lukashenko flew to Sochi on Monday to meet Vladimir "
                + "Putin, who granted his ally a loan of 1.5 billion dollars. Lukashenko thanked Putin for the support, and Putin "
                + "said the two armies would keep holding joint exercises.");
        // the resort's digest: no day, same meeting
        AnalyzedArticle digest = account("Resort Digest", null, "Vladimir Putin and Alexander Lukashenko held talks at the "
                + "Bocharov Ruchei residence in Sochi. Putin confirmed the loan of 1.5 billion dollars. Lukashenko praised the "
                + "cooperation on vaccines and said the two armies would keep training together. The leaders then had lunch.");
        // the same digest on a winter visit: it names its day, 22 February, which no account of the loan meeting fits
        AnalyzedArticle winter = account("Resort Digest", null, "On 22 February Vladimir Putin and Alexander Lukashenko held talks "
                + "at the Bocharov Ruchei residence in Sochi. Putin praised the cooperation on vaccines and Lukashenko said the two "
                + "armies would keep training together. The leaders then went skiing and had lunch.");
        ComparisonReport r = Comparison.withDefaults().compare(List.of(wire, herald, digest, winter));
        assertTrue(events(r).stream().noneMatch(e -> e.contains(winter.id()) && e.contains(wire.id())), events(r).toString());
        // and its reason says so, instead of "too little in common" with an account it is very like
        String reason = r.unassignedReasons().get(winter.id());
        assertTrue(reason != null && reason.contains("rule this one out"), String.valueOf(r.unassignedReasons()));
        // stays silent: without a day of its own, the digest of the loan meeting joins the event by its closest account
        ComparisonReport loan = Comparison.withDefaults().compare(List.of(wire, herald, digest));
        assertEquals(Set.of(Set.of(wire.id(), herald.id(), digest.id())), events(loan), loan.unassignedReasons().toString());
    }
}
