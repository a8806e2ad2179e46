package dev.parallax.core.number;

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
 * ("thousands of people") are skipped. Stateless and linear in the tokens.
 */
public final class QuantityExtractor {
    private static final Set<String> APPROX_ONE = Set.of("about", "some", "nearly", "almost", "around", "roughly",
            "approximately", "over", "approx", "circa", "~");
    private static final Set<String> APPROX_TWO = Set.of("more than", "less than", "up to", "at least", "just over",
            "just under", "fewer than", "as many as", "close to");
    private static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rise", "fell", "fallen", "fall", "dropped",
            "drop", "increased", "decreased", "declined", "grew", "grown", "climbed", "plunged", "jumped", "slid", "cut",
            "raised", "reduced", "went", "gone", "changed", "moved", "soared", "shrank", "slumped");
    private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "person", "troops", "soldiers",
            "servicemen", "fighters", "civilians", "refugees", "migrants", "mercenaries", "officers", "residents",
            "prisoners", "workers", "citizens", "men", "women", "children", "deaths", "dead", "casualties", "victims");
    private static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rub", "RUB"), Map.entry("pounds", "GBP"), Map.entry("yuan", "CNY"),
            Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"), Map.entry("belarusian rubles", "BYN"),
            Map.entry("byn", "BYN"));
    private static final Map<String, String> CURRENCY_BEFORE = Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP",
            "₽", "RUB", "usd", "USD", "eur", "EUR", "rub", "RUB");
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
                    out.add(new Quantity(time.start(), time.end(), time.surface(), QuantityKind.DURATION,
                            days(time.duration()), null, List.of(), "day", approxBefore(tokens, i) > 0));
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
            } else {
                unit = unitAt(tokens, num.to());
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
            int approx = approxBefore(tokens, from);
            from -= approx;
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
            double factor = unit.factor();
            String unitName = unit.unit();
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String surface = text.substring(start - s.start(), end - s.start());
            out.add(new Quantity(start, end, surface, kind, value * factor, max, alternatives, unitName, approx > 0));
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
            return null;
        } else {
            v = NumberWords.parse(w);
        }
        if (v == null) {
            return null;
        }
        if (to + 2 < n && tokens.get(to).norm().equals("and") && tokens.get(to + 1).norm().equals("a")
                && tokens.get(to + 2).norm().equals("half")) {
            v += 0.5;
            to += 3;
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

    private static boolean isTimeOfDay(List<Token> tokens, int i) {
        boolean colonAfter = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(":")
                && tokens.get(i + 2).norm().matches("\\d+") && tokens.get(i + 1).start() == tokens.get(i).end();
        boolean colonBefore = i >= 2 && tokens.get(i - 1).text().equals(":") && tokens.get(i - 2).norm().matches("\\d+")
                && tokens.get(i - 1).end() == tokens.get(i).start();
        return colonAfter || colonBefore;
    }

    private static int approxBefore(List<Token> tokens, int i) {
        if (i >= 2 && APPROX_TWO.contains(tokens.get(i - 2).norm() + " " + tokens.get(i - 1).norm())) {
            return 2;
        }
        if (i >= 1 && APPROX_ONE.contains(tokens.get(i - 1).norm())) {
            return 1;
        }
        return 0;
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
