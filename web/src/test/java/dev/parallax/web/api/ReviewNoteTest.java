package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer types is what is kept: a note is never trimmed; a verdict (a label or a code of the
 * vocabulary) loses its outer spaces and is stored as its code, as documented.
 */
@QuarkusTest
class ReviewNoteTest {
    @Inject
    Findings findings;

    @Test
    void aNoteIsKeptExactlyAsWritten() {
        Scenario s = Scenario.create(findings);
        String note = "  The release says:\n\n    \"14 sailings\"\n  (page 2)\n";
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("status", "confirmed", "verdict", "  Mostly accurate ", "note", note, "version", 0))
                .patch("/api/discrepancies/" + s.number()).then().statusCode(200)
                .body("review.note", equalTo(note))
                .body("review.verdict", equalTo("mostly-accurate"));
        given().get("/api/discrepancies/" + s.number()).then().body("review.note", equalTo(note));
    }
}
