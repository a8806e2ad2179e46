package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A subject of talks left out, with the real analyzer and sentence model: the matter is taken up by an account that
 * names the region a country lies in, and not by a page's item on another occasion. Every account here is written
 * for this test.
 */
class MatterLeftOutTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-10-22T12:00:00Z"), null, null, text,
                SourceFormat.TEXT, outlet));
    }

    private static final AnalyzedArticle STATEMENT = account("Leaders' Statement", "President Joe Biden and Prime Minister Anthony "
            + "Albanese met at the White House on Wednesday and issued a joint statement on their alliance. "
            + "The two leaders agreed to deepen cooperation on defence, trade and clean energy. "
            + "They condemned in the strongest terms the terrorist attack by Hamas on Israel and called for the release of hostages. "
            + "They welcomed new research links between their universities. "
            + "They committed to a regular dialogue on critical technologies. "
            + "They resolved to meet again next year in Canberra.");
    /** A page of press-conference openings, one item per occasion of the visit. */
    private static final AnalyzedArticle PRESS_PAGE = account("Transcripts page", "Press conference - The White House\n"
            + "JOE BIDEN: Mr Prime Minister, it is good to have you here again, and our two countries have never been closer than today.\n"
            + "Before I turn to what we agreed, let me speak briefly of the grave situation in the Middle East, which weighs on us all.\n"
            + "Arrival ceremony - South Lawn\n"
            + "ANTHONY ALBANESE: Thank you, Mr President, for this generous welcome to your capital on such a bright autumn morning.\n"
            + "Australians and Americans have stood together for more than a century, and they will stand together in the years ahead.\n"
            + "Press conference - Embassy of Australia\n"
            + "ANTHONY ALBANESE: I am proud to be here as Prime Minister on my first official visit, with a long list of work to get through.\n"
            + "We will sign agreements on space launches, on clean energy and on the minerals our industries need.\n");
    /** The Prime Minister's own speech of the next day: the alliance and the agreements, nothing of the war. */
    private static final AnalyzedArticle SPEECH = account("Prime Minister's speech", "Prime Minister Anthony Albanese told a lunch "
            + "in Washington that the alliance with the United States had never been in better shape. "
            + "He said President Joe Biden had been a generous host. "
            + "He listed agreements on space launches, on clean energy and on critical minerals. "
            + "He praised the students and researchers who move between the two countries. "
            + "He said the region needed stability and open trade. "
            + "He thanked the American people for their friendship.");
    /** A weekly bulletin: a minister's UN item naming Israel, and an item on the visit that does not. */
    private static final AnalyzedArticle BULLETIN = account("Weekly bulletin", "The Week at the Department | October 20-27\n"
            + "This week the department hosted a food security forum, and the President welcomed the Prime Minister of Australia.\n"
            + "Secretary Blinken Speaks at the United Nations\n"
            + "On Tuesday Secretary Antony Blinken told the Security Council that every member state has a stake in defeating terrorism.\n"
            + "The Secretary condemned the terrorist attack on Israel, called for hostages to be freed, and pressed for aid to reach civilians.\n"
            + "Food Security Forum\n"
            + "Delegates from forty countries met at the department to discuss harvests, fertiliser prices and the cost of shipping grain.\n"
            + "Australia Official Visit\n"
            + "President Joe Biden hosted Prime Minister Anthony Albanese for an official visit, and the two governments signed a space agreement.\n");

    @Test
    void aSpeechSilentOnTheWarIsTheOmissionAndAnotherItemOfABulletinIsNoEvidence() {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(STATEMENT, PRESS_PAGE, SPEECH, BULLETIN));
        List<Discrepancy> war = Accounts.discrepancies(r, DiscrepancyType.OMISSION).stream()
                .filter(d -> d.summary().contains("Israel") || d.summary().contains("Middle East")).toList();
        String all = war.stream().map(d -> d.summary() + " :: " + String.join(" | ", d.evidence().stream().map(s -> s.text()).toList())).toList().toString();
        assertEquals(1, war.size(), all);
        Discrepancy d = war.get(0);
        assertTrue(d.summary().contains("left out by Prime Minister's speech"), all);
        // the statement's attack on Israel and the press conference's "situation in the Middle East" take the matter up
        List<String> evidence = d.evidence().stream().map(s -> s.text()).toList();
        assertTrue(evidence.stream().anyMatch(t -> t.contains("attack by Hamas on Israel")), all);
        assertTrue(evidence.stream().anyMatch(t -> t.contains("situation in the Middle East")), all);
        // stays silent: the bulletin's item on the Secretary at the UN is no evidence for the visit, and the bulletin,
        // which names Israel in that item, is not said to leave it out
        assertFalse(evidence.stream().anyMatch(t -> t.contains("Secretary condemned")), all);
        assertFalse(d.summary().contains("Weekly bulletin"), all);
    }
}
