package dev.parallax.db;

import java.time.LocalDate;

/**
 * Which events to list. Null fields do not filter.
 *
 * @param from        inclusive first event day
 * @param to          inclusive last event day
 * @param place       a place the event is placed in (entity id or name, case-insensitive)
 * @param participant a participant (entity id or name, case-insensitive)
 * @param outlet      exact name of an outlet with an account of the event
 * @param text        words that must each occur (case-insensitive) in the label, the places, the participants or an account's title
 * @param type        a discrepancy type (like DATE) the event must have at least one of
 */
public record EventFilter(LocalDate from, LocalDate to, String place, String participant, String outlet,
                          String text, String type) {
    public EventFilter(LocalDate from, LocalDate to, String place, String participant, String outlet) {
        this(from, to, place, participant, outlet, null, null);
    }
}
