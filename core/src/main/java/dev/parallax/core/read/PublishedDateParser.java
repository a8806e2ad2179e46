package dev.parallax.core.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the publication dates outlets and exports actually write. A date without a time means
 * midnight UTC, and a date-time without an offset is read as UTC, so two inputs that say the same
 * thing get the same instant.
 */
public final class PublishedDateParser {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("uuuu-MM-dd HH:mm[:ss]"),
            pattern("uuuu-MM-dd'T'HH:mm"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMM. d, uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("d MMM. uuuu"));

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private PublishedDateParser() {}

    /** The instant {@code value} names, or empty when it is not a date this parser knows. */
    public static Optional<OffsetDateTime> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try the next shape
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            // not ISO with a zone id
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        for (DateTimeFormatter formatter : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, formatter).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter formatter : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, formatter).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /** The message a reader gives for a date it cannot read. */
    static String problem(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return "published \"" + shown + "\" is not a date Parallax can read: write it as 2024-12-19, "
                + "2024-12-19T14:05:00+03:00, \"2024-12-19 14:05\" or \"19 December 2024\"";
    }
}
