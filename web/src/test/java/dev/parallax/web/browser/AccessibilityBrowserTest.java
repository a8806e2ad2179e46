package dev.parallax.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.service.ArticleQueryService;
import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.JobWorker;
import dev.parallax.web.service.ReviewQueryService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;

/**
 * Every page type, signed in as an admin (so every form shows) and on the demo corpus: axe-core finds
 * no serious or critical violation, and at 390 px wide (a phone) nothing scrolls sideways but tables
 * in their own frames. axe-core's script ships in its jar; nothing is downloaded.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoCorpus demo;

    @Inject
    JobWorker worker;

    @Inject
    ArticleQueryService articles;

    @Inject
    ReviewQueryService reviews;

    private Browser browser;
    private final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        ImportReport report = demo.load("demo");
        assertTrue(report.failed().isEmpty(), () -> "demo corpus failed to load: " + report.failed());
        worker.runUntilIdle();
        List<ArticleSummary> minsk = articles.list(new ArticleFilter(null,
                java.time.OffsetDateTime.parse("2022-12-17T00:00:00Z"), java.time.OffsetDateTime.parse("2022-12-22T00:00:00Z"),
                null), 0, 50).items().stream().filter(a -> a.source() != null && a.source().startsWith("demo/2022-12-19"))
                .toList();
        String event = articles.get(minsk.get(0).id()).event();
        String discrepancy = reviews.ofEvent(event, 0, 1).items().get(0).id();
        browser = new Browser(base);
        pages.put("sign-in", "/login");
        pages.put("events", "/events");
        pages.put("event", "/events/" + event);
        pages.put("side-by-side", "/diff?left=" + minsk.get(0).id() + "&right=" + minsk.get(1).id());
        pages.put("articles", "/articles");
        pages.put("outlets", "/outlets");
        pages.put("accounts in no event", "/articles?unassigned=true");
        pages.put("article", "/articles/" + minsk.get(0).id());
        pages.put("review queue", "/reviews");
        pages.put("discrepancy", "/discrepancies/" + discrepancy);
        pages.put("import", "/import");
        pages.put("not found", "/articles/no-such-article");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPageTypeHasASeriousOrCriticalAxeViolation() {
        List<String> found = new ArrayList<>();
        check(found, "sign-in", "/login"); // before signing in
        signIn();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!page.getKey().equals("sign-in")) {
                check(found, page.getKey(), page.getValue());
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void everyPageTypeIsUsableAt390PixelsWithoutSidewaysScrolling() {
        signIn();
        List<String> wide = new ArrayList<>();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(page.getValue());
                long scroll = (Long) browser.script("return document.documentElement.scrollWidth");
                long width = (Long) browser.script("return document.documentElement.clientWidth");
                if (scroll > width) {
                    wide.add(page.getKey() + " (" + page.getValue() + "): " + scroll + " px wide in a " + width
                            + " px window; widest: " + browser.script("""
                            let w = null; for (const e of document.querySelectorAll('body *')) {
                              const r = e.getBoundingClientRect();
                              if (r.right > document.documentElement.clientWidth + 1
                                  && !(e.parentElement && e.parentElement.closest('.scroll'))
                                  && (!w || r.right > w.getBoundingClientRect().right)) { w = e; } }
                            let path = []; for (let e = w; e && e !== document.body; e = e.parentElement) {
                              path.push(e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width)); }
                            return w ? path.join(' < ') : 'none';"""));
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
        assertTrue(wide.isEmpty(), String.join("\n", wide));
    }

    @Test
    void theListsMarkTheOfficialRecordAndTheEventsThatHaveOne() {
        signIn();
        browser.open("/articles?outlet=Joint+Press+Office");
        List<org.openqa.selenium.WebElement> badges = browser.findAll("table.articles .badge.official-record");
        assertTrue(!badges.isEmpty(), "the demo's transcript is marked in the articles list");
        assertTrue(badges.get(0).getText().equals("official record"), badges.get(0).getText());
        browser.open("/events");
        List<org.openqa.selenium.WebElement> tags = browser.findAll("tbody .badge.official-record");
        assertTrue(!tags.isEmpty(), "the Minsk event, checked against its transcript, is marked in the events list");
        assertTrue(tags.get(0).getText().startsWith("record"), tags.get(0).getText());
        assertTrue(tags.get(0).getAttribute("textContent").contains("checked against its official record"),
                "screen readers hear what the tag means");
        assertTrue(browser.findAll("tbody tr").size() > tags.size(), "events without a record are not marked");
    }

    private void signIn() {
        browser.open("/login?next=/events");
        if (!browser.findAll("#username").isEmpty()) {
            browser.find("#username").sendKeys("admin");
            browser.find("#password").sendKeys("test-secret");
            browser.follow("form[action='/login'] button[type=submit]");
        }
    }

    private void check(List<String> found, String name, String path) {
        browser.open(path);
        Results results = new AxeBuilder().analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(name + " (" + path + "): " + rule.getImpact() + " " + rule.getId() + " on "
                        + rule.getNodes().size() + " element(s), e.g. " + rule.getNodes().get(0).getTarget() + ": "
                        + rule.getHelp());
            }
        }
    }
}
