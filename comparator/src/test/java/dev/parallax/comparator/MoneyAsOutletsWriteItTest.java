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
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loan reported in the forms news pages write money ("US$1bn", "$1.5 billion", "1.5 billion dollars",
 * "1,5 млрд долларов"): a different amount is a NUMBER finding, the same amount written another way or an
 * amount in another currency is not. Real analyzer and sentence model; every account is written for this test.
 */
class MoneyAsOutletsWriteItTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String language, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-04-09T12:00:00Z"), null, language,
                text, SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> numbers(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.NUMBER);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String TALKS = "President Ilya Varga of Nordavia met Prime Minister Joanna Keel in Port Alder on Tuesday for talks on energy. ";

    private static String loan(String amount) {
        return TALKS + "Nordavia agreed to lend the port authority " + amount + " for a new grain terminal, officials said.";
    }

    @Test
    void aGluedBillionIsReadAsAnAmountAndConflictsWithAnotherAmount() {
        List<Discrepancy> found = numbers(account("Wire", "en", loan("$1.5 billion")), account("Herald", "en", loan("US$1bn")));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertEquals(Severity.HIGH, found.get(0).severity());
        assertTrue(ev.contains("$1.5 billion") && ev.contains("US$1bn"), ev);
    }

    @Test
    void millionsGluedToAPoundOrEuroSignConflict() {
        String ev = evidence(numbers(account("Wire", "en", loan("£300m")), account("Herald", "en", loan("£350m"))));
        assertTrue(ev.contains("£300m") && ev.contains("£350m"), ev);
        ev = evidence(numbers(account("Wire", "en", loan("€2.5bn")), account("Herald", "en", loan("2 billion euros"))));
        assertTrue(ev.contains("€2.5bn") && ev.contains("2 billion euros"), ev);
    }

    @Test
    void oneAmountWrittenInManyFormsIsNoConflict() {
        List<Discrepancy> found = numbers(account("Wire", "en", loan("$1.5 billion")), account("Herald", "en", loan("US$1.5bn")),
                account("Courier", "en", loan("1.5 billion dollars")), account("Gazette", "en", loan("USD 1.5 billion")),
                account("Post", "en", loan("1.5 billion US dollars")), account("Ledger", "en", loan("1.5 bln dollars")),
                account("Star", "en", loan("one and a half-billion dollars")), account("Times", "en", loan("$1,5 billion")),
                account("Daily", "en", loan("US$1.5 billion (S$2.1 billion)")));
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void halfABillionInWordsConflictsWithAWholeBillion() {
        String ev = evidence(numbers(account("Wire", "en", loan("half a billion dollars")), account("Herald", "en", loan("$1bn"))));
        assertTrue(ev.contains("half a billion dollars") && ev.contains("$1bn"), ev);
    }

    @Test
    void amountsInDifferentCurrenciesAreNeverComparedByValue() {
        List<Discrepancy> found = numbers(account("Wire", "en", loan("110 billion roubles")), account("Herald", "en", loan("$1.5 billion")),
                account("Courier", "en", loan("A$1bn")), account("Gazette", "en", loan("S$2 billion")));
        assertTrue(found.isEmpty(), evidence(found));
    }


    @Test
    void aRussianAmountWithADecimalCommaAgreesWithTheSameAmountInEnglish() {
        String ru = "Президент Нордавии Илья Варга встретился с премьер-министром Джоанной Кил во вторник. "
                + "Нордавия выдаст порту кредит в размере 1,5 млрд долларов на строительство зернового терминала.";
        String ruWords = "Президент Нордавии Илья Варга встретился с премьер-министром Джоанной Кил во вторник. "
                + "Нордавия выдаст порту кредит в размере 1,5 миллиарда долларов на строительство зернового терминала.";
        String ruOther = "Президент Нордавии Илья Варга встретился с премьер-министром Джоанной Кил во вторник. "
                + "Нордавия выдаст порту кредит в размере 2 млрд долларов на строительство зернового терминала.";
        assertTrue(numbers(account("Vesti", "ru", ru), account("Gazeta", "ru", ruWords)).isEmpty());
        String ev = evidence(numbers(account("Vesti", "ru", ru), account("Izvestnik", "ru", ruOther)));
        assertTrue(ev.contains("1,5 млрд долларов") && ev.contains("2 млрд долларов"), ev);
    }

    @Test
    void aGermanAmountWithADecimalCommaIsRead() {
        String de = "Präsident Ilya Varga traf am Dienstag Premierministerin Joanna Keel in Port Alder. "
                + "Nordavia leiht der Hafenbehörde %s für ein neues Getreideterminal, sagten Beamte.";
        String ev = evidence(numbers(account("Zeitung", "de", de.formatted("1,5 Milliarden Dollar")),
                account("Blatt", "de", de.formatted("2 Milliarden Dollar"))));
        assertTrue(ev.contains("1,5 Milliarden Dollar") && ev.contains("2 Milliarden Dollar"), ev);
    }

    @Test
    void theSameSumInAnotherCurrencyIsAWrongCurrency() {
        List<Discrepancy> found = numbers(account("Wire", "en", loan("$50 billion")), account("Herald", "en", loan("€50 billion")));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertEquals(Severity.HIGH, found.get(0).severity());
        assertTrue(ev.contains("$50 billion") && ev.contains("€50 billion"), ev);
        assertTrue(evidence(numbers(account("Wire", "en", loan("1.5 billion roubles")), account("Herald", "en", loan("$1.5 billion"))))
                .contains("1.5 billion roubles"));
    }

    @Test
    void anAccountThatConvertsOrRoundsIsNoWrongCurrency() {
        // one account gives both currencies: only the dollar figures are compared, and they agree
        List<Discrepancy> found = numbers(account("Wire", "en", loan("€50 billion ($54 billion)")), account("Herald", "en", loan("$54 billion")));
        assertTrue(found.isEmpty(), evidence(found));
        // an approximate figure may be a conversion rounded
        found = numbers(account("Wire", "en", loan("about €50 billion")), account("Herald", "en", loan("$50 billion")));
        assertTrue(found.isEmpty(), evidence(found));
    }
}
