package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One moment of a meeting given as two days because accounts count in different time zones, with the real analyzer
 * and sentence model: reported once, LOW, as the same moment; a plain day-late account stays a HIGH conflict; an
 * account that gives both days itself is no conflict on its own. Every account here is written for this test.
 */
class TimeZoneDayTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    /** {@code published}: a full ISO stamp with its offset, or a date alone (read as midnight UTC, no zone). */
    private static AnalyzedArticle account(String outlet, String published, String text) {
        OffsetDateTime when = published.length() == 10 ? LocalDate.parse(published).atStartOfDay().atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(published);
        return ANALYZER.analyze(new RawArticle(outlet, null, null, when, null, "en", text, SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> dates(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.DATE);
    }

    private static List<Discrepancy> of(List<Discrepancy> found, Severity severity) {
        return found.stream().filter(d -> d.severity() == severity).toList();
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String RATIFY = " Both parliaments still have to ratify the treaty, which covers the river crossings.";

    private static AnalyzedArticle minskDaily() {
        return account("Minsk Daily", "2031-06-06T21:10:00+03:00",
                "Presidents Oleg Marin and Pavel Dorn signed a border treaty at an evening summit in Minsk on Friday." + RATIFY);
    }

    private static AnalyzedArticle balticWire() {
        return account("Baltic Wire", "2031-06-06T20:30:00+02:00",
                "Oleg Marin and Pavel Dorn signed a border treaty at a summit in Minsk on Friday, June 6." + RATIFY);
    }

    @Test
    void anEveningSummitDatedTheNextDayByAnOutletFarEastIsOneMomentInTwoZones() {
        List<Discrepancy> found = dates(minskDaily(), balticWire(),
                account("Amur Herald", "2031-06-07T02:40:00+10:00",
                        "Presidents Oleg Marin and Pavel Dorn signed a border treaty at a summit on Saturday, June 7, in Minsk." + RATIFY));
        String ev = evidence(found);
        List<Discrepancy> low = of(found, Severity.LOW);
        assertEquals(1, low.size(), ev);
        String lowEv = evidence(low);
        assertTrue(lowEv.contains("Saturday, June 7") && lowEv.contains("on Friday"), lowEv);
        assertTrue(low.get(0).summary().contains("same moment in two time zones"), low.get(0).summary());
        assertTrue(of(found, Severity.HIGH).isEmpty(), ev);
    }

    @Test
    void aWeekdayAndDateInAnotherZoneAreOneMomentWithTheVenuesDay() {
        List<Discrepancy> found = dates(minskDaily(), balticWire(),
                account("Amur Herald", "2031-06-07",
                        "Presidents Oleg Marin and Pavel Dorn signed a border treaty at 0:30 a.m. on Saturday, June 7, Vladivostok time, "
                                + "at a summit in Minsk." + RATIFY));
        String ev = evidence(found);
        List<Discrepancy> low = of(found, Severity.LOW);
        assertEquals(1, low.size(), ev);
        String lowEv = evidence(low);
        assertTrue(lowEv.contains("0:30 a.m. on Saturday, June 7, Vladivostok time") && lowEv.contains("on Friday"), lowEv);
        assertTrue(of(found, Severity.HIGH).isEmpty(), ev);
    }

    @Test
    void aPlainDayLateAccountFromTheSameSideOfTheWorldStaysAConflict() {
        List<Discrepancy> found = dates(minskDaily(), balticWire(),
                account("Vistula Post", "2031-06-07T09:15:00+02:00",
                        "Presidents Oleg Marin and Pavel Dorn signed a border treaty at a summit on Saturday, June 7, in Minsk." + RATIFY));
        String ev = evidence(found);
        assertTrue(of(found, Severity.LOW).stream().noneMatch(d -> d.summary().contains("time zones")), ev);
        assertTrue(evidence(of(found, Severity.HIGH)).contains("Saturday, June 7"), ev);
    }

    private static final String PATROLS = ", agreeing to expand joint naval patrols and to share radar data.";

    private static AnalyzedArticle kantoReview() {
        return account("Kanto Review", "2031-04-11",
                "Prime Minister Sato Ren and President Aurelio Vance held talks at the White House on April 10 local time "
                        + "(April 11, Japan time)" + PATROLS + " The two leaders later attended a state dinner.");
    }

    @Test
    void aLocalAndJapanTimePairInOneAccountTellsThatTheOthersTwoDaysAreOneMoment() {
        List<Discrepancy> found = dates(kantoReview(),
                account("Potomac Ledger", "2031-04-10T19:00:00-04:00",
                        "President Aurelio Vance and Prime Minister Sato Ren held talks at the White House on April 10" + PATROLS),
                account("Island Wire", "2031-04-11",
                        "Prime Minister Sato Ren and President Aurelio Vance held talks at the White House on April 11" + PATROLS));
        String ev = evidence(found);
        List<Discrepancy> low = of(found, Severity.LOW);
        assertEquals(1, low.size(), ev);
        String lowEv = evidence(low);
        assertTrue(lowEv.contains("April 11") && lowEv.contains("April 10") && lowEv.contains("Japan time"), lowEv);
        assertTrue(of(found, Severity.HIGH).isEmpty() && of(found, Severity.MEDIUM).isEmpty(), ev);
    }

    @Test
    void aLocalAndJapanTimePairInOneAccountIsNoConflictOnItsOwn() {
        List<Discrepancy> found = dates(kantoReview(),
                account("Potomac Ledger", "2031-04-10T19:00:00-04:00",
                        "President Aurelio Vance and Prime Minister Sato Ren held talks at the White House" + PATROLS));
        assertTrue(found.isEmpty(), evidence(found));
    }
}
