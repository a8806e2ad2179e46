package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.postAndId;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.db.EntityMentionEntity;
import dev.parallax.db.JobEntity;
import dev.parallax.web.service.AnalyzerProvider;
import dev.parallax.web.service.JobWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityApiTest {
    private static final Random RANDOM = new Random();

    @Inject
    AnalyzerProvider analyzers;

    @Inject
    JobWorker worker;

    /** A capitalized made-up word no text and no other test uses. */
    private static String word() {
        StringBuilder w = new StringBuilder("Zy");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    /** Stores mentions as the analysis pipeline would, one per surface given. */
    private static void mentions(String articleId, String entityId, String... surfaces) {
        QuarkusTransaction.requiringNew().run(() -> {
            int at = 0;
            for (String surface : surfaces) {
                EntityMentionEntity m = new EntityMentionEntity();
                m.articleId = articleId;
                m.entityId = entityId;
                m.surface = surface;
                m.start = at;
                m.end = at + surface.length();
                m.match = entityId.startsWith("unknown:") ? "unknown" : "alias";
                m.persist();
                at += surface.length() + 1;
            }
        });
    }

    private static Response addAlias(String entity, Object alias) {
        return asAdmin().contentType(ContentType.JSON).body(java.util.Collections.singletonMap("alias", alias))
                .post("/api/entities/" + entity + "/aliases");
    }

    private static Response merge(String into, Object from) {
        return asAdmin().contentType(ContentType.JSON).body(java.util.Collections.singletonMap("from", from))
                .post("/api/entities/" + into + "/merge");
    }

    private List<EntityMention> link(String text) {
        RawArticle raw = new RawArticle("Test Outlet", null, null, java.time.OffsetDateTime.parse("2024-05-02T10:00:00Z"),
                null, "en", text, SourceFormat.TEXT, "test");
        return analyzers.current().analyze(raw).mentions();
    }

    @Test
    void eachOutletsSpellingsAreCountedUnderTheEntity() {
        String belta = uniqueOutlet("Minsk Courier");
        String wire = uniqueOutlet("Globe Wire");
        String a = postAndId(belta, "Talks in Minsk", "2024-05-02", "The president held talks in Minsk on " + word() + ".");
        String b = postAndId(wire, "Talks in Minsk", "2024-05-02", "Talks were held in Minsk about " + word() + ".");
        mentions(a, "person:lukashenko", "Alyaksandr Lukashenka", "Alyaksandr Lukashenka", "Lukashenka");
        mentions(b, "person:lukashenko", "Alexander Lukashenko");

        Map<String, Map<String, Integer>> surfaces = given().get("/api/entities/person:lukashenko").then()
                .statusCode(200)
                .body("name", equalTo("Alexander Lukashenko"))
                .body("kind", equalTo("PERSON"))
                .body("known", equalTo(true))
                .body("aliases", hasItem("Lukashenka"))
                .extract().jsonPath().getMap("surfaces");
        assertEquals(Map.of("Alyaksandr Lukashenka", 2, "Lukashenka", 1), surfaces.get(belta));
        assertEquals(Map.of("Alexander Lukashenko", 1), surfaces.get(wire));

        given().queryParam("kind", "person").queryParam("q", "lukashen").queryParam("size", 200)
                .get("/api/entities").then().statusCode(200)
                .body("items.id", hasItem("person:lukashenko"))
                .body("items.kind.unique()", equalTo(List.of("PERSON")));
    }

    @Test
    void namesTheGazetteerLacksAreGroupedAsUnknown() {
        String w = word();
        String id = "unknown:" + w.toLowerCase() + "-petrenko";
        String first = uniqueOutlet("Steppe Daily");
        String second = uniqueOutlet("Lowland News");
        mentions(postAndId(first, "Visit", "2024-05-03", "A visit by " + w + " Petrenko took place."), id,
                w + " Petrenko", w + " Petrenko");
        mentions(postAndId(second, "Visit", "2024-05-03", "A visit by " + w + " Petrenka took place."), id,
                w + " Petrenka");

        given().queryParam("kind", "UNKNOWN").queryParam("q", w).get("/api/entities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].name", equalTo(w + " Petrenko"))
                .body("items[0].known", equalTo(false))
                .body("items[0].mentions", equalTo(3))
                .body("items[0].articles", equalTo(2));
        Map<String, Map<String, Integer>> surfaces = given().get("/api/entities/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("surfaces");
        assertEquals(Map.of(first, Map.of(w + " Petrenko", 2), second, Map.of(w + " Petrenka", 1)), surfaces);
    }

    @Test
    void listingIsPagedAndChecksItsParameters() {
        given().queryParam("size", 2).get("/api/entities").then().statusCode(200)
                .body("items", hasSize(2)).body("limit", equalTo(2)).body("offset", equalTo(0));
        List<String> firstTwo = given().queryParam("limit", 2).get("/api/entities").then().extract().path("items.id");
        List<String> second = given().queryParam("page", 2).queryParam("size", 1).get("/api/entities").then()
                .extract().path("items.id");
        assertEquals(List.of(firstTwo.get(1)), second);
        given().queryParam("kind", "planet").get("/api/entities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().queryParam("size", "lots").get("/api/entities").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/api/entities/person:nobody-" + word()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAliasLinksFromNowOnAndQueuesTheArticlesThatContainIt() {
        String alias = word();
        String text = "On Tuesday " + alias + " opened a new bridge over the river.";
        assertTrue(link(text).stream().noneMatch(m -> m.entityId().equals("person:lukashenko")));
        String article = postAndId(uniqueOutlet("Bridge Weekly"), "Bridge opens", "2024-05-07", text);

        Number job = addAlias("person:lukashenko", " " + alias + " ").then().statusCode(201)
                .body("entity", equalTo("person:lukashenko"))
                .body("alias", equalTo(alias))
                .body("created", equalTo(true))
                .body("createdBy", equalTo("admin"))
                .body("articles", equalTo(1))
                .body("job", notNullValue())
                .extract().path("job");

        List<EntityMention> linked = link(text);
        assertTrue(linked.stream().anyMatch(m -> m.entityId().equals("person:lukashenko") && m.surface().equals(alias)),
                () -> "the new alias is linked: " + linked);
        QuarkusTransaction.requiringNew().run(() -> {
            JobEntity queued = JobEntity.findById(job.longValue());
            assertEquals("reanalyze", queued.kind);
            assertTrue(queued.articleIds.contains(article), queued.articleIds);
        });
        given().get("/api/entities/person:lukashenko").then().body("added", hasItem(alias));

        addAlias("person:lukashenko", alias.toUpperCase()).then().statusCode(200).body("created", equalTo(false));
        addAlias("person:putin", alias).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("alias"))
                .body("detail", containsString("person:lukashenko"));
    }

    @Test
    void badAliasesAreRefusedNamingTheField() {
        addAlias("person:lukashenko", "Putin").then().statusCode(409).body("errors[0].field", equalTo("alias"));
        addAlias("person:lukashenko", "  ").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("alias"));
        addAlias("person:lukashenko", null).then().statusCode(400).body("errors[0].field", equalTo("alias"));
        addAlias("person:lukashenko", "Lu|ka").then().statusCode(400).body("errors[0].field", equalTo("alias"));
        addAlias("person:lukashenko", "x".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("alias"));
        addAlias("person:nobody-" + word(), word()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("alias", word()))
                .post("/api/entities/person:lukashenko/aliases").then().statusCode(401);
    }

    @Test
    void mergingRelinksStoredMentionsAndTheSpellingsFollow() {
        String w = word();
        String unknown = "unknown:" + w.toLowerCase() + "-makey";
        String outlet = uniqueOutlet("Lakeside Report");
        String text = "Foreign minister " + w + " Makey spoke to the press.";
        String article = postAndId(outlet, "Press talk", "2024-05-08", text);
        mentions(article, unknown, w + " Makey", w + " Makey");

        Number job = merge("person:makei", unknown).then().statusCode(200)
                .body("into", equalTo("person:makei"))
                .body("from", equalTo(unknown))
                .body("mentionsRelinked", equalTo(2))
                .body("aliasesAdded", equalTo(List.of(w + " Makey")))
                .body("articles", equalTo(1))
                .extract().path("job");
        assertTrue(job != null);

        Map<String, Map<String, Integer>> surfaces = given().get("/api/entities/person:makei").then().statusCode(200)
                .body("merged", hasItem(unknown))
                .extract().jsonPath().getMap("surfaces");
        assertEquals(Map.of(w + " Makey", 2), surfaces.get(outlet));
        given().get("/api/entities/" + unknown).then().statusCode(404)
                .body("detail", containsString("merged into person:makei"));
        assertTrue(link(text).stream().anyMatch(m -> m.entityId().equals("person:makei")
                && m.surface().equals(w + " Makey")));
        merge("person:makei", unknown).then().statusCode(404).body("errors[0].field", equalTo("from"));

        // the name turns up again in a later article, under a spelling not seen before
        String later = postAndId(outlet, "Press talk, day two", "2024-05-09", "Minister " + w + "-Makey spoke again.");
        mentions(later, unknown, w + "-Makey");
        merge("person:makei", unknown).then().statusCode(200)
                .body("mentionsRelinked", equalTo(1))
                .body("aliasesAdded", equalTo(List.of(w + "-Makey")));
        given().get("/api/entities/person:makei").then().body("merged.findAll { it == '" + unknown + "' }", hasSize(1));
    }

    @Test
    void badMergesAreRefused() {
        String w = word();
        String unknown = "unknown:" + w.toLowerCase();
        mentions(postAndId(uniqueOutlet("Hill Bulletin"), "Note", "2024-05-09", w + " arrived."), unknown, w);

        merge("person:makei", "person:makei").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        merge("person:makei", " ").then().statusCode(400).body("errors[0].field", equalTo("from"));
        merge("person:makei", "unknown:never-seen-" + w.toLowerCase()).then().statusCode(404)
                .body("errors[0].field", equalTo("from"));
        merge("person:nobody-" + w.toLowerCase(), unknown).then().statusCode(404)
                .body("errors[0].field", equalTo("id"));
        merge(unknown, "person:makei").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).body(Map.of("from", unknown))
                .post("/api/entities/person:makei/merge").then().statusCode(401);
        given().get("/api/entities/" + unknown).then().statusCode(200).body("mentions", equalTo(1));
    }

    @Test
    void editorsTeachNamesAndReviewersMayNot() {
        String alias = word();
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("alias", alias))
                .post("/api/entities/person:lukashenko/aliases").then().statusCode(403)
                .contentType("application/problem+json");
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("from", "person:makei"))
                .post("/api/entities/person:lukashenko/merge").then().statusCode(403);
        given().get("/api/entities/person:lukashenko").then().body("added", org.hamcrest.Matchers.not(hasItem(alias)));

        String editor = Users.as("editor").contentType(ContentType.JSON).body(Map.of("alias", alias))
                .post("/api/entities/person:lukashenko/aliases").then().statusCode(201)
                .extract().path("createdBy");
        assertTrue(editor.startsWith("editor-"), editor);
    }

    @Test
    void aMergeIsCarriedIntoTheStoredAnalysisByTheReanalysisJob() {
        String w = word();
        String outlet = uniqueOutlet("Marsh Telegraph");
        String article = postAndId(outlet, "Ministers meet", "2024-05-10",
                "Ministers met in Minsk on Friday. Deputy minister " + w + " Orlovets said the talks went well.");
        worker.runUntilIdle();
        List<String> ids = given().queryParam("kind", "UNKNOWN").queryParam("q", w).get("/api/entities").then()
                .statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), () -> "the analysis stored the new name once: " + ids);
        String unknown = ids.get(0);

        Number job = merge("person:khrenin", unknown).then().statusCode(200)
                .body("articles", equalTo(1)).extract().path("job");
        worker.runUntilIdle();
        QuarkusTransaction.requiringNew().run(() -> {
            JobEntity done = JobEntity.findById(job.longValue());
            assertEquals(JobEntity.DONE, done.state, () -> "job " + done.id + ": " + done.error);
            assertTrue(done.articleIds.contains(article));
        });
        Map<String, Map<String, Integer>> surfaces = given().get("/api/entities/person:khrenin").then()
                .statusCode(200).extract().jsonPath().getMap("surfaces");
        assertEquals(Map.of(w + " Orlovets", 1), surfaces.get(outlet));
        given().get("/api/entities/" + unknown).then().statusCode(404);
    }
}
