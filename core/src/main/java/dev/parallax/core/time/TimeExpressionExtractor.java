package dev.parallax.core.time;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.number.NumberWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in sentences and resolves them with a {@link TimeResolver}: dates
 * ("19 December", "Dec. 19", "on December 20, 2024", "in 2023"), weekdays, "yesterday", "last
 * month", "just over two months ago", "the 4th", ranges ("3-5 December") and durations ("six
 * months", "half a year", "a year and a half", "two-day"). Stateless and thread-safe; patterns are
 * applied per sentence, so work is linear in the text.
 */
public final class TimeExpressionExtractor {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
            + "(?![A-Za-z])";
    /** In front of a pattern that opens with {@link #MONTH}: the alternation is tried only where a month can start. */
    private static final String MONTH_START = "(?=[JFMASOND])";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
    private static final String NUM = NumberWords.PATTERN;
    private static final String UNIT = "(day|week|month|year)s?";
    /** "two months", "a year and a half", "half a year", "one and a half years", "two-day". */
    private static final String DURATION = "(?:(" + NUM + ")[\\s-]+" + UNIT + "(\\s+and\\s+a\\s+half)?"
            + "|half\\s+an?\\s+(day|week|month|year)\\b)";
    private static final String APPROX = "((?:(?:just|a\\s+little|a\\s+bit|well)\\s+)?(?:over|under|about|nearly|almost|more\\s+than"
            + "|less\\s+than|some|around|roughly|approximately)\\s+)?";
    /** A clock time after a full date: "20 February 2023 - 12:16", "May 17, 2024 13:00", "2023-03-21 23:15". */
    private static final String CLOCK = "(?:,?\\s+(?:[-–]\\s+)?\\d{1,2}:\\d{2}(?!\\d))?";

    private enum Kind { DAY_MONTH, MONTH_DAY, MONTH_YEAR, IN_MONTH, LAST_MONTH_NAME, YEAR, YEAR_RANGE, DAY_RANGE, ISO,
        WEEKDAY, DEICTIC, RELATIVE_UNIT, AGO, DAY_OF_MONTH, DURATION }

    private record Rule(Kind kind, Pattern pattern) {}

    /** What a sentence must contain for a rule to have any chance: most sentences skip most rules. */
    private static boolean mayMatch(Kind kind, String text, String lower, boolean digit, boolean month) {
        return switch (kind) {
            case DAY_RANGE, DAY_MONTH, MONTH_DAY, MONTH_YEAR -> digit && month;
            case YEAR, YEAR_RANGE, ISO -> digit && hasYear(text);
            case DAY_OF_MONTH -> digit && hasOrdinalSuffix(lower);
            case LAST_MONTH_NAME, IN_MONTH -> month;
            case WEEKDAY -> lower.contains("day") && hasWeekday(text);
            case DEICTIC -> lower.contains("yesterday") || lower.contains("today") || lower.contains("tomorrow")
                    || lower.contains("tonight");
            case RELATIVE_UNIT -> lower.contains("week") || lower.contains("month") || lower.contains("year");
            case AGO -> lower.contains(" ago");
            case DURATION -> lower.contains("day") || lower.contains("week") || lower.contains("month")
                    || lower.contains("year");
        };
    }

    private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private static boolean hasMonth(String text) {
        for (String m : MONTH_PREFIXES) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] UNITS = {"day", "week", "month", "year"};

