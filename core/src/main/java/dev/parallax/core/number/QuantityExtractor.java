package dev.parallax.core.number;

import dev.parallax.core.model.Bound;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.QuantityKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.model.Token;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds stated numbers: percentages, counts, money, distances, durations and ordinals, in digits or
 * words, with "about"/"nearly"/"more than" marking them approximate, "40 to 45 km" read as a range
 * and "either 14% or 30%" as alternatives. Model names ("S-400", "Su-24") are single tokens and so
 * never numbers; years and the numbers inside dates are left to the time extractor. Vague plurals
 * ("thousands of people") are skipped. Money is read as news pages write it: a sign or code before
 * ("$", "US$", "€", "USD", "Rs"), a currency word after ("1.5 billion US dollars", "1,5 млрд долларов",
 * "1,5 Milliarden Dollar"), a scale glued on ("$1.5bn", "£300m") or hyphenated ("$1.5-billion"), or
 * said in words ("half a billion dollars"); each currency is its own unit, so roubles never equal dollars.
 * Stateless and linear in the tokens.
 */
public final class QuantityExtractor {
    /** Words before a number that bound it, one to four words long ("over", "a little more than"). */
    private static final Map<String, Bound> BOUND_WORDS = Map.ofEntries(
            Map.entry("about", Bound.ABOUT), Map.entry("some", Bound.ABOUT), Map.entry("around", Bound.ABOUT),
            Map.entry("roughly", Bound.ABOUT), Map.entry("approximately", Bound.ABOUT), Map.entry("approx", Bound.ABOUT),
            Map.entry("circa", Bound.ABOUT), Map.entry("~", Bound.ABOUT), Map.entry("close to", Bound.ABOUT),
            Map.entry("an estimated", Bound.ABOUT), Map.entry("약", Bound.ABOUT), Map.entry("約", Bound.ABOUT),
            Map.entry("nearly", Bound.AT_MOST), Map.entry("almost", Bound.AT_MOST), Map.entry("up to", Bound.AT_MOST),
            Map.entry("less than", Bound.AT_MOST), Map.entry("fewer than", Bound.AT_MOST), Map.entry("under", Bound.AT_MOST),
            Map.entry("just under", Bound.AT_MOST), Map.entry("no more than", Bound.AT_MOST),
            Map.entry("as many as", Bound.AT_MOST), Map.entry("over", Bound.AT_LEAST), Map.entry("more than", Bound.AT_LEAST),
            Map.entry("at least", Bound.AT_LEAST), Map.entry("just over", Bound.AT_LEAST),
            Map.entry("a little over", Bound.AT_LEAST), Map.entry("a little more than", Bound.AT_LEAST),
            Map.entry("a bit over", Bound.AT_LEAST), Map.entry("well over", Bound.AT_LEAST),
            Map.entry("slightly over", Bound.AT_LEAST), Map.entry("slightly more than", Bound.AT_LEAST),
            Map.entry("upwards of", Bound.AT_LEAST));
    /** The last word of every phrase of {@link #BOUND_WORDS}: most numbers have none of them before. */
    private static final Set<String> BOUND_LAST_WORDS = BOUND_WORDS.keySet().stream()
            .map(k -> k.substring(k.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> HOURS = Set.of("hour", "hours", "hr", "hrs");
    private static final Set<String> MINUTES = Set.of("minute", "minutes", "min", "mins");
    /** "½", "¼", ... after a whole number: "4½ hours". */
    private static final Map<String, Double> FRACTION_CHARS = Map.of("½", 0.5, "¼", 0.25, "¾", 0.75, "⅓", 1 / 3.0,
            "⅔", 2 / 3.0);
    /** "90-minute", "two-hour", "four-and-a-half-hour": a number and an hour or minute unit in one word. */
    private static final java.util.regex.Pattern HYPHEN_DURATION = java.util.regex.Pattern.compile(
            "(.+)-(hour|minute)s?(?:-long)?");
    /** Korean, Japanese and Chinese durations: "약 4시간", "約4時間", "30分間", "90분" (not the "30分" of a clock time "6時30分"). */
    private static final java.util.regex.Pattern CJK_DURATION = java.util.regex.Pattern.compile(
            "(約|약\\s*)?(?<![\\d時])(\\d+(?:\\.\\d+)?)\\s*(여\\s*)?(時間|分間|시간|분(?!기)|分(?![\\d]))");
    /** The number and unit of a "... ago" expression: "a little over 70 years ago", "70여 년 전". */
    private static final java.util.regex.Pattern AGO_AMOUNT = java.util.regex.Pattern.compile(
            "(?i)(" + NumberWords.PATTERN + ")[\\s-]*(여)?\\s*(years?|months?|weeks?|days?|년|개월|주|일)");
    private static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rise", "fell", "fallen", "fall", "dropped",
            "drop", "increased", "decreased", "declined", "grew", "grown", "climbed", "plunged", "jumped", "slid", "cut",
            "raised", "reduced", "went", "gone", "changed", "moved", "soared", "shrank", "slumped");
    private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "person", "troops", "soldiers",
            "servicemen", "fighters", "civilians", "refugees", "migrants", "mercenaries", "officers", "residents",
            "prisoners", "workers", "citizens", "men", "women", "children", "deaths", "dead", "casualties", "victims");
    /**
     * Currency words after a number, one or two words long, in English, Russian (every case form:
     * "долларов", "рублей") and German ("Dollar", "Rubel"). Roubles are never dollars: each currency is its own unit.
     */
    private static final Map<String, String> CURRENCY_AFTER = NumberWords.normKeys(Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("american dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rub", "RUB"), Map.entry("rubel", "RUB"), Map.entry("pounds", "GBP"),
            Map.entry("pound", "GBP"), Map.entry("crowns", "crown"), Map.entry("kronor", "crown"),
            Map.entry("koruna", "crown"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("yen", "JPY"), Map.entry("rupees", "INR"),
            Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"), Map.entry("belarusian rubles", "BYN"),
            Map.entry("byn", "BYN"), Map.entry("доллар", "USD"), Map.entry("доллара", "USD"), Map.entry("долларов", "USD"),
            Map.entry("долл", "USD"), Map.entry("рубль", "RUB"), Map.entry("рубля", "RUB"), Map.entry("рублей", "RUB"),
            Map.entry("руб", "RUB"), Map.entry("евро", "EUR"), Map.entry("юань", "CNY"), Map.entry("юаня", "CNY"),
            Map.entry("юаней", "CNY")));
    /**
     * Currency signs and codes before a number. "¥" is written for both the yen and the yuan, so it is a
     * unit of its own that agrees only with another "¥" figure.
     */
    private static final Map<String, String> CURRENCY_BEFORE = Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("us$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₽", "RUB"),
            Map.entry("¥", "JPY/CNY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"), Map.entry("inr", "INR"),
            Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("rub", "RUB"), Map.entry("gbp", "GBP"));
    /**
     * Letters glued before "$" that name another dollar ("US$", "A$", "C$", "HK$"): "US$1bn" is US dollars,
     * "A$1bn" Australian ones, never equal to US dollars.
     */
    private static final Map<String, String> DOLLAR_PREFIX = Map.of("us", "USD", "a", "AUD", "au", "AUD", "c", "CAD",
            "ca", "CAD", "hk", "HKD", "nz", "NZD", "s", "SGD", "nt", "TWD", "r", "BRL");
    /**
     * A scale glued to digits, as news headlines and copy write money: "1bn", "1.5bn", "640m", "2tn". The
     * bare "m" is also metres ("a 640m tower"), so it is read as million only beside a currency or people.
     */
    private static final java.util.regex.Pattern GLUED_SCALE = java.util.regex.Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)(bn|bln|tn|trn|mn|mln|m)");
    /**
     * A scale joined to its number by a hyphen, as an adjective or a typo: "$1.5-billion loan",
     * "1.5-billion-dollar loan", "half-billion", "one and a half-billion dollars".
     */
    private static final java.util.regex.Pattern HYPHEN_SCALE = java.util.regex.Pattern.compile(
            "(.+?)-(million|billion|trillion)(?:-(dollar|euro|pound|rouble|ruble))?");
    private static final Map<String, Double> DISTANCE = Map.of("km", 1.0, "kilometres", 1.0, "kilometers", 1.0,
            "kilometre", 1.0, "kilometer", 1.0, "miles", 1.609344, "mile", 1.609344, "metres", 0.001, "meters", 0.001);

    /** Quantities of every sentence; {@code times} tell which numbers belong to dates. */
    public List<Quantity> extract(List<Sentence> sentences, List<TimeExpression> times) {
        List<Quantity> out = new ArrayList<>();
        int t = 0;
        for (Sentence s : sentences) {
            while (t < times.size() && times.get(t).end() <= s.start()) {
                t++;
            }
            List<TimeExpression> local = new ArrayList<>();
            for (int k = t; k < times.size() && times.get(k).start() < s.end(); k++) {
                local.add(times.get(k));
            }
            extractSentence(s, local, out);
            cjkDurations(s, out);
        }
        return out;
    }

    private record Num(int from, int to, double value) {}

    private void extractSentence(Sentence s, List<TimeExpression> times, List<Quantity> out) {
        List<Token> tokens = s.tokens();
        String text = s.text();
        int n = tokens.size();
        int i = 0;
        Set<Integer> durationsDone = new java.util.HashSet<>();
        while (i < n) {
            Token tok = tokens.get(i);
            TimeExpression time = covering(times, tok);
            if (time != null) {
                if (time.granularity() == Granularity.DURATION && time.duration() != null && durationsDone.add(time.start())) {
                    BoundWords b = boundBefore(tokens, i);
                    out.add(new Quantity(time.start(), time.end(), time.surface(), QuantityKind.DURATION,
                            days(time.duration()), null, List.of(), "day", b.tokens() > 0, b.bound()));
                } else if (time.relative() && time.duration() == null && durationsDone.add(time.start())) {
                    Quantity ago = agoAmount(time);
                    if (ago != null) {
                        out.add(ago);
                    }
                }
                i++;
                continue;
            }
            Integer ordinal = NumberWords.ordinal(tok.norm());
            // "first" and "second" are mostly discourse ("for the first time"), not stated figures
            if (ordinal != null && (ordinal > 2 || Character.isDigit(tok.norm().charAt(0)))) {
                out.add(new Quantity(tok.start(), tok.end(), tok.text(), QuantityKind.ORDINAL, ordinal, null, List.of(),
                        "", false));
                i++;
                continue;
            }
            Quantity spoken = wordDuration(tokens, i, text, s.start());
            if (spoken != null) {
                out.add(spoken);
                i = tokenAfter(tokens, spoken.end(), i);
                continue;
            }
            Num num = number(tokens, i);
            if (num == null || isTimeOfDay(tokens, i)) {
                i++;
                continue;
            }
            int from = num.from();
            double value = num.value();
            Unit unit = Unit.NONE;
            String before = i > 0 ? tokens.get(i - 1).norm() : "";
            if (CURRENCY_BEFORE.containsKey(before)) {
                unit = new Unit(QuantityKind.MONEY, CURRENCY_BEFORE.get(before), 1, 0);
                from = i - 1;
                String prefix = before.equals("$") ? dollarPrefix(tokens, i - 1) : null;
                if (prefix != null) {
                    unit = new Unit(QuantityKind.MONEY, prefix, 1, 0);
                    from = i - 2;
                }
            } else {
                String inside = currencyInside(tokens.get(num.to() - 1));
                unit = inside != null ? new Unit(QuantityKind.MONEY, inside, 1, 0) : unitAt(tokens, num.to());
            }
            int to = num.to() + unit.tokens();
            if (unit == Unit.NONE && value == Math.rint(value) && value >= 1900 && value <= 2100 && num.to() - num.from() == 1) {
                i = num.to(); // a bare year is a date, not a quantity
                continue;
            }
            if (unit.kind() == QuantityKind.COUNT && !Character.isDigit(tokens.get(num.from()).norm().charAt(0))
                    && value < 3 && !unit.unit().equals("person")) {
                i = num.to(); // "one of the", "our two countries": small number words are rarely stated figures
                continue;
            }
            BoundWords bounded = boundBefore(tokens, from);
            int approx = bounded.tokens();
            from -= approx;
            double total = value * unit.factor();
            if (unit.kind() == QuantityKind.DURATION && HOURS.contains(tokens.get(to - 1).norm())) {
                // "2 hours 45 minutes", "two hours and 45 minutes"
                int k = to < n && tokens.get(to).norm().equals("and") ? to + 1 : to;
                Num minutes = k < n ? number(tokens, k) : null;
                if (minutes != null && minutes.to() < n && MINUTES.contains(tokens.get(minutes.to()).norm())) {
                    total += minutes.value() / 1440.0;
                    to = minutes.to() + 1;
                }
            }
            Double max = null;
            List<Double> alternatives = List.of();
            if (to + 1 < n) {
                String link = tokens.get(to).norm();
                int next = to + 1;
                boolean either = tokens.get(next).norm().equals("either");
                boolean between = from > 0 && tokens.get(from - 1).norm().equals("between");
                boolean isLink = link.equals("or") || link.equals("and") && between
                        || (link.equals("to") || link.equals("-")) && !changeBefore(tokens, from);
                Num second = either || !isLink ? null : number(tokens, next);
                if (second != null && covering(times, tokens.get(next)) == null) {
                    Unit unit2 = unitAt(tokens, second.to());
                    if (unit == Unit.NONE || unit2.kind() == unit.kind()) {
                        if (unit == Unit.NONE) {
                            unit = unit2;
                        }
                        if (link.equals("or")) {
                            alternatives = List.of(value * unit.factor(), second.value() * unit.factor());
                            if (from > 0 && tokens.get(from - 1).norm().equals("either")) {
                                from--;
                            }
                            to = second.to() + unit2.tokens();
                        } else if (second.value() > value) {
                            max = second.value() * unit.factor();
                            to = second.to() + unit2.tokens();
                            if (between) {
                                from--;
                            }
                        }
                    }
                }
            }
            QuantityKind kind = unit.kind();
            String unitName = unit.unit();
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String surface = text.substring(start - s.start(), end - s.start());
            out.add(new Quantity(start, end, surface, kind, total, max, alternatives, unitName, approx > 0,
                    bounded.bound()));
            i = to;
        }
    }

    /** What follows a number: its kind, normalized unit, factor to that unit and how many tokens it takes. */
    private record Unit(QuantityKind kind, String unit, double factor, int tokens) {
        static final Unit NONE = new Unit(QuantityKind.COUNT, "", 1, 0);
    }

    private static Unit unitAt(List<Token> tokens, int k) {
        int n = tokens.size();
        String after = k < n ? tokens.get(k).norm() : "";
        String after2 = k + 1 < n ? after + " " + tokens.get(k + 1).norm() : "";
        if (after.equals("%") || after.equals("percent") || after.equals("pct")) {
            return new Unit(QuantityKind.PERCENT, "%", 1, 1);
        }
        if (after2.equals("per cent")) {
            return new Unit(QuantityKind.PERCENT, "%", 1, 2);
        }
        if (CURRENCY_AFTER.containsKey(after2)) {
            return new Unit(QuantityKind.MONEY, CURRENCY_AFTER.get(after2), 1, 2);
        }
        if (CURRENCY_AFTER.containsKey(after)) {
            return new Unit(QuantityKind.MONEY, CURRENCY_AFTER.get(after), 1, 1);
        }
        if (DISTANCE.containsKey(after)) {
            return new Unit(QuantityKind.DISTANCE, "km", DISTANCE.get(after), 1);
        }
        if (HOURS.contains(after)) {
            return new Unit(QuantityKind.DURATION, "day", 1 / 24.0, 1);
        }
        if (MINUTES.contains(after)) {
            return new Unit(QuantityKind.DURATION, "day", 1 / 1440.0, 1);
        }
        if (PERSON_NOUNS.contains(after)) {
            return new Unit(QuantityKind.COUNT, "person", 1, 0);
        }
        return Unit.NONE;
    }

    /** A number at token {@code i} (digits or words, with a following "million"/"billion"), or null. */
    static Num number(List<Token> tokens, int i) {
        int n = tokens.size();
        String w = tokens.get(i).norm();
        int to = i + 1;
        Double v;
        if (w.equals("a") && i + 1 < n && tokens.get(i + 1).norm().equals("dozen")) {
            v = 12.0;
            to = i + 2;
        } else if (w.equals("a") || w.equals("an") || w.equals("half")) {
            return largeWithoutDigits(tokens, i);
        } else {
            v = NumberWords.parse(w);
        }
        if (v == null) {
            Num glued = gluedScale(tokens, i);
            return glued != null ? glued : hyphenScale(tokens, i);
        }
        if (Character.isDigit(w.charAt(0)) && w.indexOf('.') < 0 && w.indexOf(',') < 0) {
            // "4 1/2", "4½", "4 ½": a mixed fraction
            if (to < n && FRACTION_CHARS.containsKey(tokens.get(to).text())) {
                v += FRACTION_CHARS.get(tokens.get(to).text());
                to++;
            } else if (to + 2 < n && tokens.get(to + 1).text().equals("/") && tokens.get(to).end() == tokens.get(to + 1).start()
                    && tokens.get(to + 1).end() == tokens.get(to + 2).start() && tokens.get(to).norm().matches("[1-9]")
                    && tokens.get(to + 2).norm().matches("[2-9]|10")) {
                double numerator = Double.parseDouble(tokens.get(to).norm());
                double denominator = Double.parseDouble(tokens.get(to + 2).norm());
                if (numerator < denominator) {
                    v += numerator / denominator;
                    to += 3;
                }
            }
        }
        if (to + 2 < n && tokens.get(to).norm().equals("and") && tokens.get(to + 1).norm().equals("a")
                && tokens.get(to + 2).norm().equals("half")) {
            v += 0.5;
            to += 3;
        } else if (to + 2 < n && tokens.get(to).norm().equals("and") && tokens.get(to + 1).norm().equals("a")) {
            // "one and a half-billion dollars": the half carries the scale, worth half of it
            Num half = tokens.get(to + 2).norm().startsWith("half-") ? hyphenScale(tokens, to + 2) : null;
            if (half != null) {
                return new Num(i, to + 3, (v + 0.5) * half.value() / 0.5);
            }
        }
        if (to < n) {
            Double scale = NumberWords.scale(tokens.get(to).norm());
            if (scale != null && !tokens.get(to).norm().equals("m")) {
                v *= scale;
                to++;
            }
        }
        return new Num(i, to, v);
    }

    /** Figures of a million or more said without digits: "a billion dollars", "half a billion dollars". */
    private static Num largeWithoutDigits(List<Token> tokens, int i) {
        int n = tokens.size();
        String w = tokens.get(i).norm();
        if ((w.equals("a") || w.equals("an")) && i + 1 < n && tokens.get(i + 1).norm().startsWith("half-")) {
            Num half = hyphenScale(tokens, i + 1); // "a half-billion dollars"
            return half == null ? null : new Num(i, half.to(), half.value());
        }
        boolean half = w.equals("half") && i + 1 < n && tokens.get(i + 1).norm().equals("a");
        int k = half ? i + 2 : i + 1;
        if (k >= n || !LARGE_SCALE_WORDS.contains(tokens.get(k).norm())) {
            return null;
        }
        return new Num(i, k + 1, (half ? 0.5 : 1) * NumberWords.scale(tokens.get(k).norm()));
    }

    /** Spelled-out scales that a bare "a" or "half a" can count: "a million people", "half a billion dollars". */
    private static final Set<String> LARGE_SCALE_WORDS = Set.of("million", "billion", "trillion");

    /** "1bn", "$640m": digits with a scale glued on, or null. */
    private static Num gluedScale(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        java.util.regex.Matcher m = GLUED_SCALE.matcher(w);
        if (!m.matches()) {
            return null;
        }
        Double v = NumberWords.parse(m.group(1));
        if (v == null) {
            return null;
        }
        if (m.group(2).equals("m")) {
            boolean signBefore = i > 0 && CURRENCY_BEFORE.containsKey(tokens.get(i - 1).norm());
            Unit after = unitAt(tokens, i + 1);
            boolean money = signBefore || after.kind() == QuantityKind.MONEY
                    || after.kind() == QuantityKind.COUNT && after.unit().equals("person");
            if (!money) {
                return null;
            }
        }
        return new Num(i, i + 1, v * NumberWords.scale(m.group(2)));
    }

    /** "1.5-billion", "half-billion", "1.5-billion-dollar": a number and scale in one hyphenated word, or null. */
    private static Num hyphenScale(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (w.indexOf('-') < 0 || !(w.contains("-million") || w.contains("-billion") || w.contains("-trillion"))) {
            return null;
        }
        java.util.regex.Matcher m = HYPHEN_SCALE.matcher(w);
        if (!m.matches()) {
            return null;
        }
        Double v = NumberWords.parse(m.group(1));
        return v == null ? null : new Num(i, i + 1, v * NumberWords.scale(m.group(2)));
    }

    /** The currency written inside a hyphenated amount ("1.5-billion-dollar"), or null. */
    private static String currencyInside(Token last) {
        String w = last.norm();
        if (w.indexOf('-') < 0) {
            return null;
        }
        java.util.regex.Matcher m = HYPHEN_SCALE.matcher(w);
        return m.matches() && m.group(3) != null ? CURRENCY_AFTER.get(m.group(3)) : null;
    }

    /** The dollar named by letters written right before "$" at {@code sign} ("US$", "A$", "HK$"), or null. */
    private static String dollarPrefix(List<Token> tokens, int sign) {
        if (sign == 0) {
            return null;
        }
        Token letters = tokens.get(sign - 1);
        String currency = DOLLAR_PREFIX.get(letters.norm());
        boolean glued = letters.end() == tokens.get(sign).start();
        // "US $1.5 billion" is written with a space too; a lone "A" or "C" before a spaced "$" is a word
        return currency != null && (glued || letters.text().equals("US")) ? currency : null;
    }

    private static boolean isTimeOfDay(List<Token> tokens, int i) {
        boolean colonAfter = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(":")
                && tokens.get(i + 2).norm().matches("\\d+") && tokens.get(i + 1).start() == tokens.get(i).end();
        boolean colonBefore = i >= 2 && tokens.get(i - 1).text().equals(":") && tokens.get(i - 2).norm().matches("\\d+")
                && tokens.get(i - 1).end() == tokens.get(i).start();
        return colonAfter || colonBefore;
    }

    /** How many words before token {@code i} bound the number there, and how. */
    private record BoundWords(int tokens, Bound bound) {
        static final BoundWords NONE = new BoundWords(0, Bound.EXACT);
    }

    private static BoundWords boundBefore(List<Token> tokens, int i) {
        if (i == 0 || !BOUND_LAST_WORDS.contains(tokens.get(i - 1).norm())) {
            return BoundWords.NONE;
        }
        for (int len = Math.min(4, i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = i - len; k < i; k++) {
                if (k > i - len) {
                    b.append(' ');
                }
                b.append(tokens.get(k).norm());
            }
            Bound bound = BOUND_WORDS.get(b.toString());
            if (bound != null) {
                return new BoundWords(len, bound);
            }
        }
        return BoundWords.NONE;
    }

    /**
     * Durations written without digits in front of their unit: "an hour", "an hour and a half", "half an
     * hour", and hyphenated ones: "90-minute", "two-hour", "four-and-a-half-hour". Null when none starts at {@code i}.
     */
    private static Quantity wordDuration(List<Token> tokens, int i, String text, int base) {
        int n = tokens.size();
        String w = tokens.get(i).norm();
        double hours = 0;
        int to;
        java.util.regex.Matcher hyphen = w.indexOf('-') > 0 && (w.contains("-hour") || w.contains("-minute"))
                ? HYPHEN_DURATION.matcher(w) : null;
        if (hyphen != null && hyphen.matches()) {
            Double v = NumberWords.parse(hyphen.group(1));
            if (v == null) {
                return null;
            }
            hours = hyphen.group(2).equals("hour") ? v : v / 60;
            to = i + 1;
        } else if ((w.equals("a") || w.equals("an")) && i + 1 < n && (HOURS.contains(tokens.get(i + 1).norm())
                || MINUTES.contains(tokens.get(i + 1).norm()))) {
            hours = HOURS.contains(tokens.get(i + 1).norm()) ? 1 : 1 / 60.0;
            to = i + 2;
            if (to + 2 < n && tokens.get(to).norm().equals("and") && tokens.get(to + 1).norm().equals("a")
                    && tokens.get(to + 2).norm().equals("half")) {
                hours *= 1.5;
                to += 3;
            }
        } else if (w.equals("half") && i + 2 < n && (tokens.get(i + 1).norm().equals("an") || tokens.get(i + 1).norm().equals("a"))
                && HOURS.contains(tokens.get(i + 2).norm())) {
            hours = 0.5;
            to = i + 3;
        } else {
            return null;
        }
        BoundWords b = boundBefore(tokens, i);
        int start = tokens.get(i - b.tokens()).start();
        int end = tokens.get(to - 1).end();
        return new Quantity(start, end, text.substring(start - base, end - base), QuantityKind.DURATION, hours / 24.0, null,
                List.of(), "day", b.tokens() > 0, b.bound());
    }

    private static int tokenAfter(List<Token> tokens, int offset, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return Math.max(k, from + 1);
    }

    /**
     * "a little over 70 years ago", "70여 년 전": how long ago, as a duration with its bound, for comparing
     * with another account's figure. An exact "two months ago" gives none: its time expression says it all.
     */
    private static Quantity agoAmount(TimeExpression time) {
        String surface = time.surface();
        if (!(surface.endsWith(" ago") || surface.endsWith("전"))) {
            return null;
        }
        java.util.regex.Matcher m = AGO_AMOUNT.matcher(surface);
        if (!m.find()) {
            return null;
        }
        Double v = NumberWords.parse(m.group(1));
        if (v == null) {
            return null;
        }
        String unit = m.group(3).toLowerCase(java.util.Locale.ROOT);
        double days = unit.startsWith("year") || unit.equals("년") ? v * 360 : unit.startsWith("month") || unit.equals("개월")
                ? v * 30 : unit.startsWith("week") || unit.equals("주") ? v * 7 : v;
        Bound bound = m.group(2) != null ? Bound.AT_LEAST : Bound.EXACT;
        String before = surface.substring(0, m.start()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!before.isEmpty()) {
            Bound words = BOUND_WORDS.get(before);
            bound = words != null ? words : before.endsWith("over") || before.endsWith("more than") ? Bound.AT_LEAST
                    : before.endsWith("nearly") || before.endsWith("almost") || before.endsWith("under") ? Bound.AT_MOST
                    : Bound.ABOUT;
        }
        if (bound == Bound.EXACT) {
            return null; // "half a year ago" is all in its time expression; only a bound needs saying here
        }
        return new Quantity(time.start(), time.end(), surface, QuantityKind.DURATION, days, null, List.of(), "day",
                bound.approximate(), bound);
    }

    /** Korean, Japanese and Chinese hour and minute durations of a sentence ("約4時間", "90분"). */
    private static void cjkDurations(Sentence s, List<Quantity> out) {
        String text = s.text();
        if (!dev.parallax.core.segment.Scripts.hasCjk(text)) {
            return;
        }
        java.util.regex.Matcher m = CJK_DURATION.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            boolean hours = m.group(4).equals("時間") || m.group(4).equals("시간");
            Bound bound = m.group(1) != null ? Bound.ABOUT : m.group(3) != null ? Bound.AT_LEAST : Bound.EXACT;
            out.add(new Quantity(s.start() + m.start(), s.start() + m.end(), m.group(), QuantityKind.DURATION,
                    (hours ? v : v / 60) / 24.0, null, List.of(), "day", bound.approximate(), bound));
        }
    }

    private static boolean changeBefore(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (CHANGE_VERBS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression covering(List<TimeExpression> times, Token tok) {
        for (TimeExpression t : times) {
            if (tok.start() >= t.start() && tok.end() <= t.end()) {
                return t;
            }
        }
        return null;
    }

    /** Days in a normalized period (a month counted as 30 days, as {@link Period} months are). */
    static double days(Period p) {
        return p.toTotalMonths() * 30.0 + p.getDays();
    }
}
