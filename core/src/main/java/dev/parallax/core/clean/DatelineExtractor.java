package dev.parallax.core.clean;

import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.Removal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifts the dateline ("MINSK, Dec 19 (Reuters) -", "5 Apr. (EUROPE PRESS) –", "15:14, 12 April")
 * off the start of the body into a {@link Dateline}: it is metadata about the report (where,
 * when, which agency), and left in the text it would read as part of the first claim.
 */
public final class DatelineExtractor {

    private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern MONTH = Pattern.compile("(\\p{L}{3,9})");
    /** 2023-03-21 or 21.03.2023. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final List<Pattern> patterns;
    private final int searchLines;

    public DatelineExtractor(List<Pattern> patterns, int searchLines) {
        this.patterns = List.copyOf(patterns);
        this.searchLines = searchLines;
    }

    /**
     * @param lines     the body lines (without the headline)
     * @param published publication date, to give the dateline's day its year; may be null
     */
    public record Result(List<Line> lines, Dateline dateline, Removal removed) {}

    public Result extract(List<Line> lines, LocalDate published) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < searchLines; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            String text = line.text();
            // a dateline is short; only look at the start of a long paragraph
            String head = text.length() > 200 ? text.substring(0, 200) : text;
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(head);
                if (!m.lookingAt() || (pattern.pattern().endsWith("$") && head.length() != text.length())) {
                    continue;
                }
                String written = text.substring(0, m.end()).strip();
                String place = group(m, "place");
                String agency = group(m, "agency");
                if (place != null && isAgency(place)) {
                    agency = agency == null ? place : agency; // "EUROPE PRESS (Madrid) -": an agency, not a place
                    place = null;
                } else if (place != null && isRegion(place)) {
                    place = null; // "EUROPE (Reuters) -": a desk's region, not where the report was filed
                }
                Dateline dateline = new Dateline(written, place, resolve(group(m, "date"), published), agency);
                List<Line> rest = new ArrayList<>(lines);
                String remainder = text.substring(m.end()).strip();
                if (remainder.isEmpty()) {
                    rest.remove(i);
                } else {
                    rest.set(i, line.withText(remainder));
                }
                return new Result(rest, dateline, new Removal(written, "dateline", line.number()));
            }
        }
        return new Result(lines, null, null);
    }

    /** Words that make a dateline's capitalized name an agency or outlet ("EUROPE PRESS", "NEWS WIRE"). */
    private static final Set<String> AGENCY_WORDS = Set.of("press", "news", "agency", "wire", "newswire", "media",
            "reuters", "tass", "afp", "ap", "interfax", "belta", "ria", "novosti", "xinhua", "efe", "ansa", "dpa",
            "ukrinform", "unian", "anadolu", "bloomberg", "telegraph", "times", "post", "herald", "tv", "radio");
    /** Regions a desk may be named after, which are not the place a report was filed from. */
    private static final Set<String> REGIONS = Set.of("europe", "eastern europe", "western europe", "central europe",
            "asia", "central asia", "east asia", "asia pacific", "asia-pacific", "africa", "americas", "latin america",
            "north america", "south america", "middle east", "near east", "far east", "world", "international",
            "global", "the west", "west", "east", "balkans", "the balkans", "caucasus", "the caucasus", "scandinavia",
            "eurasia", "baltics", "the baltics");

    static boolean isAgency(String place) {
        for (String word : place.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (AGENCY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isRegion(String place) {
        String p = place.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        int comma = p.indexOf(',');
        return REGIONS.contains(p) || (comma > 0 && REGIONS.contains(p.substring(0, comma).strip()));
    }

    private static String group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /**
     * The day a dateline names, in the publication's year; a December dateline on a January story
     * belongs to the year before. Null when there is no date or no publication date to place it.
     */
    static LocalDate resolve(String written, LocalDate published) {
        if (written == null) {
            return null;
        }
        Matcher numeric = NUMERIC_DATE.matcher(written);
        if (numeric.matches()) {
            boolean iso = numeric.group(1) != null;
            try {
                return iso ? LocalDate.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(3)))
                        : LocalDate.of(Integer.parseInt(numeric.group(6)), Integer.parseInt(numeric.group(5)),
                        Integer.parseInt(numeric.group(4)));
            } catch (DateTimeException impossible) {
                return null;
            }
        }
        Matcher day = DAY.matcher(written);
        Matcher month = MONTH.matcher(written);
        if (!day.find() || !month.find()) {
            return null;
        }
        Integer monthNumber = MONTHS.get(month.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
        if (monthNumber == null) {
            return null;
        }
        Matcher year = YEAR.matcher(written);
        Integer y = year.find() ? Integer.valueOf(year.group(1)) : published == null ? null : published.getYear();
        if (y == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(y, monthNumber, Integer.parseInt(day.group(1)));
            if (published != null && !year.find(0) && date.isAfter(published.plusDays(2))) {
                date = date.minusYears(1);
            }
            return date;
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
