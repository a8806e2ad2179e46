package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or broken client can send: mutated files of every format, nesting bombs, invalid
 * UTF-8, path-like upload names and SQL in every filter. Each gets a 4xx problem or a 2xx, never a 500,
 * and what was stored stays stored.
 */
@QuarkusTest
class HostileInputTest {

    private static final List<String> FORMATS = List.of("a.txt", "a.html", "a.json", "a.jsonl");

    @Test
    void mutatedUploadsOfEveryFormatNeverCauseA500() {
        String outlet = uniqueOutlet("Fuzz Gazette");
        List<byte[]> seeds = List.of(
                ("outlet: " + outlet + "\ntitle: Bridge reopens\npublished: 2024-05-02\n---\n"
                        + "The river bridge reopened on Tuesday after 14 months of repairs costing $3.2m.\n").getBytes(StandardCharsets.UTF_8),
                ("<html><head><title>Bridge</title></head><body><article><h1>Bridge reopens</h1><p>The bridge "
                        + "reopened on Tuesday, officials said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8),
                ("{\"outlet\":\"" + outlet + "\",\"title\":\"Bridge\",\"published\":\"2024-05-02\",\"text\":\"The bridge "
                        + "reopened on Tuesday.\"}").getBytes(StandardCharsets.UTF_8),
                ("{\"outlet\":\"" + outlet + "\",\"text\":\"First line report.\"}\n{\"outlet\":\"" + outlet
                        + "\",\"text\":\"Second line report.\"}\n").getBytes(StandardCharsets.UTF_8));
        Random random = new Random(20261123L);
        for (int round = 0; round < 80; round++) {
            int format = round % FORMATS.size();
            byte[] input = mutate(seeds.get(format), random);
            int status = asAdmin().multiPart("file", FORMATS.get(format), input).multiPart("outlet", outlet)
                    .post("/api/articles/import").then().extract().statusCode();
            assertTrue(status == 200 || status == 400 || status == 413 || status == 422,
                    "round " + round + " (" + FORMATS.get(format) + ") answered " + status);
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedAsAProblem() {
        String bomb = "[".repeat(200_000) + "]".repeat(200_000);
        asAdmin().contentType(ContentType.JSON).body(bomb).post("/api/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        String objects = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        asAdmin().multiPart("file", "deep.json", objects.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(lessThan(500)).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void invalidUtf8IsRefusedAndNamesTheInput() {
        byte[] bad = {'o', 'u', 't', 'l', 'e', 't', ':', ' ', 'X', '\n', '-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28,
                'a', (byte) 0xFF, '\n'};
        asAdmin().contentType("application/json; charset=utf-8").body(new byte[] {'{', '"', 't', (byte) 0xFF, '"', '}'})
                .post("/api/articles").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        asAdmin().multiPart("file", "broken.txt", bad).post("/api/articles/import")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void nulCharactersAreRefusedWhereverTheyAppear() {
        String outlet = uniqueOutlet("Nul Courier");
        asAdmin().contentType(ContentType.JSON)
                .body("{\"outlet\":\"" + outlet + "\",\"text\":\"Power was restored\\u0000 overnight.\"}")
                .post("/api/articles").then().statusCode(422).contentType(Problem.MEDIA_TYPE);
        asAdmin().contentType(ContentType.JSON)
                .body("{\"outlet\":\"" + outlet + "\\u0000\",\"text\":\"Power was restored overnight.\"}")
                .post("/api/articles").then().statusCode(422);
        given().queryParam("outlet", outlet).get("/api/articles").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "a\u0000b").get("/api/articles").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("q"));
    }

    @Test
    void activeContentInAnHtmlArticleNeverReachesAPageOrAnExportAsMarkup() {
        String outlet = uniqueOutlet("Payload Post");
        String html = "<html><head><style>body{background:url(javascript:alert(1))}</style>"
                + "<script>window.pwned=1</script></head><body><article><h1>Council vote</h1>"
                + "<p onclick=\"alert(2)\">The council approved the budget on Monday by 31 votes to 9.</p>"
                + "<p><a href=\"javascript:alert(3)\">Read more</a> <img src=x onerror=\"alert(4)\"> "
                + "<span style=\"width:expression(alert(5))\">The mayor said spending rises 4%.</span></p>"
                + "<svg onload=\"alert(6)\"></svg><iframe src=\"javascript:alert(7)\"></iframe></article></body></html>";
        String id = asAdmin().contentType(ContentType.JSON).body(java.util.Map.of("outlet", outlet, "html", html))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        for (String markup : List.of("javascript:", "onclick=", "onerror=", "onload=", "expression(", "<iframe",
                "<svg", "window.pwned")) {
            assertTrue(!page.contains(markup), "the article page carries " + markup);
        }
        assertTrue(page.contains("approved the budget"), "the article text is shown");
        for (String export : List.of("/api/exports/annotations", "/api/exports/claimreview", "/api/exports/discrepancies.csv")) {
            String body = given().get(export).then().statusCode(200).extract().asString();
            assertTrue(!body.contains("<script") && !body.contains("javascript:"), export + " carries active content");
        }
    }

    @Test
    void anUploadNameIsALabelNeverAPath() {
        String outlet = uniqueOutlet("Traversal Times");
        byte[] text = ("outlet: " + outlet + "\ntitle: Ferry timetable\n---\nThe winter ferry timetable starts on "
                + "1 December with four crossings a day.\n").getBytes(StandardCharsets.UTF_8);
        asAdmin().multiPart("file", "../../../../etc/passwd.txt", text).post("/api/articles/import")
                .then().statusCode(200).body("created", hasSize(1)).body("created[0].source", equalTo("passwd.txt"));
        asAdmin().multiPart("file", "..\\..\\windows\\win.ini.txt", text).post("/api/articles/import")
                .then().statusCode(200).body("existing", hasSize(1));
        assertTrue(ArticleResource.baseName("..").equals("upload"));
        assertTrue(ArticleResource.baseName("a\u0000b/c\u0007.txt").equals("c.txt"));
    }

    @Test
    void sqlInEveryFilterIsJustText() {
        String outlet = uniqueOutlet("Quote's \"Daily\"; --");
        Articles.postAndId(outlet, "Harbour strike", "2024-03-03", "Dock workers began a strike in the harbour on Sunday.");
        List<String> payloads = List.of("' or '1'='1", "'; drop table articles; --", "\" or 1=1 --", "%' union select 1 --",
                "\\'", "$$", "::text", "\u0000");
        for (String payload : payloads) {
            for (String parameter : List.of("q", "outlet", "publishedFrom", "publishedTo", "sort", "page", "size")) {
                Response response = given().queryParam(parameter, payload).get("/api/articles");
                assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                        parameter + "=" + payload + " answered " + response.statusCode() + ": " + response.asString());
            }
        }
        // the outlet with quotes and a comment marker in its name is found by its exact name
        given().queryParam("outlet", outlet).get("/api/articles").then().statusCode(200).body("total", equalTo(1));
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(6);
        byte[] special = "{}[]<>\"\n:\\\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> bytes[at] = special[random.nextInt(special.length)];
                default -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = special[random.nextInt(special.length)];
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }
}
