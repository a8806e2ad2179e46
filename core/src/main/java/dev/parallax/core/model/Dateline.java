package dev.parallax.core.model;

import java.time.LocalDate;

/**
 * A dateline lifted out of the body ("MINSK, Dec 19 (Reuters) -", "5 Apr. (EUROPE PRESS) –").
 *
 * @param text   as written
 * @param place  the place it names, or null
 * @param date   the date it names, resolved against the publication year, or null
 * @param agency the agency it credits, or null
 */
public record Dateline(String text, String place, LocalDate date, String agency) {}
