package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Import -> background job -> stored events, claim groups, discrepancies; incremental joins and deletions. */
@QuarkusTest
class EventPipelineTest {
    @Inject
    EntityManager em;

    @Test
    void anImportQueuesAJobThatStoresTheEventWithItsDiscrepancies() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        JsonPath imported = importAll(accounts(talks, 3)).then().statusCode(200)
                .body("job.state", equalTo("queued"))
                .body("job.url", startsWith("/api/jobs/"))
                .extract().jsonPath();
        long job = imported.getLong("job.id");
        given().get("/api/jobs/" + job).then().statusCode(200)
                .body("state", equalTo("queued")).body("total", equalTo(3)).body("kind", equalTo("analyze"))
                .body("createdBy", equalTo(Articles.ADMIN));

        runJobs();

        String event = given().get("/api/jobs/" + job).then().statusCode(200)
                .body("state", equalTo("done"))
                .body("processed", equalTo(3))
                .body("events", hasSize(1))
                .extract().path("events[0]");
        given().get("/api/events/" + event).then().statusCode(200)
                .body("id", equalTo(event))
                .body("date", equalTo(talks.day().toString()))
                .body("articleCount", equalTo(3))
                .body("outletCount", equalTo(3))
                .body("articles", hasSize(3))
                .body("articles[0].outlet", equalTo("Courier " + talks.tag() + " A"))
                .body("participants", hasItem("person:putin"))
                .body("discrepancies.total", greaterThan(0))
                .body("discrepancies.byType.NUMBER", greaterThan(0))
                .body("discrepancies.byStatus.open", greaterThan(0));
        given().get("/api/events/" + event + "/claim-groups").then().statusCode(200)
                .body("size()", greaterThan(0))
                .body("[0].members.size()", greaterThan(1))
                .body("[0].position", equalTo(0));
        given().get("/api/events/" + event + "/alignment").then().statusCode(200)
                .body("event", equalTo(event))
                .body("columns", hasSize(3))
                .body("rows.size()", greaterThan(0))
                .body("rows[0].cells", hasSize(3));
        given().queryParam("from", talks.day().toString()).queryParam("to", talks.day().toString())
                .queryParam("participant", "putin").queryParam("place", "Minsk")
                .queryParam("outlet", "Courier " + talks.tag() + " B")
                .get("/api/events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(event))
                .body("items[0].articleCount", equalTo(3));
    }

