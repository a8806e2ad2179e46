package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.event.EventDates;
import dev.parallax.core.model.AnalyzedArticle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * A report of a meeting names other days beside the meeting's: the day a plan is to be done, a deadline, the day of the
 * leaders' previous meeting, a day a speaker names, a day an aside recalls. None of them is the day an account gives
 * for its meeting, neither as an undated account's day of the year nor as a dated account's event day; the meeting's
 * own day, even a future one in a preview, still is. A weekday or a date in another language or script, and a page's
 * date stamp line, are read. With the real analyzer; every account here is written for this test.
 */
class MeetingDayAmongOtherDaysTest {
    private static AnalyzedArticle account(String published, String language, String text) {
        return RealAccounts.account("Lakeside Courier", published, language, text);
    }

    private static EventDates.Dating dating(String published, String text) {
        return EventDates.dating(account(published, "en", text));
    }

    @Test
    void theDayAPlanIsToBeCarriedOutIsNotTheMeetingDay() {
        EventDates.Dating plan = dating(null, "The air defence units will take up their posts in Belarus from July 7, the Kremlin leader said during his "
                + "talks with Alexander Lukashenko in Sochi. The storage sites are nearly ready, he added. The two men also spoke about trade.");
        assertEquals(null, plan.yearless(), plan.toString());
        EventDates.Dating after = dating(null, "Vladimir Putin received Alexander Lukashenko at his residence in Sochi. "
                + "After July 8, once the depots are finished, the warheads will be moved west, the host said. Trade was also discussed.");
        assertEquals(null, after.yearless(), after.toString());
        EventDates.Dating deadline = dating(null, "Vladimir Putin and Alexander Lukashenko held talks in Moscow. "
                + "The gas market agreement is to be signed by December 1, the Russian leader said. Oil prices stay as they are.");
        assertEquals(null, deadline.yearless(), deadline.toString());
        // stays dated: the day of the meeting itself, even one still to come in a preview
        EventDates.Dating preview = dating(null, "Vladimir Putin will host Alexander Lukashenko in Sochi on June 9 for talks on "
                + "security, the Kremlin said. Deployment plans are on the agenda.");
        assertEquals(MonthDay.of(6, 9), preview.yearless(), preview.toString());
        EventDates.Dating summit = dating(null, "The two-day summit starting on June 9 brings Vladimir Putin and Alexander Lukashenko "
                + "to Sochi. Deployment plans are on the agenda.");
        assertEquals(MonthDay.of(6, 9), summit.yearless(), summit.toString());
        // stays dated: the day something was agreed, in a sentence that also speaks of the future
        EventDates.Dating agreed = dating(null, "Vladimir Putin and Alexander Lukashenko agreed on June 9 that the missiles will be "
                + "stationed in Belarus. The storage sites are nearly ready.");
        assertEquals(MonthDay.of(6, 9), agreed.yearless(), agreed.toString());
    }

    @Test
    void theDayOfThePreviousMeetingIsNotTheMeetingDay() {
        EventDates.Dating prior = dating(null, "Vladimir Putin and Alexander Lukashenko met in Sochi to talk about the union's budget. "
                + "The Kremlin called the talks informal. The last meeting between the two leaders dates back to May 25, in Moscow.");
        assertEquals(null, prior.yearless(), prior.toString());
        // stays dated: the day the meeting took place, named the same way
        EventDates.Dating own = dating(null, "Vladimir Putin and Alexander Lukashenko met in Sochi to talk about the union's budget. "
                + "The Kremlin called the talks informal. The meeting took place on June 9, at the president's residence.");
        assertEquals(MonthDay.of(6, 9), own.yearless(), own.toString());
    }

    @Test
    void aDayASpeakerNamesIsNotTheMeetingDay() {
        EventDates.Dating quoted = dating(null, "Vladimir Putin and Alexander Lukashenko sat down in Sochi. "
                + "\"Everything is going to plan. On 8 July we finish the sites and then the weapons go in,\" Putin told his guest.");
        assertEquals(null, quoted.yearless(), quoted.toString());
        // a dated account: the speaker's "tomorrow" does not outweigh the day the writer gives for the talks
        EventDates.Dating dated = dating(null, "Vladimir Putin and Alexander Lukashenko talked for four hours at the Kremlin. "
                + "The press were told little. Photo: the meeting in Moscow on September 9, 2031. "
                + "\"I think the governments will sit down together in Minsk tomorrow,\" Putin said.");
        assertEquals(LocalDate.of(2031, 9, 9), dated.event(), dated.toString());
        // stays dated: the writer's own words give the day
        EventDates.Dating own = dating(null, "Vladimir Putin and Alexander Lukashenko sat down in Sochi on 9 June. "
                + "\"Everything is going to plan,\" Putin told his guest.");
        assertEquals(MonthDay.of(6, 9), own.yearless(), own.toString());
    }

