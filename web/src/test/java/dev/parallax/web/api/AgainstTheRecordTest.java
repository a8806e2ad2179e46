package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Against the record: an event's official record marked at import ({@code "record": true}) or by its
 * outlet's kind, every quotation of the other accounts checked against it, the verdicts stored with the
 * event, served in its JSON and on its page, and counted per outlet.
 */
@QuarkusTest
class AgainstTheRecordTest {

    /**
     * Invented remarks after invented talks in Minsk, and accounts that quote them: one word for word,
     * one with a figure changed, one with words the record does not have.
     */
    record Remarks(LocalDate day, String topic, String tag) {
        static Remarks fresh() {
            return new Remarks(Stories.unusedDay(), Stories.word(), Stories.word());
        }

        String office() {
            return "Presidential Press Office " + tag;
        }

        String outlet(int i) {
            return "Gazette " + tag + " " + (char) ('A' + i);
        }

        private String month() {
            return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        Map<String, Object> record(boolean marked) {
            String text = "Statements for the press after Russian-Belarusian talks in Minsk, " + day.getDayOfMonth() + " "
                    + month() + " " + day.getYear() + "\n\n"
                    + "President of Russia Vladimir Putin: Good afternoon. Today in Minsk we discussed the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "Since our last meeting trade between our countries has grown by 12 percent.\n\n"
                    + "Nobody will drive a wedge between our two peoples.\n\n"
                    + "President of Belarus Alexander Lukashenko: Thank you. Our governments will sign nine agreements on "
                    + "freight tariffs before the end of the year.";
            Map<String, Object> body = Articles.article(office(), "Press statements after the talks on the " + topic
                    + " bridge", day + "T17:00:00Z", text);
            if (marked) {
                body.put("record", true);
            }
            return body;
        }

        Map<String, Object> account(int i, String quote) {
            String text = "MINSK, " + month() + " " + day.getDayOfMonth() + " (" + outlet(i) + ") - Russian President "
                    + "Vladimir Putin and Belarusian President Alexander Lukashenko held talks in Minsk on "
                    + day.getDayOfMonth() + " " + month() + " " + day.getYear() + " about the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "\"" + quote + ",\" Putin told reporters after the talks.\n\n"
                    + "Lukashenko said the governments would sign nine agreements on freight tariffs before the end of the year.";
            return Articles.article(outlet(i), "Putin and Lukashenko discuss the " + topic + " bridge",
                    day + "T18:00:00Z", text);
        }

        /** A joint statement that names no one and no place: grouping alone leaves it out of the event. */
        Map<String, Object> jointStatement() {
            String text = "Joint statement\n\n"
                    + "Nobody will drive a wedge between our two peoples.\n\n"
                    + "Since our last meeting trade between our countries has grown by 12 percent.\n\n"
                    + "Our governments will sign nine agreements on freight tariffs before the end of the year.";
            return Articles.article("Joint Secretariat " + tag, "Joint statement", day + "T16:00:00Z", text);
        }

        List<Map<String, Object>> accounts() {
            List<Map<String, Object>> list = new ArrayList<>();
            list.add(account(0, "Nobody will drive a wedge between our two peoples"));
            list.add(account(1, "Since our last meeting trade between our countries has grown by 21 percent"));
            return list;
        }
    }

    /** The event the job stored, by one of its accounts. */
    private static String eventOf(String article) {
        return given().get("/api/articles/" + article).then().statusCode(200).extract().path("event");
    }

    private static Map<String, Object> verdictOn(JsonPath event, String article, String words) {
        List<Map<String, Object>> fidelity = event.getList("fidelity");
        return fidelity.stream().filter(f -> article.equals(f.get("article"))
                        && String.valueOf(((Map<?, ?>) f.get("quote")).get("text")).contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no verdict on '" + words + "' in " + fidelity));
    }

    @Test
    void anImportedRecordGivesEachQuotationAVerdictStoredWithTheEvent() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(true));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String verbatim = ids.get(0), altered = ids.get(1), record = ids.get(2);
        given().get("/api/articles/" + record).then().statusCode(200).body("record", equalTo(true));
        given().get("/api/articles/" + verbatim).then().statusCode(200).body("record", equalTo(false));
        String event = eventOf(record);
        assertNotNull(event, "the record joins the event of the accounts that quote it");
        assertEquals(event, eventOf(verbatim));

