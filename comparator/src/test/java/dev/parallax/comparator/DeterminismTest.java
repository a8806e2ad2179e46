package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same accounts in any order give the same report, byte for byte. */
class DeterminismTest {
    @Test
    void shuffledInputGivesTheSameJson() {
        List<AnalyzedArticle> accounts = new ArrayList<>(List.of(EventGroupingTest.ARRIVAL, EventGroupingTest.TALKS,
                EventGroupingTest.PRESS, EventGroupingTest.OTHER_MEETING, EventGroupingTest.OTHER_MEETING_2,
                EventGroupingTest.LAST_YEAR, EventGroupingTest.FLOOD,
                Accounts.account("Copy", "2024-05-23", EventGroupingTest.ARRIVAL.text().replace("two-day", "2-day")),
                Accounts.account("Post", "2024-05-23", "Putin arrived in Minsk on 23 May for a state visit hosted by Aleksandr Lukashenka. Talks are expected to focus on security.")));
        ReportJsonRenderer json = new ReportJsonRenderer();
        String first = json.render(Comparison.withDefaults().compare(accounts));
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(accounts, random);
            assertEquals(first, json.render(Comparison.withDefaults().compare(accounts)));
        }
    }
}
