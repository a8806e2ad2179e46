package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates as accounts in other languages write them (sentences written for these tests). */
class OtherLanguageDatesTest {
    private static final TimeExpressionExtractor EXTRACTOR = new TimeExpressionExtractor();
    private static final LocalDate JUNE_9_2023 = LocalDate.of(2023, 6, 9);

    private static TimeExpression find(String sentence, LocalDate ref, String surface) {
        List<TimeExpression> found = EXTRACTOR.extract(sentence, 0, ref);
        for (TimeExpression t : found) {
            if (t.surface().equals(surface)) {
                assertEquals(surface, sentence.substring(t.start(), t.end()));
                return t;
            }
        }
        return fail("'" + surface + "' not found in " + found);
    }

    private static void assertDay(String sentence, LocalDate ref, String surface, String day) {
        TimeExpression t = find(sentence, ref, surface);
        assertEquals(LocalDate.parse(day), t.from(), surface);
        assertEquals(LocalDate.parse(day), t.to(), surface);
        assertEquals(Granularity.DAY, t.granularity());
    }

    @Test
    void korean() {
        assertDay("두 정상은 2019년 3월 4일 서울에서 만났다.", null, "2019년 3월 4일", "2019-03-04");
        assertDay("회담은 5월 7일에 열렸다.", JUNE_9_2023, "5월 7일", "2023-05-07");
        assertDay("회담은 5월7일에 열렸다.", JUNE_9_2023, "5월7일", "2023-05-07");
        // "the 8th": a day of the reference month
        assertDay("양국 정상이 8일 공동 성명을 냈습니다.", JUNE_9_2023, "8일", "2023-06-08");
        TimeExpression year = find("지난 1950년 협정이 체결됐다.", null, "1950년");
        assertEquals(Granularity.YEAR, year.granularity());
    }

    @Test
    void koreanTimeAgo() {
        TimeExpression t = find("30여 년 전 두 나라는 조약을 맺었다.", JUNE_9_2023, "30여 년 전");
        assertTrue(t.relative());
        assertEquals(1993, t.from().getYear());
    }

    @Test
    void japaneseAndChinese() {
        assertDay("首脳は2024年5月3日に会談した。", null, "2024年5月3日", "2024-05-03");
        assertDay("令和5年2月1日、首相は演説した。", null, "令和5年2月1日", "2023-02-01");
        assertDay("首相は3月9日に到着した。", JUNE_9_2023, "3月9日", "2023-03-09");
        assertDay("会談は現地時間8日に行われた。", JUNE_9_2023, "8日", "2023-06-08");
        // the day after the reference, not the month before
        assertDay("会談は日本時間10日の朝だった。", JUNE_9_2023, "10日", "2023-06-10");
        assertDay("两国元首于2021年7月1日举行会谈。", null, "2021年7月1日", "2021-07-01");
    }

    @Test
    void ukrainianAndRussianMonthNames() {
        assertDay("Зустріч відбулася 14 березня 2021 року у столиці.", null, "14 березня 2021 року", "2021-03-14");
        assertDay("Переговоры прошли 3 июля в Минске.", JUNE_9_2023, "3 июля", "2023-07-03");
        TimeExpression month = find("Це перша поїздка з листопада 2021.", null, "з листопада 2021");
        assertEquals(Granularity.MONTH, month.granularity());
        assertEquals(LocalDate.of(2021, 11, 1), month.from());
    }

    @Test
    void indonesianWeekdayWithDayAndMonth() {
        assertDay("Kedua pemimpin, Rabu (7/6), bertemu di ibu kota.", JUNE_9_2023, "Rabu (7/6)", "2023-06-07");
        assertDay("Pertemuan itu berlangsung pada Rabu di ibu kota.", JUNE_9_2023, "pada Rabu", "2023-06-07");
        assertDay("Perjanjian ditandatangani 2 Mei 2022.", null, "2 Mei 2022", "2022-05-02");
    }

    @Test
    void germanFrenchSpanishMonthNames() {
        assertDay("Das Treffen fand am 10. März 2022 statt.", null, "10. März 2022", "2022-03-10");
        assertDay("La rencontre a eu lieu le 1er août 2020.", null, "1er août 2020", "2020-08-01");
        assertDay("La reunión fue el 5 de junio de 2019.", null, "5 de junio de 2019", "2019-06-05");
    }

    @Test
    void englishTextDoesNotTryOtherLatinMonths() {
        var sentences = new dev.parallax.core.segment.SentenceSegmenter().segment("It had 10 mars on the label.").sentences();
        assertTrue(EXTRACTOR.extract(sentences, JUNE_9_2023, "en").isEmpty());
    }

    @Test
    void timestampLines() {
        assertDay("21.03.2022 18:04", null, "21.03.2022 18:04", "2022-03-21");
        assertDay("2022-03-21 23:15", null, "2022-03-21 23:15", "2022-03-21");
        assertDay("May 17, 2022 13:00", null, "May 17, 2022 13:00", "2022-05-17");
        assertDay("20 February 2022 - 12:16", null, "20 February 2022 - 12:16", "2022-02-20");
    }
}