        JsonPath json = given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(record))).extract().jsonPath();
        Map<String, Object> same = verdictOn(json, verbatim, "drive a wedge");
        assertEquals("VERBATIM", same.get("verdict"), same.toString());
        assertEquals(record, ((Map<?, ?>) same.get("record")).get("article"));
        assertTrue(String.valueOf(((Map<?, ?>) same.get("record")).get("text")).contains("drive a wedge"), same.toString());

        Map<String, Object> changed = verdictOn(json, altered, "21 percent");
        assertEquals("ALTERED", changed.get("verdict"), changed.toString());
        assertTrue(changed.get("reasons").toString().contains("12 percent"), changed.toString());
        String discrepancy = (String) changed.get("discrepancy");
        assertNotNull(discrepancy, "an altered quotation becomes a discrepancy");
        given().get("/api/discrepancies/" + discrepancy).then().statusCode(200)
                .body("evidence.article", hasItem(record))
                .body("evidence.text", hasItem(containsString("12 percent")));
        // the comparator ranks what an account changed against the record first; the queue keeps that order
        given().get("/api/events/" + event + "/discrepancies").then().statusCode(200)
                .body("items[0].id", equalTo(discrepancy));
    }

    @Test
    void anOutletMadeAnOfficialRecordHasItsEventsComparedAgainAndItsQuotationsCounted() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(false));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String event = eventOf(ids.get(2));
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of())).body("fidelity", equalTo(List.of()));

        int office = outletId(remarks.office());
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "Official Record")).patch("/api/outlets/" + office)
                .then().statusCode(200).body("kind", equalTo("official record"));
        runJobs();
        JsonPath json = given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(ids.get(2)))).extract().jsonPath();
        assertEquals("VERBATIM", verdictOn(json, ids.get(0), "drive a wedge").get("verdict"));
        assertEquals("ALTERED", verdictOn(json, ids.get(1), "21 percent").get("verdict"));

        int quoting = outletId(remarks.outlet(1));
        JsonPath counts = given().get("/api/outlets/" + quoting + "/fidelity").then().statusCode(200)
                .body("name", equalTo(remarks.outlet(1)))
                .body("events", equalTo(1)).body("eventsWithRecord", equalTo(1))
                .body("altered", equalTo(1)).body("verbatim", equalTo(0))
                .body("byEvent[0].event", equalTo(event)).body("byEvent[0].altered", equalTo(1))
                .extract().jsonPath();
        // its reported speech of Lukashenko is checked too
        assertEquals(counts.getInt("verbatim") + counts.getInt("faithful") + counts.getInt("altered")
                + counts.getInt("notInRecord"), counts.getInt("quotes"));
        assertEquals(json.getList("fidelity.findAll { it.article == '" + ids.get(1) + "' }").size(), counts.getInt("quotes"));
        given().get("/api/outlets/" + outletId(remarks.outlet(0)) + "/fidelity").then().statusCode(200)
                .body("verbatim", equalTo(1)).body("altered", equalTo(0));
        given().get("/api/outlets").then().statusCode(200)
                .body("find { it.id == " + office + " }.kind", equalTo("official record"));
        String outletsPage = given().get("/outlets").then().statusCode(200).contentType("text/html").extract().asString();
        int row = outletsPage.indexOf(">" + remarks.outlet(1) + "<");
        assertTrue(row > 0, "the outlets page lists the outlet");
        assertTrue(outletsPage.substring(row, outletsPage.indexOf("</tr>", row)).contains("1 altered"),
                "its fidelity column counts the altered quote");
        assertTrue(outletsPage.contains("badge official-record"), "an official record is marked");

        // no longer a record: the event is compared again without one
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "independent")).patch("/api/outlets/" + office)
                .then().statusCode(200);
        runJobs();
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of())).body("fidelity", equalTo(List.of()));
        given().get("/api/outlets/" + quoting + "/fidelity").then().statusCode(200)
                .body("quotes", equalTo(0)).body("eventsWithRecord", equalTo(0)).body("events", equalTo(1));
    }

    @Test
    void aStatementLeftAloneJoinsTheEventThatQuotesItOnceItsOutletIsAnOfficialRecord() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.jointStatement());
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String event = eventOf(ids.get(0));
        assertNotNull(event);
        assertEquals(null, eventOf(ids.get(2)), "alone, the statement shares too little with the news to be grouped");

        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "official record"))
                .patch("/api/outlets/" + outletId("Joint Secretariat " + remarks.tag())).then().statusCode(200);
        runJobs();
        assertEquals(event, eventOf(ids.get(2)), "as a record, the statement joins the event whose accounts quote it");
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(ids.get(2))))
                .body("fidelity.verdict", hasItem("VERBATIM"));
    }

    @Test
    void anEditorMakesAnOutletAnOfficialRecordFromTheOutletsPage() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(false));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        int office = outletId(remarks.office());
        String form = asAdmin().get("/outlets").then().statusCode(200).extract().asString();
        assertTrue(form.contains("action=\"/outlets/" + office + "\""), "editors get a form per outlet");

        Users.as("fact-checker").contentType(ContentType.URLENC).formParam("kind", "official record")
                .redirects().follow(false).post("/outlets/" + office).then().statusCode(403);
        asAdmin().contentType(ContentType.URLENC).formParam("kind", "official record").redirects().follow(false)
                .post("/outlets/" + office).then().statusCode(303)
                .header("Location", containsString("/outlets?saved=" + office));
        asAdmin().get("/outlets?saved=" + office).then().statusCode(200)
                .body(containsString("Saved: " + remarks.office()));
        runJobs();
        given().get("/api/events/" + eventOf(ids.get(0))).then().statusCode(200)
                .body("reference", equalTo(List.of(ids.get(2))));

        asAdmin().contentType(ContentType.URLENC).formParam("kind", "tabloid").redirects().follow(false)
                .post("/outlets/" + office).then().statusCode(400);
        asAdmin().contentType(ContentType.URLENC).formParam("kind", "").redirects().follow(false)
                .post("/outlets/" + office).then().statusCode(303);
        given().get("/api/outlets/" + office).then().body("kind", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aKindThatIsNoKindIsA400NamingTheKindsAndAnUnknownOutletA404() {
        Remarks remarks = Remarks.fresh();
        createdIds(importAll(List.of(remarks.record(false))));
        int office = outletId(remarks.office());
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "transcript")).patch("/api/outlets/" + office)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("official record"));
        given().get("/api/outlets/" + office).then().statusCode(200).body("kind", org.hamcrest.Matchers.nullValue());
        given().get("/api/outlets/" + Integer.MAX_VALUE + "/fidelity").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no outlet"));
        given().get("/api/outlets/nope/fidelity").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void markingAnOutletARecordNeedsAnEditor() {
        Remarks remarks = Remarks.fresh();
        createdIds(importAll(List.of(remarks.record(false))));
        int office = outletId(remarks.office());
        given().contentType(ContentType.JSON).body(Map.of("kind", "official record")).patch("/api/outlets/" + office)
                .then().statusCode(401).contentType("application/problem+json");
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("kind", "official record"))
                .patch("/api/outlets/" + office).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/outlets/" + office).then().statusCode(200).body("kind", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAccountImportedAgainAsARecordBecomesTheRecord() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(false));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String event = eventOf(ids.get(2));
        importAll(List.of(remarks.record(true))).then().statusCode(200)
                .body("existing[0].id", equalTo(ids.get(2)));
        runJobs();
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(ids.get(2))))
                .body("fidelity.verdict", hasItem("ALTERED"));
    }

    @Test
    void anAccountImportedAgainAsNoRecordStopsBeingTheRecordAndSayingNothingKeepsIt() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(true));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String event = eventOf(ids.get(2));
        given().get("/api/events/" + event).then().statusCode(200).body("reference", equalTo(List.of(ids.get(2))));

        // the field left out: the mark stays, and nothing is compared again
        importAll(List.of(remarks.record(false))).then().statusCode(200)
                .body("existing[0].id", equalTo(ids.get(2))).body("job", org.hamcrest.Matchers.nullValue());
        given().get("/api/articles/" + ids.get(2)).then().statusCode(200).body("record", equalTo(true));

        Map<String, Object> notARecord = remarks.record(false);
        notARecord.put("record", false);
        importAll(List.of(notARecord)).then().statusCode(200).body("existing[0].id", equalTo(ids.get(2)));
        runJobs();
        given().get("/api/articles/" + ids.get(2)).then().statusCode(200).body("record", equalTo(false));
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of())).body("fidelity", equalTo(List.of()));

        // posted alone, the same way
        Map<String, Object> again = remarks.record(true);
        asAdmin().contentType(ContentType.JSON).body(again).post("/api/articles").then().statusCode(200);
        runJobs();
        given().get("/api/events/" + event).then().statusCode(200).body("reference", equalTo(List.of(ids.get(2))));
        again.put("record", false);
        asAdmin().contentType(ContentType.JSON).body(again).post("/api/articles").then().statusCode(200)
                .body("status", equalTo("existing"));
        runJobs();
        given().get("/api/articles/" + ids.get(2)).then().statusCode(200).body("record", equalTo(false));
        given().get("/api/events/" + event).then().statusCode(200).body("reference", equalTo(List.of()));
    }

    @Test
    void aTextHeaderOrAJsonArraySayingRecordFalseClearsTheMark() {
        Remarks remarks = Remarks.fresh();
        String body = "Statements for the press on the " + remarks.topic() + " bridge.\n\nNobody will drive a wedge "
                + "between our two peoples, said the President of the " + remarks.tag() + " republic.";
        String header = "outlet: " + remarks.office() + "\ntitle: Statements " + remarks.tag() + "\n";
        String id = asAdmin().multiPart("file", "statement.txt", (header + "record: true\n---\n" + body)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/articles/import")
                .then().statusCode(200).extract().path("created[0].id");
        given().get("/api/articles/" + id).then().body("record", equalTo(true));
        asAdmin().multiPart("file", "statement.txt", (header + "---\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).body("existing[0].id", equalTo(id));
        given().get("/api/articles/" + id).then().body("record", equalTo(true));
        asAdmin().multiPart("file", "statement.txt", (header + "Record: no\n---\n" + body)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).body("existing[0].id", equalTo(id));
        given().get("/api/articles/" + id).then().body("record", equalTo(false));

        Map<String, Object> marked = remarks.record(true);
        String other = asAdmin().multiPart("file", "one.json", ("[" + Stories.toJson(marked) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).extract().path("created[0].id");
        given().get("/api/articles/" + other).then().body("record", equalTo(true));
        marked.put("record", "false");
        asAdmin().multiPart("file", "one.json", ("[" + Stories.toJson(marked) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200).body("existing[0].id", equalTo(other));
        given().get("/api/articles/" + other).then().body("record", equalTo(false));
    }

    @jakarta.inject.Inject
    dev.parallax.web.service.ArticleImportService imports;

    @Test
    void aFileImportedAgainFromDiskSayingRecordFalseClearsTheMark() throws java.io.IOException {
        Remarks remarks = Remarks.fresh();
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("records");
        java.nio.file.Path file = folder.resolve("remarks.jsonl");
        Map<String, Object> record = remarks.record(true);
        java.nio.file.Files.writeString(file, Stories.toJson(remarks.accounts().get(0)) + "\n" + Stories.toJson(record) + "\n");
        List<String> ids = imports.importPaths(List.of(folder), null).created().stream().map(a -> a.id()).toList();
        assertEquals(2, ids.size());
        given().get("/api/articles/" + ids.get(1)).then().body("record", equalTo(true));
        record.put("record", false);
        java.nio.file.Files.writeString(file, Stories.toJson(remarks.accounts().get(0)) + "\n" + Stories.toJson(record) + "\n");
        var report = imports.importPaths(List.of(folder), null);
        assertEquals(2, report.existing().size());
        assertNotNull(report.job(), "the event is compared again");
        given().get("/api/articles/" + ids.get(1)).then().body("record", equalTo(false));
        given().get("/api/articles/" + ids.get(0)).then().body("record", equalTo(false));
        runJobs();
    }

    @Test
    void anEditorMarksAnArticleARecordAndClearsTheMarkByPatch() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(false));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String record = ids.get(2);
        String event = eventOf(record);
        asAdmin().contentType(ContentType.JSON).body(Map.of("record", true)).patch("/api/articles/" + record)
                .then().statusCode(200).body("id", equalTo(record)).body("record", equalTo(true));
        runJobs();
        JsonPath json = given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(record))).extract().jsonPath();
        assertEquals("ALTERED", verdictOn(json, ids.get(1), "21 percent").get("verdict"));

        asAdmin().contentType(ContentType.JSON).body(Map.of("record", false)).patch("/api/articles/" + record)
                .then().statusCode(200).body("record", equalTo(false));
        runJobs();
        given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of())).body("fidelity", equalTo(List.of()));
    }

    @Test
    void patchingTheRecordMarkWantsABooleanAKnownArticleAndAnEditor() {
        Remarks remarks = Remarks.fresh();
        String record = createdIds(importAll(List.of(remarks.record(false)))).get(0);
        for (Object bad : List.of("true", "yes", 1)) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("record", bad)).patch("/api/articles/" + record)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("record"));
        }
        asAdmin().contentType(ContentType.JSON).body("{\"record\": null}").patch("/api/articles/" + record)
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(Map.of("title", "x")).patch("/api/articles/" + record)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("record", true)).patch("/api/articles/" + "0".repeat(64))
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("record", true)).patch("/api/articles/" + record)
                .then().statusCode(401).contentType("application/problem+json");
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("record", true))
                .patch("/api/articles/" + record).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/articles/" + record).then().statusCode(200).body("record", equalTo(false));
    }

    @Test
    void theEventPageSetsEachQuotationBesideTheRecordAndEscapesWhatTheAccountsSay() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.account(2, "<script>alert('x')</script> We shall build the bridge of friendship"));
        all.add(remarks.record(true));
        List<String> ids = createdIds(importAll(all));
        runJobs();
        String event = eventOf(ids.get(3));
        String page = given().get("/events/" + event).then().statusCode(200).contentType("text/html").extract().asString();
        assertTrue(page.contains("Against the record"), "the section is there");
        assertTrue(page.contains("VERBATIM") || page.contains("verbatim"), "verdicts are shown");
        assertTrue(page.contains("21 percent") && page.contains("12 percent"), "both the quote and the record's words");
        String discrepancy = given().get("/api/events/" + event).then().extract().jsonPath()
                .getString("fidelity.find { it.verdict == 'ALTERED' }.discrepancy");
        assertTrue(page.contains("href=\"/discrepancies/" + discrepancy + "\""), "an altered quote links to its review");
        assertFalse(page.contains("<script>alert"), "an account's words are never markup");
        assertTrue(page.contains("&lt;script&gt;") || !page.contains("alert("), "escaped where shown");

        Remarks other = Remarks.fresh();
        List<String> plain = createdIds(importAll(other.accounts()));
        runJobs();
        given().get("/events/" + eventOf(plain.get(0))).then().statusCode(200)
                .body(containsString("Against the record"), containsString("No official record"));
    }

    @Test
    void postedArticlesAreComparedAgainstTheOnePostedAsARecordAndNothingIsStored() {
        Remarks remarks = Remarks.fresh();
        List<Map<String, Object>> all = new ArrayList<>(remarks.accounts());
        all.add(remarks.record(true));
        JsonPath report = asAdmin().contentType(ContentType.JSON).body(Map.of("oneEvent", true, "articles", all))
                .post("/api/compare").then().statusCode(200).extract().jsonPath();
        String record = report.getString("articles.find { it.outlet == '" + remarks.office() + "' }.id");
        assertEquals(List.of(record), report.getList("events[0].reference"));
        assertTrue(report.getList("events[0].fidelity.verdict").contains("ALTERED"), report.prettify());
        given().get("/api/articles/" + record).then().statusCode(404);
    }

    @jakarta.inject.Inject
    dev.parallax.web.service.DemoCorpus demo;

    @Test
    void theDemoCorpusShowsAnEventCheckedAgainstItsRecord() {
        var report = demo.load("demo");
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        runJobs();
        String record = java.util.stream.Stream.concat(report.created().stream(), report.existing().stream())
                .filter(a -> a.outlet().equals("Joint Press Office")).findFirst().orElseThrow().id();
        String event = eventOf(record);
        assertNotNull(event, "the transcript joins the Minsk event");
        JsonPath json = given().get("/api/events/" + event).then().statusCode(200)
                .body("reference", equalTo(List.of(record))).body("articleCount", equalTo(7)).extract().jsonPath();
        assertTrue(json.getList("fidelity.verdict").contains("VERBATIM"), json.getList("fidelity").toString());
        assertTrue(json.getList("fidelity.verdict").contains("ALTERED"), json.getList("fidelity").toString());
    }

    private static int outletId(String name) {
        List<Map<String, Object>> outlets = given().get("/api/outlets").then().statusCode(200).extract().path("");
        return outlets.stream().filter(o -> name.equals(o.get("name"))).findFirst()
                .map(o -> (Integer) o.get("id")).orElseThrow(() -> new AssertionError("no outlet " + name));
    }
}
