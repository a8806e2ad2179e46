package dev.parallax.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows: the driver hands dates and times back in more than one Java type. */
final class SqlValues {
    private SqlValues() {}

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Long bigint(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