    /**
     * The next offset of "day", "week", "month" or "year" in a lower-cased text that a duration can
     * end with, or -1: after a space or hyphen ("two days", "two-day", "half a year"; not "Monday",
     * "today") and not followed by more of a word ("years" yes, "yearly" or "year-long" no).
     */
    private static int nextUnit(String lower, int from) {
        int at = from;
        while (true) {
            int best = -1;
            String found = null;
            for (String unit : UNITS) {
                int i = lower.indexOf(unit, at);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                    found = unit;
                }
            }
            if (best < 0) {
                return -1;
            }
            if (endsDuration(lower, best, best + found.length())) {
                return best;
            }
            at = best + 1;
        }
    }

    private static boolean endsDuration(String lower, int start, int end) {
        if (start == 0 || !(Character.isWhitespace(lower.charAt(start - 1)) || lower.charAt(start - 1) == '-')) {
            return false;
        }
        if (end < lower.length() && lower.charAt(end) == 's') {
            end++;
        }
        if (end == lower.length()) {
            return true;
        }
        char next = lower.charAt(end);
        return !(next >= 'a' && next <= 'z' || next >= '0' && next <= '9' || next == '_' || next == '-');
    }

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private static boolean hasWeekday(String text) {
        for (String d : WEEKDAYS) {
            if (text.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** Four digits starting with 19 or 20. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** A digit followed by st, nd, rd or th. */
    private static boolean hasOrdinalSuffix(String lower) {
        for (int i = 0; i + 2 < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c <= '9' && c >= '0') {
                char a = lower.charAt(i + 1);
                char b = lower.charAt(i + 2);
                if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
                    return true;
                }
            }
        }
        return false;
    }

    /** An ASCII digit: the only kind the patterns' {@code \\d} matches. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= '9' && c >= '0') {
                return true;
            }
        }
        return false;
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.DAY_RANGE, Pattern.compile("\\b(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+((?:19|20)\\d{2}))?")),
            new Rule(Kind.DAY_MONTH, Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+((?:19|20)\\d{2})\\b" + CLOCK + ")?")),
            new Rule(Kind.MONTH_DAY, Pattern.compile(MONTH_START + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+((?:19|20)\\d{2})\\b" + CLOCK + ")?")),
            new Rule(Kind.MONTH_YEAR, Pattern.compile(MONTH_START + MONTH + ",?\\s+((?:19|20)\\d{2})\\b")),
            new Rule(Kind.LAST_MONTH_NAME, Pattern.compile("(?=[lntLNT])(?i:\\b(last|next|this)\\s+)" + MONTH)),
            new Rule(Kind.IN_MONTH, Pattern.compile("(?=[isubelmdISUBELMD])(?i:\\b(?:in|since|until|by|early|late|mid-?|during)\\s+)" + MONTH)),
            new Rule(Kind.YEAR_RANGE, Pattern.compile("\\b((?:19|20)\\d{2})\\s*(?:-|–|to)\\s*((?:19|20)\\d{2})\\b")),
            new Rule(Kind.YEAR, Pattern.compile("(?i:\\b(?:in|since|by|until|till|of|from|during|before|after|early|late|mid-?|for|year)\\s+)((?:19|20)\\d{2})\\b(?!\\s*(?:%|percent|per\\s+cent|km|kilomet|people|troops|soldiers|dollars|euros|roubles|rubles))")),
            new Rule(Kind.ISO, Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\b")),
            new Rule(Kind.WEEKDAY, Pattern.compile("(?=[oltnpOLTNPMWFS])(?i:\\b(?:(on|last|this|next|past)\\s+))?" + WEEKDAY)),
            new Rule(Kind.DEICTIC, Pattern.compile("(?i)\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight)\\b")),
            new Rule(Kind.RELATIVE_UNIT, Pattern.compile("(?i)\\b(?=[ltnpcLTNPC])(last|this|next|past|previous|coming)\\s+(week|month|year)\\b")),
            new Rule(Kind.AGO, Pattern.compile("(?i)\\b" + APPROX + DURATION + "\\s+ago\\b")),
            new Rule(Kind.DAY_OF_MONTH, Pattern.compile("(?i)\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:century|anniversary|time|round|day|of|term))")),
            new Rule(Kind.DURATION, Pattern.compile("(?i)\\b" + DURATION + "(?![\\w-])")));

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|'ll|shall|plans?\\s+to|planning\\s+to|(?:is|are)\\s+(?:expected|scheduled|due|set|going)\\s+to|expects?\\s+to|intends?\\s+to|upcoming|next)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{1,400}\"|\u201c[^\u201d]{1,400}\u201d");
    /**
     * A verb of the past just before a weekday, or before its object of up to three words: "said Wednesday", "saying
     * on Monday", "told reporters Tuesday", "met on Friday", "made a short trip Monday". A word of the future among
     * them ("said talks would resume Monday") leaves the weekday to the sentence.
     */
    private static final Pattern PAST_JUST_BEFORE = Pattern.compile(
            "(?i)\\b(said|saying|told|stated|declared|announced|met|held|signed|spoke|wrote|added|paid|made|visited|hosted|"
            + "received|welcomed|arrived|began|opened)(?: (?!(?:will|would|shall|to|could|may|might)\\b)\\p{L}+){0,3}?(?: on)?\\s*$");
    private static final Pattern A_ALONE = Pattern.compile("(?i)an?");
    private static final Pattern A_DURATION_CONTEXT = Pattern.compile(
            "(?i)(?:for|within|after|over|about|nearly|almost|than|past|last|in|some|around|only|just)\\s*$");

    private final TimeResolver resolver;
    private final OtherLanguageDates otherLanguages;

    public TimeExpressionExtractor(TimeResolver resolver) {
        this.resolver = resolver;
        this.otherLanguages = new OtherLanguageDates(resolver);
    }

    public TimeExpressionExtractor() {
        this(new TimeResolver());
    }

    /** Time expressions of every sentence, resolved against {@code reference} (see {@link #extract(List, LocalDate, String)}). */
    public List<TimeExpression> extract(List<Sentence> sentences, LocalDate reference) {
        return extract(sentences, reference, null);
    }

    /**
     * Time expressions of every sentence, resolved against {@code reference}, the dateline's or publication
     * day. Without one, relative expressions are resolved against the full date (with its year) the text
     * gives nearest to them, such as a photo caption's "..., March 20, 2023": a weekday then is the one
     * nearest to that date, "yesterday" the day before it. Never against today: the analysis must not
     * depend on when it ran. With no full date either, they stay unresolved.
     *
     * @param language the text's language (ISO 639-1), or null when unknown: month names of other
     *                 Latin-script languages ("10. April", "le 10 avril") are tried unless it is "en"
     */
    public List<TimeExpression> extract(List<Sentence> sentences, LocalDate reference, String language) {
        boolean otherLatin = !"en".equals(language);
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(extract(s.text(), s.start(), reference, otherLatin, false));
        }
        if (reference != null) {
            return out;
        }
        List<TimeExpression> anchors = out.stream().filter(TimeExpressionExtractor::isFullDate).toList();
        if (anchors.isEmpty() || out.stream().allMatch(t -> t.from() != null || t.granularity() == Granularity.DURATION)) {
            return out;
        }
        List<TimeExpression> anchored = new ArrayList<>(out.size());
        for (Sentence s : sentences) {
            anchored.addAll(extract(s.text(), s.start(), nearest(anchors, s.start(), s.end()).from(), otherLatin, true));
        }
        return anchored;
    }

    /** A day written out with its year ("March 20, 2023", "2023-03-21"): it needs no reference to be read. */
    static boolean isFullDate(TimeExpression t) {
        return t.granularity() == Granularity.DAY && !t.relative() && t.from() != null && t.from().equals(t.to());
    }

    /** The anchor closest to the sentence {@code [start, end)}; one inside it is closest. */
    private static TimeExpression nearest(List<TimeExpression> anchors, int start, int end) {
        TimeExpression best = null;
        long bestDistance = Long.MAX_VALUE;
        for (TimeExpression a : anchors) {
            long distance = a.end() <= start ? start - a.end() : a.start() >= end ? a.start() - end : 0;
            if (distance < bestDistance) {
                best = a;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * For a rule whose match ends with a unit word ("day", "week", "month", "year"), how far before
     * the unit it may start: a number with "and a half" for a duration ("twenty-five and a half
     * years"), "just over" and the like in front of it for "... ago", "previous" for "last week".
     * Zero for the other rules.
     */
    private static int unitReach(Kind kind) {
        return switch (kind) {
            case DURATION -> 32;
            case AGO -> 64;
            case RELATIVE_UNIT -> 16;
            default -> 0;
        };
    }

    /** Time expressions of one piece of text; offsets are shifted by {@code base}. */
    public List<TimeExpression> extract(String text, int base, LocalDate ref) {
        return extract(text, base, ref, true, false);
    }

    private List<TimeExpression> extract(String text, int base, LocalDate ref, boolean otherLatin, boolean anchored) {
        List<TimeExpression> found = new ArrayList<>();
        otherLanguages.extract(text, base, ref, otherLatin, anchored, found);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digit = hasDigit(text);
        boolean month = hasMonth(text);
        boolean future = false;
        boolean futureKnown = false;
        for (Rule rule : RULES) {
            if (!mayMatch(rule.kind(), text, lower, digit, month)) {
                continue;
            }
            if (!futureKnown && rule.kind() == Kind.WEEKDAY) {
                // what a quotation says of the future ("will never abandon") is not when the sentence's day is
                future = FUTURE.matcher(QUOTED.matcher(text).replaceAll("\"\"")).find();
                futureKnown = true;
            }
            Matcher m = rule.pattern().matcher(text);
            int reach = unitReach(rule.kind());
            if (reach > 0) {
                // these patterns open with an alternation (number words, "last|this|next ...") and end
                // with a unit word: try them only just before a unit word instead of at every
                // position of the sentence
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int lastStart = -1;
                for (int at = nextUnit(lower, 0); at >= 0; at = nextUnit(lower, at + 3)) {
                    m.region(Math.max(0, at - reach), Math.min(text.length(), at + 24));
                    while (m.find()) {
                        if (m.start() > lastStart) {
                            lastStart = m.start();
                            TimeExpression t = build(rule.kind(), m, text, base, ref, future, anchored);
                            if (t != null) {
                                found.add(t);
                            }
                        }
                    }
                }
                continue;
            }
            while (m.find()) {
                TimeExpression t = build(rule.kind(), m, text, base, ref, future, anchored);
                if (t != null) {
                    found.add(t);
                }
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start).thenComparing(t -> -(t.end() - t.start())));
        List<TimeExpression> kept = new ArrayList<>();
        int lastEnd = -1;
        for (TimeExpression t : found) {
            if (t.start() >= lastEnd) {
                kept.add(t);
                lastEnd = t.end();
            }
        }
        return kept;
    }

    private TimeExpression build(Kind kind, Matcher m, String text, int base, LocalDate ref, boolean future,
                                 boolean anchored) {
        int start = m.start();
        int end = m.end();
        TimeResolver.Span span = null;
        Granularity g;
        Period duration = null;
        boolean relative = false;
        switch (kind) {
            case DAY_RANGE -> {
                Month month = month(m.group(3));
                Integer year = year(m.group(4));
                int d1 = Integer.parseInt(m.group(1));
                int d2 = Integer.parseInt(m.group(2));
                if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || d2 <= d1) {
                    return null;
                }
                if (year != null || ref != null) {
                    LocalDate first = resolver.dayOfMonth(d1, month, year, ref == null ? LocalDate.of(year, month, 1) : ref).from();
                    span = new TimeResolver.Span(first, first.withDayOfMonth(Math.min(d2, first.lengthOfMonth())));
                }
                g = Granularity.RANGE;
            }
            case DAY_MONTH, MONTH_DAY -> {
                boolean dayFirst = kind == Kind.DAY_MONTH;
                int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                Month month = month(m.group(dayFirst ? 2 : 1));
                Integer year = year(m.group(3));
                if (day < 1 || day > 31) {
                    return null;
                }
                if (year != null || ref != null) {
                    span = resolver.dayOfMonth(day, month, year, ref);
                }
                g = Granularity.DAY;
            }
            case MONTH_YEAR -> {
                span = resolver.month(month(m.group(1)), Integer.parseInt(m.group(2)), ref, 0);
                g = Granularity.MONTH;
            }
            case IN_MONTH, LAST_MONTH_NAME -> {
                Month month = month(m.group(kind == Kind.IN_MONTH ? 1 : 2));
                int direction = 0;
                if (kind == Kind.LAST_MONTH_NAME) {
                    String w = m.group(1).toLowerCase(Locale.ROOT);
                    direction = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
                    relative = true;
                }
                if (ref != null) {
                    span = resolver.month(month, null, ref, direction);
                }
                g = Granularity.MONTH;
            }
            case YEAR -> {
                start = m.start(1);
                span = resolver.year(Integer.parseInt(m.group(1)));
                g = Granularity.YEAR;
            }
            case YEAR_RANGE -> {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = Integer.parseInt(m.group(2));
                if (y2 <= y1) {
                    return null;
                }
                span = new TimeResolver.Span(LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31));
                g = Granularity.RANGE;
            }
            case ISO -> {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    span = new TimeResolver.Span(d, d);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
                g = Granularity.DAY;
            }
            case WEEKDAY -> {
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String w = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                // a weekday a verb of the past governs is past whatever else the sentence says of the future
                boolean past = PAST_JUST_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
                int direction = switch (w) {
                    case "last", "past" -> -1;
                    case "next" -> 1;
                    default -> future && !past ? 1 : 0;
                };
                relative = true;
                if (ref != null) {
                    boolean plain = w.isEmpty() || w.equals("on") || w.equals("this");
                    span = anchored && plain ? resolver.nearestWeekday(day, ref) : resolver.weekday(day, ref, direction);
                }
                g = Granularity.DAY;
            }
            case DEICTIC -> {
                String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int offset = switch (w) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    case "the day before yesterday" -> -2;
                    case "the day after tomorrow" -> 2;
                    default -> 0;
                };
                relative = true;
                if (ref != null) {
                    span = new TimeResolver.Span(ref.plusDays(offset), ref.plusDays(offset));
                }
                g = Granularity.DAY;
            }
            case RELATIVE_UNIT -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                int offset = switch (w) {
                    case "last", "past", "previous" -> -1;
                    case "next", "coming" -> 1;
                    default -> 0;
                };
                relative = true;
                if (ref != null) {
                    span = resolver.relativeUnit(unit, offset, ref);
                }
                g = unit.equals("week") ? Granularity.WEEK : unit.equals("month") ? Granularity.MONTH : Granularity.YEAR;
            }
            case AGO -> {
                DurationParts d = durationParts(m, 2);
                if (d == null) {
                    return null;
                }
                relative = true;
                if (ref != null) {
                    span = resolver.ago(d.period(), d.unit(), ref);
                }
                g = switch (d.unit()) {
                    case "week" -> Granularity.WEEK;
                    case "month" -> Granularity.MONTH;
                    case "year" -> Granularity.YEAR;
                    default -> Granularity.DAY;
                };
            }
            case DAY_OF_MONTH -> {
                int day = Integer.parseInt(m.group(1));
                if (day < 1 || day > 31) {
                    return null;
                }
                relative = true;
                if (ref != null) {
                    span = resolver.dayOfReferenceMonth(day, ref);
                }
                g = Granularity.DAY;
            }
            case DURATION -> {
                DurationParts d = durationParts(m, 1);
                if (d == null) {
                    return null;
                }
                if (d.article() && !A_DURATION_CONTEXT.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                    return null; // "once a year", "a month-long" are not stated durations
                }
                duration = d.period();
                g = Granularity.DURATION;
            }
            default -> {
                return null;
            }
        }
        return new TimeExpression(base + start, base + end, text.substring(start, end),
                span == null ? null : span.from(), span == null ? null : span.to(), g, duration, relative);
    }

    private record DurationParts(Period period, String unit, boolean article) {}

    /** Reads the DURATION sub-pattern whose first group is {@code first}. */
    private static DurationParts durationParts(Matcher m, int first) {
        String num = m.group(first);
        String unit = m.group(first + 1);
        boolean andHalf = m.group(first + 2) != null;
        String halfUnit = m.group(first + 3);
        double value;
        boolean article = false;
        if (halfUnit != null) {
            value = 0.5;
            unit = halfUnit;
        } else {
            Double v = NumberWords.parse(num);
            if (v == null || unit == null) {
                return null;
            }
            article = A_ALONE.matcher(num.strip()).matches();
            value = v + (andHalf ? 0.5 : 0);
        }
        unit = unit.toLowerCase(Locale.ROOT);
        return new DurationParts(TimeResolver.duration(value, unit), unit, article && !andHalf);
    }

    private static Integer year(String s) {
        return s == null ? null : Integer.parseInt(s);
    }

    static Month month(String s) {
        String k = s.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(k.length() >= 3 ? k.substring(0, 3) : k)) {
                return m;
            }
        }
        throw new IllegalArgumentException(s);
    }
}
