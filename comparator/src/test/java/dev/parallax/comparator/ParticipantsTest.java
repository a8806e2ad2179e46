package dev.parallax.comparator;

import static dev.parallax.comparator.Accounts.account;
import static dev.parallax.comparator.Accounts.compare;
import static dev.parallax.comparator.Accounts.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.report.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Participants are the people who act in the accounts, or who most accounts name; not everyone mentioned. */
class ParticipantsTest {
    @Test
    void aPersonMentionedInPassingIsNotAParticipant() {
        Event e = onlyEvent(compare(
                account("A", "2024-05-23", "Russian President Vladimir Putin met Alexander Lukashenko in Minsk on 23 May. "
                        + "The talks came a week after Volodymyr Zelensky toured the front."),
                account("B", "2024-05-23", "Vladimir Putin held talks with Alexander Lukashenko in Minsk on 23 May, the Kremlin said."),
                account("C", "2024-05-23", "Putin and Lukashenko met in Minsk on 23 May to discuss trade and security."),
                account("D", "2024-05-23", "Lukashenko told reporters after meeting Putin in Minsk on 23 May that trade was growing.")));
        assertEquals(List.of("person:lukashenko", "person:putin"), e.participants());
    }

    @Test
    void aPersonEveryAccountNamesOnlyInAnAsideFurtherDownIsNotAParticipant() {
        // every account repeats the same background line about Lavrov, never in its opening and never as actor
        String aside = " Trade has doubled since 2015. Gas prices were also discussed. Ten years ago a treaty drafted under Lavrov's "
                + "watch set the rules for this trade.";
        Event e = onlyEvent(compare(
                account("A", "2024-05-23", "Vladimir Putin met Alexander Lukashenko in Minsk on 23 May." + aside),
                account("B", "2024-05-23", "Putin and Lukashenko held talks in Minsk on 23 May." + aside),
                account("C", "2024-05-23", "Lukashenko welcomed Putin to Minsk on 23 May for talks on trade." + aside)));
        assertEquals(List.of("person:lukashenko", "person:putin"), e.participants());
    }
}
