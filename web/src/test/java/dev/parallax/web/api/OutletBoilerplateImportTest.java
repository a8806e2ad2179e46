package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.ArticleIds;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityMention;
import dev.parallax.db.EntityMentionEntity;
import dev.parallax.db.EntityMentionRepository;
import dev.parallax.web.page.StoredAnalysis;
import dev.parallax.web.service.AnalysisService;
import dev.parallax.web.service.JobWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An import learns the lines an outlet repeats (its slogan, its footer) and stores its articles
 * without them, while their ids stay those of the shared cleaning; the analysis points into the
 * stored text.
 */
@QuarkusTest
class OutletBoilerplateImportTest {
    private static final String SLOGAN = "Quayside Courier, the tide of the harbour news";
    private static final String FOOTER = "Letters and corrections go to the quay desk every weekday";

    @Inject
    JobWorker worker;

    @Inject
    AnalysisService analyses;

    @Inject
    StoredAnalysis storedAnalysis;

    @Inject
    EntityMentionRepository mentions;

    private static byte[] file(String outlet, String title, String published, String body) {
        return ("outlet: " + outlet + "\ntitle: " + title + "\npublished: " + published + "\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String courier(String story) {
        return SLOGAN + "\n\n" + story + "\n\n" + FOOTER + "\n";
    }

    private static JsonPath importFiles(Map<String, byte[]> files) {
        RequestSpecification request = asAdmin();
        for (var file : files.entrySet()) {
            request = request.multiPart("file", file.getKey(), file.getValue());
        }
        return request.post("/api/articles/import").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath article(String id) {
        return given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static boolean removedAsOutletBoilerplate(JsonPath article, String line) {
        List<Map<String, Object>> removed = article.getList("removed");
        return removed.stream().anyMatch(r -> line.equals(r.get("text")) && "outlet-boilerplate".equals(r.get("reason")));
    }

    @Test
    void linesAnOutletRepeatsAreLearnedAtImportAndNeverRemovedFromAnotherOutlet() {
        String courier = uniqueOutlet("Quayside Courier");
        String other = uniqueOutlet("Inland Gazette");
        Map<String, byte[]> batch = new java.util.LinkedHashMap<>();
        batch.put("ferry.txt", file(courier, "Ferry timetable cut", "2024-11-04",
                courier("Lukashenko said in Minsk on Monday that the river ferry would run twice a day.")));
        batch.put("dock.txt", file(courier, "Dock workers vote", "2024-11-05",
                courier("Dock workers voted to accept a pay rise of 4%, their union said on Tuesday.")));
        batch.put("lighthouse.txt", file(courier, "Lighthouse reopens", "2024-11-06",
                courier("The old lighthouse reopened to visitors after a repair that took eight months.")));
        batch.put("gazette.txt", file(other, "Market day moved", "2024-11-06",
                "The weekly market moves to Thursday, the town council decided.\n\n" + FOOTER + "\n"));

        JsonPath first = importFiles(batch);
        assertEquals(4, first.getList("created").size(), first.prettify());
        List<String> ids = first.getList("created.id");

        for (int i = 0; i < 3; i++) {
            JsonPath stored = article(ids.get(i));
            String cleaned = stored.getString("cleanedText");
            assertFalse(cleaned.contains(FOOTER), cleaned);
            assertFalse(cleaned.contains(SLOGAN), cleaned);
            assertTrue(removedAsOutletBoilerplate(stored, FOOTER), stored.prettify());
            assertTrue(removedAsOutletBoilerplate(stored, SLOGAN), stored.prettify());
            assertNotEquals(ArticleIds.of(cleaned), ids.get(i), "the id is the hash of the shared cleaning only");
        }
        JsonPath gazette = article(ids.get(3));
        assertTrue(gazette.getString("cleanedText").contains(FOOTER), "another outlet keeps the line");
        assertFalse(removedAsOutletBoilerplate(gazette, FOOTER));

        JsonPath again = importFiles(batch);
        assertEquals(0, again.getList("created").size(), again.prettify());
        assertEquals(ids, again.getList("existing.id"), "the same articles are found under the same ids");
        given().queryParam("outlet", courier).get("/api/articles").then().body("items", hasSize(3));

        // one more article alone: the outlet's stored articles teach it the same lines
        JsonPath later = importFiles(Map.of("tug.txt", file(courier, "Tug race", "2024-11-07",
                courier("Six tugs raced across the bay, and the oldest one won."))));
        JsonPath tug = article(later.getString("created[0].id"));
        assertFalse(tug.getString("cleanedText").contains(FOOTER), tug.getString("cleanedText"));
        assertTrue(removedAsOutletBoilerplate(tug, FOOTER), tug.prettify());
    }

    @Test
    void theAnalysisPointsIntoTheStoredCleanedText() {
        String courier = uniqueOutlet("Quayside Courier");
        Map<String, byte[]> batch = new java.util.LinkedHashMap<>();
        batch.put("talks.txt", file(courier, "Talks at the quay", "2024-11-04",
                courier("Putin and Lukashenko met in Minsk on Monday, the Kremlin said.\n\n"
                        + "\"The harbour will stay open,\" Lukashenko told reporters.")));
        batch.put("grain.txt", file(courier, "Grain ship arrives", "2024-11-05",
                courier("A grain ship from Kyiv docked on Tuesday with 30,000 tonnes aboard.")));
        batch.put("crane.txt", file(courier, "New crane", "2024-11-06",
                courier("The port authority bought a crane for $2 million, Lukashenko said.")));
        List<String> ids = importFiles(batch).getList("created.id");
        assertEquals(3, ids.size());
        worker.runUntilIdle();

        for (String id : ids) {
            String cleaned = article(id).getString("cleanedText");
            AnalyzedArticle analysis = analyses.analysis(id);
            assertEquals(id, analysis.id(), "the analysis keeps the stored identity");
            assertEquals(cleaned, analysis.text());
            assertTrue(analysis.removed().stream().anyMatch(r -> r.reason().equals("outlet-boilerplate")),
                    analysis.removed().toString());
            assertFalse(analysis.mentions().isEmpty(), "names are found: " + cleaned);
            for (EntityMention m : analysis.mentions()) {
                assertEquals(m.surface(), cleaned.substring(m.start(), m.end()), m.toString());
            }
            assertEquals(analysis, storedAnalysis.analysis(id), "pages show the same analysis");

            List<EntityMentionEntity> stored = QuarkusTransaction.requiringNew().call(() -> mentions.forArticle(id));
            assertFalse(stored.isEmpty());
            for (EntityMentionEntity m : stored) {
                // stored offsets count code points, as the API's evidence offsets do
                int from = cleaned.offsetByCodePoints(0, m.start);
                int to = cleaned.offsetByCodePoints(0, m.end);
                assertEquals(m.surface, cleaned.substring(from, to), m.entityId);
            }
        }
    }
}
