package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDatesTest {
    private static void day(String url, String expected) {
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), UrlDates.dateOf(url), url);
    }

    @Test
    void readsTheDayThePathCarries() {
        day("https://news.example.org/briefings/2024/04/10/leaders-statement/", "2024-04-10");
        day("https://news.example.org/2021/9/1/remarks", "2021-09-01");
        day("http://embassy.example.cn/eng/news/202303/t20230321_11046044.htm", "2023-03-21");
        day("https://office.example.jp/diplomatic/202404/10usa.html", "2024-04-10");
        day("https://gov.example.uk/news/pm-meets-president-8-june-2023", "2023-06-08");
        day("https://wire.example.com/story-2024-05-16-beijing", "2024-05-16");
    }

    @Test
    void leavesIdsQueriesAndMonthsAlone() {
        day("https://news.example.org/a/7012621.html", null);
        day("https://president.example.ua/news/last?date-from=06-12-2022&date-to=06-12-2023&page=79", null);
        day("https://news.example.org/2024/04/summit", null);
        day("https://news.example.org/2024/13/40/bad", null);
        day("https://news.example.org/catalog/events/20240599", null);
        day(null, null);
        day("not a url", null);
    }
}
