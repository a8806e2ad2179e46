package dev.parallax.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters and fields ourselves: JAX-RS would answer a bad number or date with a
 * bare 404, where a user needs a 400 naming the parameter and the expected form.
 */
final class QueryParams {
    private QueryParams() {}

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw ProblemException.badField(name, "must be between " + min + " and " + max + ", got " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be a whole number, got \"" + value + "\"");
        }
    }

    /** A day (taken at midnight UTC) or an instant with offset; {@code endOfDay} moves a day to the next midnight. */
    static OffsetDateTime time(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            OffsetDateTime instant = OffsetDateTime.parse(v);
            return endOfDay ? instant.plusNanos(1000) : instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be a date like 2024-12-19 or a time like "
                    + "2024-12-19T10:15:00Z, got \"" + value + "\"");
        }
    }

    /** A publication time: with offset, local (read as UTC), or a date alone (midnight UTC). */
    static OffsetDateTime published(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw ProblemException.badField(name, "must be ISO-8601, like 2024-12-19T10:15:00+03:00 or "
                            + "2024-12-19, got \"" + value + "\"");
                }
            }
        }
    }
}
