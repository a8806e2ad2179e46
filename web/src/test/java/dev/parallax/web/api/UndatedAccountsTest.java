package dev.parallax.web.api;

import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accounts without any date (no publication date, no dateline, no day in the text) still join
 * events: they are compared with stored accounts that name the same people and places.
 */
@QuarkusTest
class UndatedAccountsTest {

    @Test
    void twoUndatedAccountsOfOneMeetingImportedApartFormOneEvent() {
        String topic = Stories.word(), tag = Stories.word();
        String first = onlyCreated(importAll(List.of(ministers(topic, tag, 0))));
        runJobs();
        given().get("/api/articles/" + first).then().statusCode(200);

        String second = onlyCreated(importAll(List.of(ministers(topic, tag, 1))));
        String event = eventOfLastJob(second);
        given().get("/api/events/" + event).then().statusCode(200)
                .body("date", nullValue())
                .body("articles.id", containsInAnyOrder(first, second));
    }

    @Test
    void anUndatedAccountJoinsTheDatedEventItReports() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        importAll(List.of(talks.account(0), talks.account(1))).then().statusCode(200);
        runJobs();

        String undated = onlyCreated(importAll(List.of(undatedTalks(talks))));
        String event = eventOfLastJob(undated);
        given().get("/api/events/" + event).then().statusCode(200)
                .body("date", equalTo(talks.day().toString()))
                .body("articleCount", equalTo(3))
                .body("articles.outlet", containsInAnyOrder((String) talks.account(0).get("outlet"),
                        (String) talks.account(1).get("outlet"), "Undated " + talks.tag()));
    }

    private static String onlyCreated(io.restassured.response.Response imported) {
        return imported.then().statusCode(200).body("created", hasSize(1)).extract().path("created[0].id");
    }

    /** Runs the queued jobs; the event the article is in now. */
    private static String eventOfLastJob(String articleId) {
        runJobs();
        String event = given().queryParam("outlet", (String) given().get("/api/articles/" + articleId).then()
                .statusCode(200).extract().path("outlet")).get("/api/events").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        return event;
    }

    /** Two foreign ministers meeting in Sochi, told without a single date. */
    private static Map<String, Object> ministers(String topic, String tag, int i) {
        String outlet = "Ledger " + tag + " " + (char) ('A' + i);
        String text = (i == 0
                ? "Russian Foreign Minister Sergei Lavrov and his Belarusian counterpart Vladimir Makei met in Sochi "
                + "to discuss the " + topic + " pipeline and the rules for border crossings.\n\n"
                : "Foreign ministers Sergei Lavrov of Russia and Vladimir Makei of Belarus held talks in Sochi about "
                + "the " + topic + " pipeline and the rules for border crossings.\n\n")
                + "Lavrov said the two countries would open " + (i == 0 ? 4 : 6) + " new border crossings.\n\n"
                + "Makei told reporters that the " + topic + " pipeline would carry gas to both countries.\n\n"
                + "The ministers met at a seaside residence, " + outlet + " reported.";
        return Articles.article(outlet, "Lavrov and Makei discuss the " + topic + " pipeline", null, text);
    }

    /** The same talks as {@link Stories.Talks}, from an outlet that gives neither a dateline nor a day. */
    private static Map<String, Object> undatedTalks(Stories.Talks talks) {
        String text = "Vladimir Putin sat down with Alexander Lukashenko in Minsk to go over the " + talks.topic()
                + " railway bridge and grain deliveries.\n\n"
                + "According to the presidential press office, the two leaders talked for 3 hours.\n\n"
                + "Lukashenko said the two governments would sign 9 agreements on freight tariffs.\n\n"
                + "\"Nobody will drive a wedge between our two peoples,\" Putin told reporters after the talks.\n\n"
                + "The " + talks.topic() + " bridge project was first proposed by engineers from both countries.";
        return Articles.article("Undated " + talks.tag(), "Putin and Lukashenko discuss the " + talks.topic() + " bridge",
                null, text);
    }
}