    @Test
    void aNewAccountJoinsItsEventWhichKeepsItsIdAndReviewsWhileOtherEventsAreNotTouched() {
        java.time.LocalDate day = Stories.unusedDay();
        Stories.Talks talks = new Stories.Talks(day, Stories.word(), Stories.word());
        Stories.Summit summit = new Stories.Summit(day, Stories.word(), Stories.word());
        List<Map<String, Object>> first = new ArrayList<>(accounts(talks, 3));
        for (int i = 0; i < 3; i++) {
            first.add(summit.account(i));
        }
        List<String> ids = createdIds(importAll(first));
        runJobs();
        String talksEvent = eventOf(ids.get(0));
        String summitEvent = eventOf(ids.get(3));
        assertNotEquals(talksEvent, summitEvent);
        JsonPath summitBefore = given().get("/api/events/" + summitEvent).then().statusCode(200)
                .body("articleCount", equalTo(3)).extract().jsonPath();
        long summitDiscrepancies = count("select count(*) from discrepancies d join events e on e.id = d.event_id"
                + " where e.public_id = '" + summitEvent + "'");

        // a reviewer confirms the finding that one account says the talks lasted five hours
        String fingerprint = single("select d.fingerprint from discrepancies d join events e on e.id = d.event_id"
                + " where e.public_id = '" + talksEvent + "' and d.type = 'NUMBER' and exists (select 1 from evidence v"
                + " where v.discrepancy_id = d.id and v.text like '%5 hours%')");
        execute("insert into reviews (id, fingerprint, status, snapshot) values (nextval('reviews_seq'), '"
                + fingerprint + "', 'confirmed', '{}')");

        long job = asAdmin().contentType(io.restassured.http.ContentType.JSON).body(talks.account(3))
                .post("/api/articles").then().statusCode(201)
                .body("job.state", equalTo("queued")).extract().jsonPath().getLong("job.id");
        runJobs();

        given().get("/api/jobs/" + job).then().body("state", equalTo("done")).body("events", contains(talksEvent));
        given().get("/api/events/" + talksEvent).then().statusCode(200).body("articleCount", equalTo(4));
        given().get("/api/events/" + summitEvent).then().statusCode(200)
                .body("articleCount", equalTo(3))
                .body("updatedAt", equalTo(summitBefore.getString("updatedAt")));
        assertEquals(summitDiscrepancies, count("select count(*) from discrepancies d join events e on e.id = d.event_id"
                + " where e.public_id = '" + summitEvent + "'"));
        assertEquals(1, count("select count(*) from discrepancies where fingerprint = '" + fingerprint + "'"),
                "the five-hours finding is unchanged by the new account, so is its fingerprint");
        assertEquals("false", single("select cast(orphaned as text) from reviews where fingerprint = '" + fingerprint + "'"));
        assertEquals(talksEvent, single("select snapshot ->> 'event' from reviews where fingerprint = '" + fingerprint + "'"));

        // the account that said five hours is deleted: its finding vanishes, the review stays, orphaned
        long recompute = asAdmin().delete("/api/articles/" + ids.get(2)).then().statusCode(200)
                .body("event", equalTo(talksEvent)).extract().jsonPath().getLong("job.id");
        given().get("/api/articles/" + ids.get(2)).then().statusCode(404);
        runJobs();
        given().get("/api/jobs/" + recompute).then().body("state", equalTo("done"));
        given().get("/api/events/" + talksEvent).then().statusCode(200).body("articleCount", equalTo(3));
        assertEquals("true", single("select cast(orphaned as text) from reviews where fingerprint = '" + fingerprint + "'"));
        assertEquals("confirmed", single("select status from reviews where fingerprint = '" + fingerprint + "'"));

        // down to one account, the event dissolves
        asAdmin().delete("/api/articles/" + ids.get(0)).then().statusCode(200);
        runJobs();
        given().get("/api/events/" + talksEvent).then().statusCode(200).body("articleCount", equalTo(2));
        asAdmin().delete("/api/articles/" + ids.get(1)).then().statusCode(200).body("event", equalTo(talksEvent));
        runJobs();
        given().get("/api/events/" + talksEvent).then().statusCode(404);
        given().get("/api/events/" + summitEvent).then().statusCode(200)
                .body("updatedAt", equalTo(summitBefore.getString("updatedAt")));
    }

    @Test
    void runningTheSameJobTwiceDoublesNothing() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        long job = importAll(accounts(talks, 3)).then().statusCode(200).extract().jsonPath().getLong("job.id");
        runJobs();
        String event = given().get("/api/jobs/" + job).then().body("state", equalTo("done")).extract().path("events[0]");
        List<Long> before = contents(event);
        assertTrue(before.get(1) > 0, "the event has discrepancies");

        execute("update jobs set state = 'queued', claimed_by = null where id = " + job);
        runJobs();

        given().get("/api/jobs/" + job).then().body("state", equalTo("done")).body("events", contains(event))
                .body("attempts", equalTo(2));
        assertEquals(before, contents(event));
        assertEquals(1, count("select count(*) from events e where e.public_id like '" + event + "%'"));
    }

    /** Rows of an event: memberships, discrepancies, evidence, claim groups. */
    private List<Long> contents(String event) {
        String id = "(select id from events where public_id = '" + event + "')";
        return List.of(count("select count(*) from event_articles where event_id = " + id),
                count("select count(*) from discrepancies where event_id = " + id),
                count("select count(*) from evidence v join discrepancies d on d.id = v.discrepancy_id where d.event_id = " + id),
                count("select count(*) from claim_groups where event_id = " + id));
    }

    private String eventOf(String articleId) {
        return single("select e.public_id from events e join event_articles ea on ea.event_id = e.id"
                + " where ea.article_id = '" + articleId + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(sql).getResultList();
            assertFalse(rows.isEmpty(), "no row for " + sql);
            return String.valueOf(rows.get(0));
        });
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
