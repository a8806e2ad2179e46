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
 */
public record EventFilter(LocalDate from, LocalDate to, String place, String participant, String outlet) {}
