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
 * Accounts without a date (no publication date, no dateline, no year) still join
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
        // A meeting of two leaders no other test writes about: an undated account is compared with the
        // stored accounts naming its people and places, and the shared test database holds many meetings
        // of Stories.Talks' leaders in Minsk, from tests that ran before, which would crowd its event out.
        Visit visit = new Visit(Stories.unusedDay(), Stories.word(), Stories.word());
        importAll(List.of(visit.account(0), visit.account(1))).then().statusCode(200);
        runJobs();

        String undated = onlyCreated(importAll(List.of(visit.undated())));
        String event = eventOfLastJob(undated);
        given().get("/api/events/" + event).then().statusCode(200)
                .body("date", equalTo(visit.day().toString()))
                .body("articleCount", equalTo(3))
                .body("articles.outlet", containsInAnyOrder((String) visit.account(0).get("outlet"),
                        (String) visit.account(1).get("outlet"), "Undated " + visit.tag()));
    }

    @Test
    void anUndatedPageNeverMergesTwoVisitsItsDaysKeepApart() {
        // two visits of the same leaders to the same town about the same bridge, 403 days apart, each told by dated accounts
        Visit first = new Visit(Stories.unusedDay(), Stories.word(), Stories.word());
        Visit second = new Visit(first.day().plusDays(403), first.topic(), Stories.word());
        importAll(List.of(inSamarkand(first.account(0)), inSamarkand(first.account(1)))).then().statusCode(200);
        runJobs();
        // an undated page joins the first visit, the only one stored when it comes in; the weekday it names is the
        // second visit's, which the first's does not fit
        String weekday = second.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        onlyCreated(importAll(List.of(inSamarkand(first.undatedOn(weekday)))));
        runJobs();
        given().get("/api/events/" + eventOf(first.account(0))).then().statusCode(200).body("articleCount", equalTo(3));

        // the second visit's accounts come in: the grouper puts the page beside them, but the page's event holds the
        // first visit's days, so the two visits stay two events
        importAll(List.of(inSamarkand(second.account(0)), inSamarkand(second.account(1)))).then().statusCode(200);
        runJobs();
        String firstEvent = eventOf(first.account(0)), secondEvent = eventOf(second.account(0));
        org.junit.jupiter.api.Assertions.assertNotEquals(firstEvent, secondEvent, "the two visits were merged into one event");
        given().get("/api/events/" + secondEvent).then().statusCode(200)
                .body("date", equalTo(second.day().toString()))
                .body("articles.outlet", containsInAnyOrder((String) second.account(0).get("outlet"),
                        (String) second.account(1).get("outlet")));
        given().get("/api/events/" + firstEvent).then().statusCode(200)
                .body("date", equalTo(first.day().toString()))
                .body("articleCount", equalTo(3));
    }

    @Test
    void anEventMergedByHandStillTakesANewAccountInsideItsDays() {
        // two visits a long way apart, merged into one event by an editor: its days span more than the grouper would
        Visit first = new Visit(Stories.unusedDay(), Stories.word(), Stories.word());
        Visit second = new Visit(first.day().plusDays(403), first.topic(), Stories.word());
        importAll(List.of(inDushanbe(first.account(0)), inDushanbe(first.account(1)))).then().statusCode(200);
        importAll(List.of(inDushanbe(second.account(0)), inDushanbe(second.account(1)))).then().statusCode(200);
        runJobs();
        String merged = eventOf(first.account(0));
        GroupingApiTest.merge(Users.as("editor"), merged, Map.of("event", eventOf(second.account(0)))).then().statusCode(200);
        // a new report of the first visit joins the merged event: it stretches it no further than it already spans
        importAll(List.of(inDushanbe(first.account(2)))).then().statusCode(200);
        runJobs();
        org.junit.jupiter.api.Assertions.assertEquals(merged, eventOf(first.account(2)));
        given().get("/api/events/" + merged).then().statusCode(200).body("articleCount", equalTo(5));
    }

    /**
     * A {@link Visit} account told of two other leaders in another town: the shared test database holds Erdogan's visits
     * to Budapest from other tests, which an undated page of a test could join instead.
     */
    private static Map<String, Object> inSamarkand(Map<String, Object> account) {
        return retold(account, "Kazakh President Kassym-Jomart Tokayev", "Uzbek President Shavkat Mirziyoyev", "Samarkand",
                "the Registan");
    }

    /** {@link #inSamarkand} for a test of its own: two other leaders in a third town. */
    private static Map<String, Object> inDushanbe(Map<String, Object> account) {
        return retold(account, "Kyrgyz President Sadyr Japarov", "Tajik President Emomali Rahmon", "Dushanbe", "the Navruz Palace");
    }

    private static Map<String, Object> retold(Map<String, Object> account, String guest, String host, String town, String venue) {
        String guestName = guest.substring(guest.indexOf("President ") + "President ".length());
        String hostName = host.substring(host.indexOf("President ") + "President ".length());
        Map<String, Object> out = new java.util.HashMap<>(account);
        for (String key : List.of("text", "title")) {
            String t = (String) out.get(key);
            out.put(key, t.replace("Turkish President Recep Tayyip Erdogan", guest).replace("Hungarian Prime Minister Viktor Orban", host)
                    .replace("Recep Tayyip Erdogan", guestName).replace("Viktor Orban", hostName)
                    .replace("Erdogan", guestName.substring(guestName.lastIndexOf(' ') + 1))
                    .replace("Orban", hostName.substring(hostName.lastIndexOf(' ') + 1))
                    .replace("BUDAPEST", town.toUpperCase(java.util.Locale.ROOT)).replace("Budapest", town)
                    .replace("the Carmelite Monastery", venue));
        }
        return out;
    }

    /** The one event an account's outlet is in. */
    private static String eventOf(Map<String, Object> account) {
        return given().queryParam("outlet", (String) account.get("outlet")).get("/api/events").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
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

    /**
     * Two foreign ministers meeting in Sochi, told without a date: no publication date, no year, only the day of
     * the year both name (with a handful of accounts to compare, shared words are no specifics of a story, and two
     * undated pages need something of their day in common to be taken for one meeting).
     */
    private static Map<String, Object> ministers(String topic, String tag, int i) {
        String outlet = "Ledger " + tag + " " + (char) ('A' + i);
        String text = (i == 0
                ? "Russian Foreign Minister Sergei Lavrov and his Belarusian counterpart Vladimir Makei met in Sochi "
                + "on 14 March to discuss the " + topic + " pipeline and the rules for border crossings.\n\n"
                : "Foreign ministers Sergei Lavrov of Russia and Vladimir Makei of Belarus held talks in Sochi on 14 "
                + "March about the " + topic + " pipeline and the rules for border crossings.\n\n")
                + "Lavrov said the two countries would open " + (i == 0 ? 4 : 6) + " new border crossings.\n\n"
                + "Makei told reporters that the " + topic + " pipeline would carry gas to both countries.\n\n"
                + "The ministers met at a seaside residence, " + outlet + " reported.";
        return Articles.article(outlet, "Lavrov and Makei discuss the " + topic + " pipeline", null, text);
    }

    /** Erdogan and Orban in Budapest, told like {@link Stories.Talks}: dated accounts, and one with no day at all. */
    private record Visit(java.time.LocalDate day, String topic, String tag) {
        Map<String, Object> account(int i) {
            String outlet = "Gazette " + tag + " " + (char) ('A' + i);
            String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            String quote = i % 2 == 0 ? "Nobody will drive a wedge between our two peoples"
                    : "No one will ever manage to divide our two nations";
            String text = "BUDAPEST, " + month + " " + day.getDayOfMonth() + " (" + outlet + ") - Turkish President "
                    + "Recep Tayyip Erdogan and Hungarian Prime Minister Viktor Orban held talks in Budapest on "
                    + day.getDayOfMonth() + " " + month + " " + day.getYear() + " about the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "The meeting at the Carmelite Monastery lasted 3 hours, the press service said.\n\n"
                    + "Orban said the two governments would sign 9 agreements on freight tariffs before the end of "
                    + "the year.\n\n"
                    + "\"" + quote + ",\" Erdogan told reporters after the talks.\n\n"
                    + "Correspondent " + i + " of " + outlet + " noted that the " + topic
                    + " bridge project was first proposed by engineers from both countries.";
            return Articles.article(outlet, "Erdogan and Orban discuss the " + topic + " bridge", day + "T18:00:00Z", text);
        }

        /** {@link #undated}, saying on which weekday the leaders met. */
        Map<String, Object> undatedOn(String weekday) {
            String text = "Recep Tayyip Erdogan sat down with Viktor Orban in Budapest on " + weekday + " to go over the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "According to the presidential press office, the two leaders talked for 3 hours.\n\n"
                    + "Orban said the two governments would sign 9 agreements on freight tariffs.\n\n"
                    + "\"Nobody will drive a wedge between our two peoples,\" Erdogan told reporters after the talks.\n\n"
                    + "The " + topic + " bridge project was first proposed by engineers from both countries.";
            return Articles.article("Undated " + tag, "Erdogan and Orban discuss the " + topic + " bridge", null, text);
        }

        /** The same talks from an outlet that gives neither a dateline nor a day. */
        Map<String, Object> undated() {
            String text = "Recep Tayyip Erdogan sat down with Viktor Orban in Budapest to go over the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "According to the presidential press office, the two leaders talked for 3 hours.\n\n"
                    + "Orban said the two governments would sign 9 agreements on freight tariffs.\n\n"
                    + "\"Nobody will drive a wedge between our two peoples,\" Erdogan told reporters after the talks.\n\n"
                    + "The " + topic + " bridge project was first proposed by engineers from both countries.";
            return Articles.article("Undated " + tag, "Erdogan and Orban discuss the " + topic + " bridge", null, text);
        }
    }
}
