package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.ComparisonConfig.PairWeights;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * An account whose only main person is one leader is one side of a meeting: it shares that leader with every
 * meeting he holds, so against an account of a meeting of two it is half a match of people, not a full one. With
 * the real analyzer; every account here is written for this test.
 */
class OneSideOfAMeetingTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));
    private static final int PEOPLE = PairWeights.NAMES.indexOf("people");

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-05-14T12:00:00Z"), null, "en", text,
                SourceFormat.TEXT, outlet));
    }

    private static double people(AnalyzedArticle a, AnalyzedArticle b) {
        return EventGrouper.features(a, b, ComparisonConfig.defaults().events())[PEOPLE];
    }

    @Test
    void aReadoutOfOneLeadersDayIsHalfAMatchForAMeetingOfTwo() {
        // a government readout of the President's day: he is its only main person
        AnalyzedArticle readout = account("Readout", "President Joe Biden spoke with farmers in Iowa about crop prices. Biden "
                + "promised the farmers new help with storage. Biden also thanked the state's governor for the invitation, and "
                + "Biden toured a grain elevator before leaving.");
        // a story of the President's talks with another leader
        AnalyzedArticle talks = account("Wire", "President Joe Biden met Australian Prime Minister Anthony Albanese at the White "
                + "House to discuss submarines and critical minerals. Albanese said the alliance had never been stronger. Biden "
                + "said the two countries would build the boats together.");
        assertEquals(0.5, people(readout, talks), 1e-9);
        // stays silent: two accounts of the talks naming both leaders are a full match
        AnalyzedArticle other = account("Herald", "Anthony Albanese and Joe Biden agreed at the White House to speed up the "
                + "submarine programme. Biden praised Albanese for his leadership.");
        assertEquals(1.0, people(talks, other), 1e-9);
        // and two accounts each of one person only, the same one, stay a full match: neither is a side of a meeting of two
        AnalyzedArticle visit = account("Gazette", "President Joe Biden visited a grain elevator in Iowa. Biden spoke with "
                + "farmers about prices, and Biden promised them help.");
        assertEquals(1.0, people(readout, visit), 1e-9);
    }
}
