package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static byte[] headerText(String outlet, String title, String body) {
        return ("outlet: " + outlet + "\ntitle: " + title + "\npublished: 2024-09-10\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonLine(String outlet, String title, String text) {
        return ("{\"outlet\":\"" + outlet + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void severalFilesAreImportedAndTheSameImportTwiceStoresNothingNew() {
        String outlet = uniqueOutlet("Upload Tribune");
        byte[] first = headerText(outlet, "Storm closes schools", "Schools in the north closed as the storm hit.");
        byte[] second = headerText(outlet, "Storm passes", "The storm moved east overnight, leaving 3,000 homes dark.");

        asAdmin().multiPart("file", "storm-1.txt", first).multiPart("file", "storm-2.txt", second)
                .post("/api/articles/import").then().statusCode(200)
                .body("created", hasSize(2)).body("existing", hasSize(0)).body("failed", hasSize(0))
                .body("created[0].status", equalTo("created"))
                .body("created[0].outlet", equalTo(outlet));
        asAdmin().multiPart("file", "storm-1.txt", first).multiPart("file", "storm-2.txt", second)
                .post("/api/articles/import").then().statusCode(200)
                .body("created", hasSize(0)).body("existing", hasSize(2))
                .body("existing[0].status", equalTo("existing"));
        given().queryParam("outlet", outlet).get("/api/articles").then().body("total", equalTo(2));
    }

    @Test
    void aMalformedJsonLinesLineIsNamedAndTheOthersImported() {
        String outlet = uniqueOutlet("Lines Ledger");
        byte[] lines = concat(jsonLine(outlet, "One", "The first report on the vote count."),
                "{\"outlet\": \"x\", \"title\": \n".getBytes(StandardCharsets.UTF_8),
                jsonLine(outlet, "Three", "The third report on the vote count."));

        asAdmin().multiPart("file", "batch.jsonl", lines)
                .post("/api/articles/import").then().statusCode(200)
                .body("created", hasSize(2))
                .body("failed", hasSize(1))
                .body("failed[0].source", containsString("batch.jsonl"))
                .body("failed[0].line", equalTo(2))
                .body("failed[0].message", containsString("JSON"));
    }

    @Test
    void oneBadFileInABatchIsNamedAndTheGoodOnesImported() {
        String outlet = uniqueOutlet("Mixed Mercury");
        byte[] latin1 = "outlet: X\n---\nCaf\u00e9 owners protest.".getBytes(StandardCharsets.ISO_8859_1);
        asAdmin().multiPart("file", "good.txt", headerText(outlet, "Good", "A good report on the rally."))
                .multiPart("file", "latin1.txt", latin1)
                .post("/api/articles/import").then().statusCode(200)
                .body("created", hasSize(1))
                .body("failed", hasSize(1))
                .body("failed[0].source", equalTo("latin1.txt"))
                .body("failed[0].message", containsString("UTF-8"));
    }

    @Test
    void nothingImportableIsA422ProblemNamingEachInput() {
        byte[] binary = {0, 1, 2, 3, (byte) 0xff, 0, 0, 7};
        ValidatableResponse response = asAdmin()
                .multiPart("file", "photo.bin", binary)
                .multiPart("file", "empty.txt", new byte[0])
                .multiPart("file", "nav.html", "<html><body><nav>Home</nav></body></html>".getBytes())
                .multiPart("file", "no-outlet.txt", "title: Lost\n---\nA report nobody signed.".getBytes())
                .post("/api/articles/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(4));
        response.body("errors.find { it.source == 'photo.bin' }.message", containsString("unknown format"));
        response.body("errors.find { it.source == 'empty.txt' }.message", containsString("empty"));
        response.body("errors.find { it.source == 'nav.html' }.message", containsString("text"));
        response.body("errors.find { it.source == 'no-outlet.txt' }.message", containsString("outlet"));
    }

    @Test
    void anOutletFieldNamesTheOutletOfFilesThatNameNone() {
        String outlet = uniqueOutlet("Field Flyer");
        asAdmin().multiPart("file", "unsigned.txt", "title: Unsigned\n---\nA report that names no outlet.".getBytes())
                .multiPart("outlet", outlet)
                .post("/api/articles/import").then().statusCode(200)
                .body("created[0].outlet", equalTo(outlet));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = headerText("Big Bugle", "Big", "word ".repeat(70 * 1024 / 5));
        asAdmin().multiPart("file", "big.txt", big)
                .post("/api/articles/import").then().statusCode(422)
                .body("errors[0].source", equalTo("big.txt"))
                .body("errors[0].message", containsString("limit"));
    }

    @Test
    void noFilesIsA400() {
        asAdmin().multiPart("note", "just a field").post("/api/articles/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("files"));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