    @Test
    void aDayAnAsideRecallsIsNotTheMeetingDay() {
        EventDates.Dating aside = dating(null, "Vladimir Putin and Alexander Lukashenko met in St Petersburg. They spoke in private. "
                + "Lukashenko brought a map of the border. On July 20, state television reported that the fighters trained near the border.");
        assertEquals(null, aside.yearless(), aside.toString());
        // a dated account: the aside's day is not the event day, the publication day is
        EventDates.Dating dated = dating("2031-04-05", "Vladimir Putin and Alexander Lukashenko hold talks in Moscow. They discuss "
                + "security. A storage site is being built. On April 2, the ambassador said the missiles would be moved west.");
        assertEquals(LocalDate.of(2031, 4, 5), dated.event(), dated.toString());
        // stays dated: a day past the opening in a sentence about the meeting
        EventDates.Dating own = dating(null, "Vladimir Putin and Alexander Lukashenko met in St Petersburg. They spoke in private. "
                + "Lukashenko brought a map of the border. The talks on July 23 ran late into the evening.");
        assertEquals(MonthDay.of(7, 23), own.yearless(), own.toString());
    }

    @Test
    void aWeekdayOrADateInAnotherLanguageIsRead() {
        EventDates.Dating german = EventDates.dating(account(null, "de", "Alexander Lukaschenko hat in Moskau einen Durchbruch "
                + "angekündigt, sagte er am Donnerstag nach dem Treffen mit Wladimir Putin."));
        assertEquals(DayOfWeek.THURSDAY, german.partial().dayOfWeek(), german.toString());
        EventDates.Dating russian = EventDates.dating(account(null, "ru", "Владимир Путин и Александр Лукашенко начали в пятницу "
                + "переговоры в Кремле."));
        assertEquals(DayOfWeek.FRIDAY, russian.partial().dayOfWeek(), russian.toString());
        EventDates.Dating arabic = EventDates.dating(account(null, null, "التقى الرئيس الروسي فلاديمير بوتين، اليوم الأحد، نظيره "
                + "البيلاروسي ألكسندر لوكاشينكو في سان بطرسبرج."));
        assertEquals(DayOfWeek.SUNDAY, arabic.partial().dayOfWeek(), arabic.toString());
        // a Russian date under an English headline is read by its script
        EventDates.Dating cyrillic = dating(null, "Putin and Lukashenko hold talks in Sochi\n\n23 мая 2031\n\nThe presidents of Belarus and "
                + "Russia are meeting in Sochi to discuss the economy.");
        assertEquals(LocalDate.of(2031, 5, 23), cyrillic.event(), cyrillic.toString());
        // stays silent: "среда" alone is also "milieu", no Wednesday
        EventDates.Dating milieu = EventDates.dating(account(null, "ru", "Владимир Путин и Александр Лукашенко обсудили деловую "
                + "среду двух стран."));
        assertEquals(null, milieu.partial().dayOfWeek(), milieu.toString());
    }

    @Test
    void aDateStampLineTheCleanerDropsStillDatesThePage() {
        String body = "Vladimir Putin had a telephone conversation with Alexander Lukashenko.\n\n"
                + "The presidents discussed the situation in Belarus and cooperation against the epidemic.\n\n";
        EventDates.Dating stamped = dating(null, "Telephone conversation with Alexander Lukashenko\n\nAugust 24, 2031\n\n" + body
                + "August 24, 2031\n");
        assertEquals(LocalDate.of(2031, 8, 24), stamped.event(), stamped.toString());
        // stays undated: nothing in the page says its day
        EventDates.Dating bare = dating(null, "Telephone conversation with Alexander Lukashenko\n\n" + body);
        assertEquals(null, bare.event(), bare.toString());
    }
}
