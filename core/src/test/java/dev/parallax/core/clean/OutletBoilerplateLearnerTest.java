package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletBoilerplateLearnerTest {

    private final OutletBoilerplateLearner learner = OutletBoilerplateLearner.defaults();

    @Test
    void learnsLinesRepeatedAcrossMostArticlesOfAnOutlet() {
        List<String> articles = List.of(
                "Talks in Minsk.\nStay with Northline for updates\nThe Northline Morning Brief",
                "Gas price fixed.\nStay with  Northline for updates",
                "Drills announced.\nSTAY WITH NORTHLINE FOR UPDATES\nThe Northline Morning Brief",
                "Troops counted.\nThe Northline Morning Brief\nStay with Northline for updates",
                "Palace renamed.");
        assertEquals(Set.of("stay with northline for updates", "the northline morning brief"), learner.learn(articles));
    }

    @Test
    void aLineInFewerThanThreeArticlesIsNotLearned() {
        assertEquals(Set.of(), learner.learn(List.of("Footer line\nA.", "Footer line\nB.")));
    }

    @Test
    void aLineInLessThanHalfTheArticlesIsNotLearned() {
        List<String> articles = List.of("Footer\nA.", "Footer\nB.", "Footer\nC.", "D.", "E.", "F.", "G.");
        assertEquals(Set.of(), learner.learn(articles));
    }

    @Test
    void aLineRepeatedWithinOneArticleCountsOnce() {
        assertEquals(Set.of(), learner.learn(List.of("Footer\nFooter\nFooter\nA.", "B.", "C.")));
    }

    @Test
    void longParagraphsOfARepublishedStoryAreNotLearned() {
        String paragraph = "Putin said the allies would keep training their troops together. ".repeat(5);
        assertEquals(Set.of(), learner.learn(List.of(paragraph, paragraph, paragraph)));
    }

    private static RawArticle article(String outlet, String text) {
        return new RawArticle(outlet, null, null, null, null, "en", text, SourceFormat.TEXT, "test");
    }

    @Test
    void learnsPerOutletSoALineTwoOutletsShareIsNotLearnedForAThird() {
        String shared = "Read more on our channel";
        List<RawArticle> batch = List.of(
                article("Northline", "Troops counted.\n" + shared), article("Northline", "Drills held.\n" + shared),
                article("Northline", "Talks ended.\n" + shared),
                article("East Courier", "Gas priced.\n" + shared), article("East Courier", "Border calm.\n" + shared),
                article("East Courier", "Council met.\n" + shared),
                article("Quiet Post", "Palace renamed.\n" + shared),
                article(null, "No outlet.\n" + shared));
        Map<String, Set<String>> learned = learner.learnByOutlet(batch);
        assertEquals(Set.of("Northline", "East Courier"), learned.keySet());
        assertEquals(Set.of("read more on our channel"), learned.get("Northline"));
    }

    @Test
    void anOutletWithTooFewArticlesTeachesNothing() {
        assertEquals(Map.of(), learner.learnByOutlet(List.of(article("Northline", "A.\nFooter"),
                article("Northline", "B.\nFooter"))));
    }
}
