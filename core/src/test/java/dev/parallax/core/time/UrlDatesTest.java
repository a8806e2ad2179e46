package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDatesTest {

    private static void assertDay(String url, String day) {
        assertEquals(Optional.of(LocalDate.parse(day)), UrlDates.day(url), url);
    }

    private static void assertMonth(String url, String first, String last) {
        UrlDates.UrlDate d = UrlDates.find(url).orElseThrow(() -> new AssertionError("no date in " + url));
        assertFalse(d.isDay(), url);
        assertEquals(LocalDate.parse(first), d.from());
        assertEquals(LocalDate.parse(last), d.to());
    }

    private static void assertNone(String url) {
        assertEquals(Optional.empty(), UrlDates.find(url), url);
    }

    @Test
    void yearMonthDayFolders() {
        assertDay("https://news.example.org/world/2024/04/10/summit-ends/", "2024-04-10");
        assertDay("https://example.gov/briefing/2021/9/1/remarks", "2021-09-01");
        assertDay("https://example.com/2019-06-05/talks.html", "2019-06-05");
    }

    @Test
    void compactDays() {
        assertDay("https://example.com/news/20240410/story.html", "2024-04-10");
        assertDay("http://embassy.example.cn/eng/news/202303/t20230321_1234567.htm", "2023-03-21");
        assertDay("https://example.com/photo_20221221.jpg", "2022-12-21");
    }

    @Test
    void aDayOpeningTheFileNameInAMonthFolder() {
        assertDay("https://pm.example.jp/diplomatic/202404/10usa.html", "2024-04-10");
        assertDay("https://pm.example.jp/diplomatic/202307/12support_ukraine.html", "2023-07-12");
    }

    @Test
    void dayAndMonthNameInTheSlug() {
        assertDay("https://www.example.uk/news/leaders-meeting-8-june-2023", "2023-06-08");
        assertDay("https://example.com/talks-december-21st-2022", "2022-12-21");
    }

    @Test
    void queryDates() {
        assertDay("https://example.com/article?id=77&date=2024-05-16", "2024-05-16");
        assertDay("https://example.com/article?published=20240516", "2024-05-16");
    }

    @Test
    void monthsOnly() {
        assertMonth("https://pm.example.jp/actions/202301/_00008.html", "2023-01-01", "2023-01-31");
        assertMonth("https://example.com/2023/10/some-story", "2023-10-01", "2023-10-31");
    }

    @Test
    void idsAreNotDates() {
        assertNone("https://news.example.com/a/7012621.html");
        assertNone("https://example.gov/News/Article/Article/3739131/story/");
        assertNone("http://example.ru/catalog/events/74048");
        assertNone("https://example.com/item/20239999/");
        assertNone("https://example.com/item/21050101/");
        assertNone(null);
        assertNone("");
    }

    @Test
    void aQueryRangeIsAFilterNotADate() {
        assertNone("https://example.gov/en/news/last?date-from=06-12-2022&date-to=06-12-2023&page=79");
    }

    @Test
    void theMatchedPartIsKept() {
        UrlDates.UrlDate d = UrlDates.find("https://example.com/2024/04/10/x").orElseThrow();
        assertTrue(d.isDay());
        assertEquals("/2024/04/10", d.matched());
    }

    private static void dateOf(String url, String expected) {
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), UrlDates.dateOf(url), url);
    }

    @Test
    void dateOfReadsTheDayThePathCarries() {
        dateOf("https://news.example.org/briefings/2024/04/10/leaders-statement/", "2024-04-10");
        dateOf("https://news.example.org/2021/9/1/remarks", "2021-09-01");
        dateOf("http://embassy.example.cn/eng/news/202303/t20230321_11046044.htm", "2023-03-21");
        dateOf("https://office.example.jp/diplomatic/202404/10usa.html", "2024-04-10");
        dateOf("https://gov.example.uk/news/pm-meets-president-8-june-2023", "2023-06-08");
        dateOf("https://wire.example.com/story-2024-05-16-beijing", "2024-05-16");
    }

    @Test
    void dateOfLeavesIdsQueriesAndMonthsAlone() {
        dateOf("https://news.example.org/a/7012621.html", null);
        dateOf("https://president.example.ua/news/last?date-from=06-12-2022&date-to=06-12-2023&page=79", null);
        dateOf("https://news.example.org/2024/04/summit", null);
        dateOf("https://news.example.org/2024/13/40/bad", null);
        dateOf("https://news.example.org/catalog/events/20240599", null);
        dateOf("https://news.example.org/list?from=2024-05-16", null);
        dateOf(null, null);
        dateOf("not a url", null);
    }
}
