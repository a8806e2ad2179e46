package dev.parallax.web.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.parallax.db.ArticleEntity;
import dev.parallax.db.OutletEntity;
import dev.parallax.web.api.Findings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Every page type rendered with an article that has no date, no title, no URL, no byline and an
 * outlet without a name, in an undated event with a discrepancy and a review with no verdict or
 * note: before, {@code /articles} answered 500 on the first undated article in a listing.
 */
@QuarkusTest
class PagesWithMissingFieldsTest {
    private static final String TEXT = "Harbour pilots stopped work on a quiet morning. The port authority said 14 sailings "
            + "were cancelled. Pilot Jonas Meyer said the crews wanted safer night shifts.";
    private static final String OTHER = "Pilots at the harbour walked out. According to the port authority, 30 sailings were "
            + "cancelled. Jonas Maier, a pilot, said the crews wanted safer night shifts.";

    @Inject
    Findings findings;

    @Inject
    EntityManager em;

    @Test
    void everyPageRendersAnUndatedUntitledOutletlessArticle() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bare = post("Bare " + tag, TEXT + " " + tag);
        String other = post("Other " + tag, OTHER + " " + tag);
        withoutOutletName(bare);
        String event = findings.event("Harbour walkout " + tag, null);
        String discrepancy = findings.discrepancy(event, "NUMBER", "HIGH", 0, "sailings",
                Findings.words(bare, "14 sailings"), Findings.words(other, "30 sailings"));
        // a review with a status only: no verdict, no note, no assignee
        given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("status", "needs-source", "version", 0))
                .patch("/api/discrepancies/" + discrepancy).then().statusCode(200);

        List<String> pages = new ArrayList<>(List.of("/", "/events", "/events?q=" + tag, "/events/" + event,
                "/articles", "/articles?q=" + tag, "/articles?page=2", "/articles?unassigned=true", "/articles/" + bare, "/articles/" + other,
                "/diff?left=" + bare + "&right=" + other, "/reviews", "/reviews?status=needs-source",
                "/reviews?event=" + event, "/discrepancies/" + discrepancy, "/import", "/login"));
        for (String page : pages) {
            Response answer = given().auth().preemptive().basic("admin", "test-secret").get(page);
            Assertions.assertEquals(200, answer.statusCode(), page + " answered " + answer.statusCode() + ": "
                    + answer.asString().lines().limit(20).toList());
            answer.then().contentType(ContentType.HTML).body(not(containsString("NOT_FOUND")));
        }
        // the import result and its job page, for a pasted article with no title, date or URL
        String result = given().auth().preemptive().basic("admin", "test-secret")
                .formParam("outlet", "Pasted " + tag).formParam("text", TEXT + " pasted " + tag)
                .post("/import/text").then().statusCode(200).body(not(containsString("NOT_FOUND"))).extract().asString();
        java.util.regex.Matcher job = java.util.regex.Pattern.compile("href=\"(/import/jobs/\\d+)\"").matcher(result);
        Assertions.assertTrue(job.find(), result);
        given().auth().preemptive().basic("admin", "test-secret").get(job.group(1)).then().statusCode(200);

        // and after the article is deleted, its review is orphaned and still shown
        given().auth().preemptive().basic("admin", "test-secret").delete("/api/articles/" + bare).then().statusCode(200);
        findings.synced();
        for (String page : List.of("/reviews", "/reviews?status=needs-source", "/discrepancies/" + discrepancy,
                "/events/" + event, "/articles")) {
            Response answer = given().auth().preemptive().basic("admin", "test-secret").get(page);
            Assertions.assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404 && page.startsWith("/events/"),
                    page + " answered " + answer.statusCode() + ": " + answer.asString().lines().limit(20).toList());
        }
    }

    private static String post(String outlet, String text) {
        return given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("outlet", outlet, "text", text)).post("/api/articles")
                .then().statusCode(201).extract().path("id");
    }

    /** An outlet whose name is empty: nothing in the import makes one, but pages must not depend on it. */
    @Transactional
    void withoutOutletName(String articleId) {
        OutletEntity nameless = em.createQuery("from OutletEntity where name = ''", OutletEntity.class)
                .getResultStream().findFirst().orElseGet(() -> {
                    OutletEntity outlet = OutletEntity.named("");
                    em.persist(outlet);
                    return outlet;
                });
        em.find(ArticleEntity.class, articleId).outlet = nameless;
    }
}
