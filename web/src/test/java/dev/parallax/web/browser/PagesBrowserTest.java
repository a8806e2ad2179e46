package dev.parallax.web.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.JobWorker;
import dev.parallax.web.service.ArticleQueryService;
import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages in a real headless Chromium over the demo corpus: what a fact-checker clicks through,
 * with screenshots of each main page written to docs/screenshots for the README.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoCorpus demo;

    @Inject
    ArticleQueryService articles;

    @Inject
    ArticleImportService imports;

    @Inject
    JobWorker worker;

    private Browser browser;

    @BeforeAll
    void start() {
        ImportReport report = demo.load("demo");
        assertTrue(report.failed().isEmpty(), () -> "demo corpus failed to load: " + report.failed());
        worker.runUntilIdle(); // the import's background job stores the events the pages show
        browser = new Browser(base);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eventListLeadsToAnEventWithItsAlignmentDiscrepanciesCoverageAndNaming() {
        browser.open("/events?q=Minsk&from=2022-12-19&to=2022-12-19");
        assertEquals("Events · Parallax", browser.title());
        assertEquals(1, browser.findAll("table.events tbody tr").size(), browser.text());
        assertFalse(browser.findAll("table.events tbody tr .badge").isEmpty(), "open discrepancies by type");
        browser.screenshot("events");

        browser.follow("table.events tbody tr td:nth-child(2) a");
        assertTrue(browser.path().startsWith("/events/e-"), browser.path());
        assertTrue(browser.findAll("table.alignment thead th").size() >= 4, "one column per account");
        assertFalse(browser.findAll("table.alignment td.omitted").isEmpty(), "omitted claims leave an empty cell");
        assertFalse(browser.findAll("table.alignment td .ins").isEmpty(), "differences are marked in the cells");
        assertFalse(browser.findAll("ol.discrepancies .sev-HIGH").isEmpty(), "the ranked list has severity badges");
        assertTrue(browser.text().contains("Accounts that copy one wire story"), "wire copies are named");
        assertFalse(browser.findAll("table.naming tr.varies").isEmpty(), "outlets that name someone differently stand out");
        browser.screenshot("event");
        String event = browser.path();

        // the demo's transcript is the event's record: each quotation beside its passage, the altered ones to review
        assertFalse(browser.findAll("ol.fidelity li .verdict-VERBATIM").isEmpty(), browser.text());
        assertFalse(browser.findAll("ol.fidelity li.verdict-ALTERED .review-link").isEmpty(), "an altered quote links to its review");
        assertFalse(browser.findAll("ol.fidelity li.verdict-ALTERED del, ol.fidelity li.verdict-ALTERED ins").isEmpty(),
                "the words that differ from the record are marked");
        browser.follow("ol.fidelity li.verdict-ALTERED .review-link");
        assertTrue(browser.path().matches("/discrepancies/[0-9a-f]{64}"), browser.path());
        assertTrue(browser.text().contains("Joint Press Office"), "the record's words are the evidence");
        browser.open(event);

        // each discrepancy opens for review: the page and the review queue speak of the same fingerprints
        browser.follow("ol.discrepancies li .review-link");
        assertTrue(browser.path().matches("/discrepancies/[0-9a-f]{64}"), browser.path());
        assertFalse(browser.findAll(".evidence-context blockquote mark").isEmpty(), "the evidence is shown in context");
        browser.open(event);

        // the event page offers a side-by-side view of any two of its accounts
        browser.follow("form[action='/diff'] button");
        assertTrue(browser.path().startsWith("/diff?left="), browser.path());
        assertFalse(browser.findAll("table.diff tbody tr").isEmpty());
    }

    @Test
    void anEditorPastesAnAccountWatchesItsJobAndReachesTheEventItJoined() {
        String outlet = "Paste Desk " + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.open("/login?next=/import");
        browser.find("#username").sendKeys("admin");
        browser.find("#password").sendKeys("test-secret");
        browser.follow("form[action='/login'] button[type=submit]");
        assertEquals("/import", browser.path());
        browser.find("#outlet").sendKeys(outlet);
        browser.find("#title").sendKeys("Putin visits Minsk for talks with Lukashenko");
        browser.script("document.getElementById('published').value = '2022-12-19'");
        browser.find("#text").sendKeys("MINSK, Dec 19 - Russian President Vladimir Putin arrived in Minsk on Monday "
                + "for talks with Alexander Lukashenko at the Palace of Independence, his first visit in over three "
                + "years.\n\nLukashenko said the S-400 and Iskander systems Russia supplied were now on combat duty.\n\n"
                + "Putin said Belarus would pay $128.5 per 1,000 cubic metres of Russian gas in 2023.");
        browser.screenshot("import");
        browser.submit("form[action='/import/text'] button[type=submit]");
        assertTrue(browser.text().contains("1 new"), browser.text());

        browser.follow("a[href^='/import/jobs/']");
        assertTrue(browser.path().matches("/import/jobs/\\d+"), browser.path());
        assertFalse(browser.findAll("progress").isEmpty(), "the job page shows progress");
        worker.runUntilIdle();
        browser.open(browser.path()); // the page refreshes itself; reload now rather than wait for it
        assertTrue(browser.text().contains("Events this import created or changed"), browser.text());
        browser.follow("main ul a[href^='/events/']");
        assertTrue(browser.path().startsWith("/events/e-"), browser.path());
        assertTrue(browser.text().contains(outlet), "the pasted account is a column of the event it joined");
        browser.driver().manage().deleteAllCookies(); // the other tests read as a visitor
    }

    @Test
    void articleListFiltersByOutletAndLinksEachArticle() {
        browser.open("/articles?outlet=Northwire");
        assertEquals("Articles · Parallax", browser.title());
        List<String> outlets = browser.findAll("table.listing tbody tr td:nth-child(2) a").stream()
                .map(td -> td.getText()).distinct().toList();
        assertEquals(List.of("Northwire"), outlets);
        assertEquals("Northwire", browser.find("select#outlet").getAttribute("value"));
        browser.screenshot("articles");

        browser.follow("table.listing tbody tr td:nth-child(3) a");
        assertTrue(browser.path().startsWith("/articles/"), browser.path());
        assertTrue(browser.text().contains("Northwire"));
    }

    @Test
    void articlePageHighlightsClaimsQuotesAndNamesAndShowsWhatCleaningRemoved() {
        String id = demoArticle("Northwire", "Minsk");
        browser.open("/articles/" + id);
        assertFalse(browser.findAll(".article-text .claim").isEmpty(), "claims are highlighted");
        assertFalse(browser.findAll(".article-text .ent-person").isEmpty(), "people are marked");
        assertTrue(browser.text().contains("Names in this article"));
        browser.screenshot("article");
    }

    @Test
    void sideBySideDiffAlignsSentencesAndJumpsFromChangeToChange() {
        String left = demoArticle("Northwire", "Minsk");
        String right = demoArticle("Union State Telegraph", "Minsk");
        browser.open("/diff?left=" + left + "&right=" + right);
        int changes = Integer.parseInt(browser.find("table.diff").getAttribute("data-changes"));
        assertTrue(changes > 1, "the two accounts differ in more than one passage");
        assertFalse(browser.findAll("table.diff .del, table.diff .ins").isEmpty(), "word changes are inline");

        new Actions(browser.driver()).sendKeys("n").perform();
        assertEquals("change-1", browser.find("tr.current").getAttribute("id"));
        new Actions(browser.driver()).sendKeys("n").perform();
        assertEquals("change-2", browser.find("tr.current").getAttribute("id"));
        new Actions(browser.driver()).sendKeys("p").perform();
        assertEquals("change-1", browser.find("tr.current").getAttribute("id"));
        assertTrue(browser.waitForPathEnding("#change-1").endsWith("#change-1"), browser.path());

        // without the script, each numbered change links to the next one
        browser.find("#change-1 a.next-change").sendKeys(Keys.ENTER);
        assertTrue(browser.waitForPathEnding("#change-2").endsWith("#change-2"), browser.path());
        browser.open("/diff?left=" + left + "&right=" + right);
        browser.screenshot("diff");
    }

    @Test
    void hostileArticleTextIsShownAsTextAndRunsNothing() {
        String outlet = "Hostile Gazette " + UUID.randomUUID().toString().substring(0, 8);
        String text = "Officials met in the harbour town on Tuesday to discuss ferry fares.\n\n"
                + "<script>window.parallaxPwned = 'script'; alert('script');</script>\n\n"
                + "<img src=x onerror=\"window.parallaxPwned = 'img'; alert('img')\">\n\n"
                + "The mayor said fares would rise by 4 percent next year.";
        ImportReport report = imports.importArticles(List.of(new RawArticle(outlet, null,
                "<b onmouseover=alert(1)>Ferry fares</b>", OffsetDateTime.parse("2024-03-05T10:00:00Z"), null, "en",
                text, SourceFormat.TEXT, "browser-test")), List.<ReadProblem>of());
        String id = report.created().get(0).id();

        browser.open("/articles/" + id);
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        String page = browser.text();
        assertTrue(page.contains("<script>window.parallaxPwned = 'script'; alert('script');</script>"), page);
        assertTrue(page.contains("<img src=x onerror=\"window.parallaxPwned = 'img'; alert('img')\">"), page);
        assertTrue(page.contains("<b onmouseover=alert(1)>Ferry fares</b>"), page);
        assertNull(browser.script("return window.parallaxPwned === undefined ? null : window.parallaxPwned"));
        assertTrue(browser.findAll("main script, main img, main b").isEmpty(), "no element came from the article");

        browser.open("/articles?outlet=" + outlet.replace(" ", "+"));
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(browser.text().contains("<b onmouseover=alert(1)>Ferry fares</b>"));
        assertNull(browser.script("return window.parallaxPwned === undefined ? null : window.parallaxPwned"));
    }

    @Test
    void unknownPagesAnswerWithAFriendlyPageAndTheApiKeepsProblems() {
        browser.open("/articles/no-such-article");
        assertEquals("Page not found", browser.find("h1").getText());
        assertTrue(browser.text().contains("no article with id no-such-article"));
        browser.screenshot("not-found");

        given().get("/articles/no-such-article").then().statusCode(404).contentType("text/html");
        given().get("/api/articles/no-such-article").then().statusCode(404).contentType("application/problem+json");
    }

    /** The demo account of an outlet whose title or text mentions a word, first by publication. */
    private String demoArticle(String outlet, String word) {
        List<ArticleSummary> found = articles.list(new ArticleFilter(outlet, null, null, word), 0, 50).items();
        return found.stream().filter(a -> a.source() != null && a.source().startsWith("demo/2022-12-19"))
                .map(ArticleSummary::id).findFirst()
                .orElseThrow(() -> new AssertionError("no demo article of " + outlet + " mentions " + word));
    }
}
