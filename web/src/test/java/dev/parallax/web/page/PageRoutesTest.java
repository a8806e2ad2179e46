package dev.parallax.web.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pages over HTTP without a browser: filters, forms, the write guard and error pages. */
@QuarkusTest
class PageRoutesTest {
    private static final String TEXT = "Harbour officials said on Tuesday that ferry fares would rise by 4 percent "
            + "from next month, citing fuel costs.\n\nThe mayor said the town would review the decision in spring.";

    @Test
    void pastedArticleIsImportedByAnAuthenticatedUserAndListedUnderItsOutlet() {
        String outlet = "Harbour Gazette " + UUID.randomUUID().toString().substring(0, 8);
        String result = given().auth().preemptive().basic("admin", "test-secret")
                .formParam("outlet", outlet).formParam("title", "Ferry fares to rise")
                .formParam("published", "2024-03-05").formParam("text", TEXT)
                .post("/import/text")
                .then().statusCode(200).contentType("text/html")
                .body(containsString("1 new"), containsString("Ferry fares to rise"))
                .extract().asString();

        java.util.regex.Matcher job = java.util.regex.Pattern.compile("href=\"(/import/jobs/\\d+)\"").matcher(result);
        org.junit.jupiter.api.Assertions.assertTrue(job.find(), "the result links the analysis job: " + result);
        given().get(job.group(1)).then().statusCode(200).body(containsString("Analysis job"),
                containsString("of 1 article analyzed"));
        given().get("/import/jobs/999999999").then().statusCode(404).contentType("text/html");

        given().queryParam("outlet", outlet).get("/articles")
                .then().statusCode(200)
                .body(containsString("1 article<"), containsString("Ferry fares to rise"), containsString("2024-03-05"));
        given().queryParam("outlet", outlet).queryParam("to", "2024-03-04").get("/articles")
                .then().statusCode(200).body(containsString("0 articles"), not(containsString("Ferry fares to rise")));
    }

    @Test
    void importNeedsAnAccountThatMayWrite() {
        given().formParam("outlet", "Nobody").formParam("text", TEXT).post("/import/text")
                .then().statusCode(401).contentType("text/html").body(containsString("Please log in"));
    }

    @Test
    void pasteFormNamesTheFieldsToFix() {
        given().auth().preemptive().basic("admin", "test-secret")
                .formParam("outlet", " ").formParam("published", "yesterday").formParam("text", "")
                .post("/import/text")
                .then().statusCode(200)
                .body(containsString("Outlet: say who published the article."),
                        containsString("Published: write the date like 2022-12-19."),
                        containsString("Text: paste the article"));
    }

    @Test
    void aBadDateFilterIsExplainedNotFatal() {
        given().queryParam("from", "last week").get("/articles")
                .then().statusCode(200).body(containsString("is not a date like 2022-12-19"));
    }

    @Test
    void pagesAnswerErrorsInHtmlAndTheApiInProblems() {
        given().get("/no-such-page").then().statusCode(404).contentType("text/html")
                .body(containsString("Page not found"));
        given().get("/diff?left=abc").then().statusCode(400).contentType("text/html")
                .body(containsString("give two article ids"));
        given().get("/api/articles/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyPageLoadsItsScriptFromAFileAndHasNoInlineScript() {
        given().get("/articles").then().statusCode(200)
                .body(containsString("<script src=\"/js/parallax.js\" defer></script>"),
                        not(containsString("<script>")), not(containsString(" onclick=")));
        given().get("/js/parallax.js").then().statusCode(200);
        given().get("/css/parallax.css").then().statusCode(200);
    }

    @Test
    void theFrontDoorLeadsToAList() {
        given().redirects().follow(false).get("/").then().statusCode(303);
    }
}
