package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
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
 * A concrete fact one outlet tells in two of its own pages and the other outlets leave out, with the real analyzer and
 * sentence model: the length of the talks in both stories a wire wrote of a two-day visit, a named strategy in both the
 * meeting summary and the press-conference transcript of one office. Stays silent when the outlet tells it once only,
 * when another outlet tells it in its own words, and when the other account is a short preview. Every account here is
 * written for this test; the meetings are invented.
 */
class RepeatedFactOmissionTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse(published + "T18:00:00Z"), null, null, text,
                SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> repeated(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.OMISSION).stream().filter(d -> d.summary().contains("in two of its pages")).toList();
    }

    private static String shown(List<Discrepancy> found) {
        return found.stream().map(d -> d.summary() + " :: " + String.join(" | ", d.evidence().stream().map(s -> s.text()).toList())).toList().toString();
    }

    // a two-day visit: the wire's story of each day, and the host's office with a full account of the talks
    private static final String FIRST_DAY = "President Ilse Marwick of Norland arrived in Velgrad on Monday for a two-day state visit and was "
            + "welcomed by President Teodor Brask at the Amber Palace. "
            + "The two leaders began with informal talks over tea in the palace library. "
            + "Brask said the visit showed that the two countries stood together. "
            + "Officials in Velgrad later said the two presidents talked for close to three and a half hours before they broke for dinner. "
            + "Norland is the largest buyer of Velgrad's grain. "
            + "Formal talks with the delegations are set for Tuesday.";
    private static final String SECOND_DAY = "Presidents Teodor Brask and Ilse Marwick held formal talks with their delegations in Velgrad "
            + "on Tuesday, a day after their first meeting. "
            + "On Monday the two presidents kept talking for close to 3 1/2 hours and only then went in to dinner, officials in Velgrad said. "
            + "The leaders signed a grain agreement and a plan for a new rail link. "
            + "Marwick invited Brask to visit Norland next spring. "
            + "Brask accepted the invitation. "
            + "The visit ends on Wednesday with a trip to the port.";
    private static final String OFFICE = "President Teodor Brask held talks with President Ilse Marwick of Norland at the Amber Palace. "
            + "The two presidents talked alone on Monday evening before a dinner, and with their delegations on Tuesday. "
            + "Both rounds of talks were warm and businesslike. "
            + "The two presidents discussed trade, grain deliveries and transport. "
            + "They signed an agreement on grain and a plan for a rail link between the two capitals. "
            + "President Brask thanked his guest for Norland's support. "
            + "The two sides agreed to meet again next year in Norland.";

    @Test
    void theLengthOfTheTalksToldInBothStoriesOfOneWireAndNowhereElseIsLeftOutByTheOthers() {
        List<Discrepancy> found = repeated(account("Harbor Wire", "2031-03-17", FIRST_DAY), account("Harbor Wire", "2031-03-18", SECOND_DAY),
                account("Presidential Office of Velgrad", "2031-03-18", OFFICE));
        assertEquals(1, found.size(), shown(found));
        Discrepancy d = found.get(0);
        assertEquals(dev.parallax.comparator.report.Severity.LOW, d.severity(), shown(found));
        assertTrue(d.summary().contains("left out by Presidential Office of Velgrad"), shown(found));
        String ev = Accounts.evidenceText(d);
        assertTrue(ev.contains("three and a half hours") && ev.contains("3 1/2 hours"), shown(found));
    }

    @Test
    void aDetailOneWireToldOnlyOnceStaysSilent() {
        String secondDayWithoutLength = SECOND_DAY.replace("On Monday the two presidents kept talking for close to 3 1/2 hours and only then "
                + "went in to dinner, officials in Velgrad said. ", "The grain price was the hardest question, officials in Velgrad said. ");
        List<Discrepancy> found = repeated(account("Harbor Wire", "2031-03-17", FIRST_DAY),
                account("Harbor Wire", "2031-03-18", secondDayWithoutLength), account("Presidential Office of Velgrad", "2031-03-18", OFFICE));
        assertEquals(List.of(), found, shown(found));
    }

    @Test
    void aLengthAnotherOutletGivesInItsOwnWordsIsNoOmission() {
        String officeWithLength = OFFICE.replace("were warm and businesslike. ", "were warm and businesslike; the first of them lasted "
                + "more than three hours. ");
        List<Discrepancy> found = repeated(account("Harbor Wire", "2031-03-17", FIRST_DAY), account("Harbor Wire", "2031-03-18", SECOND_DAY),
                account("Presidential Office of Velgrad", "2031-03-18", officeWithLength));
        assertEquals(List.of(), found, shown(found));
    }

    @Test
    void aShortPreviewCouldNotHaveCarriedTheFact() {
        AnalyzedArticle preview = account("Presidential Office of Velgrad", "2031-03-16", "President Teodor Brask will hold talks with "
                + "President Ilse Marwick of Norland at the Amber Palace. The two presidents are expected to discuss trade and grain.");
        List<Discrepancy> found = repeated(account("Harbor Wire", "2031-03-17", FIRST_DAY), account("Harbor Wire", "2031-03-18", SECOND_DAY),
                preview);
        assertEquals(List.of(), found, shown(found));
    }

    // one office's summary of the meeting and its transcript of the press conference; a defence ministry's story of the same talks
    private static final String SUMMARY = "Prime Minister Kenta Arima held a summit meeting with President Dana Whitlow in Lakeport for about "
            + "ninety minutes. "
            + "The two leaders agreed that the alliance had never been stronger. "
            + "Prime Minister Arima explained that his government is building up its defence in line with the National Maritime Strategy, "
            + "including new long-range patrol aircraft and a larger defence budget. "
            + "President Whitlow expressed support for these efforts. "
            + "The leaders agreed to set up a joint command centre for the two navies. "
            + "They also discussed space, energy and students.";
    private static final String PRESS = "Opening remarks by Prime Minister Kenta Arima at the joint press conference. "
            + "I thank President Whitlow for the warm welcome in Lakeport. "
            + "I told the President that we are building up our defence in line with our National Maritime Strategy, including through "
            + "new long-range patrol aircraft and a larger defence budget. "
            + "The President voiced his full support. "
            + "We agreed on a joint command centre so that our navies can work as one. "
            + "Our cooperation now reaches from the seabed to outer space.";
    private static final String DEFENCE = "Defence Secretary Rowan Pike joined President Dana Whitlow and Prime Minister Kenta Arima for "
            + "their talks in Lakeport on Wednesday. "
            + "The two countries will set up a joint command centre so that their navies can plan and operate together. "
            + "They will also share more data on missile launches. "
            + "Pike said the defence ties between the two allies had reached a new level. "
            + "A working group will report on the command centre within a year. "
            + "The navies will hold a joint exercise in the autumn.";

    @Test
    void aStrategyOneOfficeNamesInBothItsPagesIsLeftOutByTheDefenceStoryOfTheSameTalks() {
        List<Discrepancy> found = repeated(account("Cabinet Office", "2031-04-09", SUMMARY), account("Cabinet Office", "2031-04-09", PRESS),
                account("Defence Press Service", "2031-04-10", DEFENCE));
        assertEquals(1, found.size(), shown(found));
        assertTrue(found.get(0).summary().contains("'National Maritime Strategy'") && found.get(0).summary().contains("left out by Defence Press Service"),
                shown(found));
    }

    @Test
    void aStrategyTheOtherOutletNamesInAnotherSentenceIsNoOmission() {
        String defenceNamingIt = DEFENCE.replace("The navies will hold", "Arima's build-up under the National Maritime Strategy came up "
                + "as well. The navies will hold");
        List<Discrepancy> found = repeated(account("Cabinet Office", "2031-04-09", SUMMARY), account("Cabinet Office", "2031-04-09", PRESS),
                account("Defence Press Service", "2031-04-10", defenceNamingIt));
        assertEquals(List.of(), found, shown(found));
    }
}
