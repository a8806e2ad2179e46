package dev.parallax.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.service.ArticleQueryService;
import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.JobWorker;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor groups accounts by hand in a real headless Chromium: splits an event, merges it back,
 * takes an account out of its event and attaches it again from the list of accounts in no event.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupingBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoCorpus demo;

    @Inject
    JobWorker worker;

    @Inject
    ArticleQueryService articles;

    private Browser browser;

    @BeforeAll
    void start() {
        ImportReport report = demo.load("demo");
        assertTrue(report.failed().isEmpty(), () -> "demo corpus failed to load: " + report.failed());
        worker.runUntilIdle();
        browser = new Browser(base);
        browser.open("/login?next=/events");
        browser.find("#username").sendKeys("admin");
        browser.find("#password").sendKeys("test-secret");
        browser.follow("form[action='/login'] button[type=submit]");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEditorSplitsAnEventAndMergesItBack() {
        String event = eventOf(demoArticle("2023-07-23"));
        browser.open("/events/" + event);
        List<WebElement> boxes = browser.findAll(".split-form input[type=checkbox]");
        int accounts = boxes.size();
        assertTrue(accounts >= 4, "the St Petersburg event has enough accounts to split: " + accounts);
        boxes.get(0).click();
        boxes.get(1).click();
        browser.submit("#split-button");

        String created = browser.path().replaceFirst("\\?.*", "").replace("/events/", "");
        assertNotEquals(event, created, browser.path());
        assertTrue(browser.text().contains("Split: this is the new event"), browser.text());
        assertEquals(2, browser.findAll(".split-form input[type=checkbox]").size(), "the new event has the two");
        assertTrue(browser.text().contains("split " + created + " off " + event), "the decision is listed");

        browser.open("/events/" + event);
        assertEquals(accounts - 2, browser.findAll(".split-form input[type=checkbox]").size());
        new Select(browser.find("#merge-event")).selectByValue(created);
        browser.submit("#merge-button");
        assertTrue(browser.path().startsWith("/events/" + event), browser.path());
        assertTrue(browser.text().contains("Merged:"), browser.text());
        assertEquals(accounts, browser.findAll(".split-form input[type=checkbox]").size(), "all accounts are back");
        browser.open("/events/" + created);
        assertTrue(browser.path().startsWith("/events/" + event), "the merged event's link leads to the survivor");
    }

    @Test
    void anEditorDetachesAnAccountAndAttachesItFromTheListOfAccountsInNoEvent() {
        String article = demoArticle("2023-04-05");
        String event = eventOf(article);
        browser.open("/articles/" + article);
        assertTrue(browser.find(".event-of-article a").getAttribute("href").endsWith("/events/" + event));
        assertFalse(browser.findAll(".compare-accounts a[href^='/diff?left=" + article + "']").isEmpty(),
                "the article page links its diffs with the other accounts");
        browser.submit("#detach-button");
        assertTrue(browser.text().contains("In no event: detached from event " + event), browser.text());

        browser.open("/events");
        browser.follow("a.unassigned-link");
        assertTrue(browser.path().startsWith("/articles?unassigned=true"), browser.path());
        // this shared test database holds many accounts in no event: narrow the list to the outlet
        String outlet = articles.get(article).outlet();
        browser.open("/articles?unassigned=true&outlet=" + java.net.URLEncoder.encode(outlet,
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(browser.find("tr:has(#attach-" + article + ") td.reason").getText()
                .contains("detached from event " + event), "the list says why");
        WebElement select = browser.find("#attach-" + article);
        new Select(select).selectByValue(event);
        browser.submit("form[action='/articles/" + article + "/attach'] button[type=submit]");
        assertTrue(browser.findAll("#attach-" + article).isEmpty(), "attached: no longer in the list");
        assertEquals(event, eventOf(article));
        browser.open("/articles/" + article);
        assertTrue(browser.find(".event-of-article a").getAttribute("href").endsWith("/events/" + event));
    }

    private String eventOf(String article) {
        return articles.get(article).event();
    }

    /** A demo account of the event of that day. */
    private String demoArticle(String day) {
        java.time.OffsetDateTime at = java.time.LocalDate.parse(day).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        List<ArticleSummary> found = articles.list(new ArticleFilter(null, at.minusDays(3), at.plusDays(4), null), 0, 200)
                .items();
        return found.stream().filter(a -> a.source() != null && a.source().startsWith("demo/" + day))
                .map(ArticleSummary::id).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("no demo article of " + day));
    }
}
