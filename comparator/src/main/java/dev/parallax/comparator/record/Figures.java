package dev.parallax.comparator.record;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.number.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a passage as the fidelity check compares them: percentages, durations (in days, so "six
 * months" and "half a year" agree), how often something happens (per year: "annual", "once a year", "every
 * two years"), money, years and counts of a named thing ("twenty planes"). Read from the words alone, so a
 * quotation and the record's passage are read the same way whatever core made of them.
 */
final class Figures {
    private Figures() {}

    enum Kind { PERCENT, DURATION, FREQUENCY, MONEY, YEAR, COUNT }

    /** One figure; {@code unit} says what a COUNT counts (its noun's key) or a MONEY's currency. */
    record Figure(Kind kind, String unit, double value, boolean approximate, int start, int end, String surface) {
        boolean comparable(Figure o) {
            return kind == o.kind && unit.equals(o.unit) && !(kind == Kind.COUNT && unit.isEmpty());
        }

        /**
         * Equal, or within {@code tolerance} when either is approximate ("about 90"); durations within 3% (a month is 30
         * days, half a year 182.5), other exact figures to the last digit.
         */
        boolean agrees(Figure o, double tolerance) {
            double t = approximate || o.approximate ? Math.max(tolerance, 0.03) : kind == Kind.DURATION ? 0.03 : 0.001;
            double scale = Math.max(Math.abs(value), Math.abs(o.value));
            return scale == 0 || Math.abs(value - o.value) <= t * scale;
        }
    }

    private static final Map<String, Double> DAYS = Map.ofEntries(
            Map.entry("year", 365.0), Map.entry("years", 365.0), Map.entry("month", 30.0), Map.entry("months", 30.0),
            Map.entry("week", 7.0), Map.entry("weeks", 7.0), Map.entry("day", 1.0), Map.entry("days", 1.0),
            Map.entry("decade", 3650.0), Map.entry("decades", 3650.0), Map.entry("century", 36500.0),
            Map.entry("centuries", 36500.0), Map.entry("hour", 1 / 24.0), Map.entry("hours", 1 / 24.0),
            Map.entry("minute", 1 / 1440.0), Map.entry("minutes", 1 / 1440.0), Map.entry("semester", 182.5));
    private static final Map<String, Double> PER_YEAR = Map.of("year", 1.0, "month", 12.0, "week", 52.0, "day", 365.0,
            "quarter", 4.0, "decade", 0.1);
    private static final Map<String, Double> RATE_WORDS = Map.of("annual", 1.0, "annually", 1.0, "yearly", 1.0,
            "biennial", 0.5, "biennially", 0.5, "monthly", 12.0, "weekly", 52.0, "daily", 365.0, "quarterly", 4.0,
            "biannual", 2.0);
    private static final Map<String, Double> TIMES = Map.of("once", 1.0, "twice", 2.0, "thrice", 3.0);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("won", "KRW"), Map.entry("hryvnias", "UAH"));
    private static final Pattern HYPHENATED = Pattern.compile("([\\p{L}\\d.,]+)-(year|month|week|day|hour|minute|decade)s?(?:-old)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** The figures of {@code text[start, end)}, offsets into {@code text}. */
    static List<Figure> of(String text, int start, int end) {
        List<Word> words = Words.split(text.substring(start, end), start);
        List<Figure> out = new ArrayList<>();
        int n = words.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) f[i] = Words.fold(words.get(i).text());
        for (int i = 0; i < n; i++) {
            String w = f[i];
            // how often: "annual", "every two years", "once a year", "three times a year"
            Double rate = RATE_WORDS.get(w);
            if (rate != null) {
                out.add(figure(Kind.FREQUENCY, "", rate, false, words, i, i, text));
                continue;
            }
            if ((w.equals("every") || w.equals("each")) && i + 1 < n) {
                int j = i + 1;
                double every = 1;
                if (f[j].equals("other")) {
                    every = 2;
                    j++;
                } else {
                    Double v = number(f[j]);
                    if (v != null) {
                        every = v;
                        j++;
                    }
                }
                Double per = j < n ? PER_YEAR.get(singular(f[j])) : null;
                if (per != null && every > 0) {
                    out.add(figure(Kind.FREQUENCY, "", per / every, false, words, i, j, text));
                    i = j;
                    continue;
                }
            }
            Double times = TIMES.get(w);
            int unitAt = i + 1;
            if (times == null && i + 1 < n && f[i + 1].equals("times")) {
                times = number(w);
                unitAt = i + 2;
            }
            if (times != null && unitAt + 1 < n && (f[unitAt].equals("a") || f[unitAt].equals("per") || f[unitAt].equals("each")
                    || f[unitAt].equals("an") || f[unitAt].equals("every"))) {
                Double per = PER_YEAR.get(singular(f[unitAt + 1]));
                if (per != null) {
                    out.add(figure(Kind.FREQUENCY, "", times * per, false, words, i, unitAt + 1, text));
                    i = unitAt + 1;
                    continue;
                }
            }
            Matcher h = HYPHENATED.matcher(w);
            if (h.matches()) {
                Double v = number(h.group(1));
                if (v != null) {
                    out.add(figure(Kind.DURATION, "", v * DAYS.get(h.group(2)), approximate(f, i), words, i, i, text));
                    continue;
                }
            }
            // "half a year", "half an hour"
            if (w.equals("half") && i + 2 < n && (f[i + 1].equals("a") || f[i + 1].equals("an")) && DAYS.containsKey(f[i + 2])) {
                out.add(figure(Kind.DURATION, "", 0.5 * DAYS.get(f[i + 2]), approximate(f, i), words, i, i + 2, text));
                i += 2;
                continue;
            }
            Double v = number(w);
            if (v == null) continue;
            int last = i;
            if (i + 1 < n) {
                Double scale = NumberWords.scale(f[i + 1]);
                if (scale != null && !f[i + 1].equals("m")) {
                    v *= scale;
                    last = i + 1;
                }
            }
            boolean about = approximate(f, i);
            String next = last + 1 < n ? f[last + 1] : "";
            String after = words.get(last).end() < text.length() ? text.substring(words.get(last).end(), Math.min(text.length(), words.get(last).end() + 2)) : "";
            String before = words.get(i).start() > 0 ? text.substring(Math.max(0, words.get(i).start() - 1), words.get(i).start()) : "";
            if (after.startsWith("%") || after.startsWith(" %") || next.equals("percent") || next.equals("per") && last + 2 < n && f[last + 2].equals("cent")) {
                int e = next.equals("percent") ? last + 1 : next.equals("per") ? last + 2 : last;
                out.add(figure(Kind.PERCENT, "", v, about, words, i, e, text));
                i = e;
            } else if (before.equals("$") || before.equals("€") || before.equals("£") || before.equals("¥")) {
                String unit = switch (before) {
                    case "$" -> "USD";
                    case "€" -> "EUR";
                    case "£" -> "GBP";
                    default -> "JPY";
                };
                out.add(figure(Kind.MONEY, unit, v, about, words, i, last, text));
                i = last;
            } else if (CURRENCIES.containsKey(next)) {
                out.add(figure(Kind.MONEY, CURRENCIES.get(next), v, about, words, i, last + 1, text));
                i = last + 1;
            } else if (DAYS.containsKey(next)) {
                out.add(figure(Kind.DURATION, "", v * DAYS.get(next), about, words, i, last + 1, text));
                i = last + 1;
            } else if (last == i && YEAR.matcher(w).matches()) {
                out.add(figure(Kind.YEAR, "", v, false, words, i, i, text));
            } else if (!next.isEmpty() && !Words.STOPWORDS.contains(next) && Character.isLetter(next.charAt(0))) {
                String noun = Words.contentKeyOfFolded(next);
                out.add(figure(Kind.COUNT, noun == null ? "" : noun, v, about, words, i, last + 1, text));
                i = last + 1;
            } else {
                out.add(figure(Kind.COUNT, "", v, about, words, i, last, text));
            }
        }
        return out;
    }

    /** A number written in digits or words; "a" and "an" are not numbers here (they open "once a year"). */
    static Double number(String folded) {
        if (folded.isEmpty() || folded.equals("a") || folded.equals("an")) return null;
        char c = folded.charAt(0);
        if (!Character.isDigit(c) && !Character.isLetter(c)) return null;
        if (Character.isDigit(c)) {
            String digits = folded.replace(",", "");
            try {
                return Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (folded.equals("half") || folded.equals("dozen")) return null;
        return NumberWords.parse(folded);
    }

    private static final java.util.Set<String> ABOUT = java.util.Set.of("about", "around", "some", "roughly",
            "approximately", "nearly", "almost", "over", "more", "less", "fewer", "least", "most", "up", "under", "than");

    private static boolean approximate(String[] f, int i) {
        return i > 0 && ABOUT.contains(f[i - 1]);
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static Figure figure(Kind kind, String unit, double value, boolean about, List<Word> words, int from, int to,
                                 String text) {
        int s = words.get(from).start(), e = words.get(to).end();
        return new Figure(kind, unit, value, about, s, e, text.substring(s, e).toLowerCase(Locale.ROOT));
    }
}
