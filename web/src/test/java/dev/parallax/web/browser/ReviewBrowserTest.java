package dev.parallax.web.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.JobWorker;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A fact-checker works through the review queue in a real headless Chromium: signs in, filters the
 * queue, opens a discrepancy with its evidence in context, confirms it with a verdict and a note,
 * and finds the change in the audit history.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {
    private static final String PASSWORD = "checker password";

    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoCorpus demo;

    @Inject
    JobWorker worker;

    private Browser browser;
    private String checker;

    @BeforeAll
    void start() {
        ImportReport report = demo.load("demo");
        assertTrue(report.failed().isEmpty(), () -> "demo corpus failed to load: " + report.failed());
        worker.runUntilIdle(); // the import's analysis and comparison find the discrepancies
        checker = "checker-" + UUID.randomUUID().toString().substring(0, 8);
        // REST Assured learns the test port only around test methods: name it here
        given().baseUri(base.toString()).auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("username", checker, "password", PASSWORD, "role", "fact-checker"))
                .post("/api/users").then().statusCode(201);
        browser = new Browser(base);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void factCheckerConfirmsADiscrepancyWithAVerdictAndFindsTheAuditEntry() {
        browser.open("/login?next=/reviews");
        browser.find("#username").sendKeys(checker);
        browser.find("#password").sendKeys(PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");
        assertEquals("/reviews", browser.path());
        assertEquals("Review queue · Parallax", browser.title());

        // the queue's filters are a plain GET form: the result is a permalink
        new Select(browser.find("select#status")).selectByValue("open");
        browser.follow("form.filters button[type=submit]");
        assertTrue(browser.path().startsWith("/reviews?") && browser.path().contains("status=open"), browser.path());
        List<WebElement> rows = browser.findAll("table.reviews tbody tr");
        assertFalse(rows.isEmpty(), browser.text());
        assertFalse(browser.findAll("table.reviews tbody tr .sev-HIGH, table.reviews tbody tr .sev-MEDIUM, "
                + "table.reviews tbody tr .sev-LOW").isEmpty(), "rows carry severity badges");

        browser.follow("table.reviews tbody tr td:nth-child(2) a");
        String page = browser.path().replaceFirst("\\?.*", "");
        assertTrue(page.matches("/discrepancies/[0-9a-f]{64}"), page);
        assertTrue(browser.path().contains("queue=status%3Dopen"), "the page knows the queue it came from");
        assertFalse(browser.findAll(".evidence-context time").isEmpty(), "each account's publication date");
        assertFalse(browser.findAll(".diff-links a[href^='/diff?left=']").isEmpty(), "a diff of the two accounts");
        assertFalse(browser.findAll(".evidence-context blockquote mark").isEmpty(), "the words are highlighted");
        assertFalse(browser.findAll(".evidence-context a[href^='/articles/']").isEmpty(), "evidence links its article");
        assertEquals("open", new Select(browser.find("select#review-status")).getFirstSelectedOption().getText());

        String note = "Two outlets give different figures " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.find("select#review-status")).selectByValue("confirmed");
        new Select(browser.find("select#review-verdict")).selectByValue("misleading");
        new Select(browser.find("select#review-assignee")).selectByValue(checker);
        browser.find("#review-note").sendKeys(note);
        browser.submit("form.review-form button[type=submit]");

        assertTrue(browser.path().startsWith(page + "?saved=1"), "the form comes back to the discrepancy: "
                + browser.path());
        assertTrue(browser.find("#review-saved").getText().contains("Saved."), browser.text());
        assertEquals("confirmed", browser.find("dl.review .badge").getText());
        List<String> audit = browser.findAll("table.audit tbody tr").stream().map(WebElement::getText).toList();
        assertTrue(audit.stream().anyMatch(r -> r.contains(checker) && r.contains("status") && r.contains("open")
                && r.contains("confirmed") && r.contains(note)), String.join("\n", audit));
        assertTrue(audit.stream().anyMatch(r -> r.contains("verdict") && r.contains("misleading")),
                String.join("\n", audit));
        browser.screenshot("review");

        // the confirmation leads to the next open item of the same queue
        String next = browser.find("#review-saved a.next-item").getAttribute("href");
        browser.follow("#review-saved a.next-item");
        assertTrue(browser.path().matches("/discrepancies/[0-9a-f]{64}\\?queue=.*"), browser.path());
        assertFalse(browser.path().startsWith(page), "another discrepancy: " + next);
        assertEquals("open", new Select(browser.find("select#review-status")).getFirstSelectedOption().getText());

        browser.open("/reviews?status=confirmed&assignee=");
        String fingerprint = page.substring("/discrepancies/".length());
        assertFalse(browser.findAll("table.reviews a[href^='/discrepancies/" + fingerprint + "']").isEmpty(),
                "the confirmed discrepancy is in the queue filtered by confirmed");
    }
}
