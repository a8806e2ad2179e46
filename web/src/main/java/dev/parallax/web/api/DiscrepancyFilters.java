package dev.parallax.web.api;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.db.DiscrepancyFilter;
import dev.parallax.web.service.ReviewService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters of discrepancy listings and exports, checked: a bad value is a 400 naming it. */
final class DiscrepancyFilters {
    private DiscrepancyFilters() {}

    static DiscrepancyFilter of(String event, String type, String severity, String status, String outlet,
                                String assignee, String orphaned) {
        return new DiscrepancyFilter(blankToNull(event), oneOf("type", type, names(DiscrepancyType.values())),
                oneOf("severity", severity, names(Severity.values())), status(status), blankToNull(outlet),
                blankToNull(assignee), bool("orphaned", orphaned));
    }

    static String status(String status) {
        String value = blankToNull(status);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!ReviewService.STATUSES.contains(lower)) {
            throw ProblemException.badField("status", "must be one of " + String.join(", ", ReviewService.STATUSES)
                    + ", got \"" + status + "\"");
        }
        return lower;
    }

    private static String oneOf(String name, String given, List<String> allowed) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw ProblemException.badField(name, "must be one of " + String.join(", ", allowed) + ", got \""
                    + given + "\"");
        }
        return upper;
    }

    private static Boolean bool(String name, String given) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badField(name, "must be true or false, got \"" + given + "\"");
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
