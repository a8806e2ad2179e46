package dev.parallax.core.number;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits or words: "40", "1.5", "40,000", "two", "twenty-five",
 * "a dozen", "one and a half", "half", "a". Shared by the quantity and time extractors.
 */
public final class NumberWords {
    private NumberWords() {}

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fiftieth", 50),
            Map.entry("hundredth", 100));
    /**
     * Scale words and their news abbreviations ("bn", "mn", "tn"), the Indian "lakh" and "crore", and
     * the Russian, German and French words of money figures ("млрд", "миллиарда", "Milliarden", "Mrd",
     * "milliards"). The German "Billion" (10^12) is left out: it is spelt like the English word.
     * Keys are token norms (lower case, accents folded).
     */
    static final Map<String, Double> SCALES = normKeys(Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12), Map.entry("mln", 1e6), Map.entry("mn", 1e6), Map.entry("bln", 1e9),
            Map.entry("bn", 1e9), Map.entry("tn", 1e12), Map.entry("trn", 1e12), Map.entry("m", 1e6),
            Map.entry("lakh", 1e5), Map.entry("crore", 1e7),
            Map.entry("тыс", 1e3), Map.entry("тысяча", 1e3), Map.entry("тысячи", 1e3), Map.entry("тысяч", 1e3),
            Map.entry("млн", 1e6), Map.entry("миллион", 1e6), Map.entry("миллиона", 1e6), Map.entry("миллионов", 1e6),
            Map.entry("млрд", 1e9), Map.entry("миллиард", 1e9), Map.entry("миллиарда", 1e9), Map.entry("миллиардов", 1e9),
            Map.entry("трлн", 1e12), Map.entry("триллион", 1e12), Map.entry("триллиона", 1e12),
            Map.entry("триллионов", 1e12),
            Map.entry("mio", 1e6), Map.entry("millionen", 1e6), Map.entry("mrd", 1e9), Map.entry("milliarde", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("millions", 1e6), Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9)));

    /** A map whose keys are written as token norms, so Cyrillic "й" and accented letters match tokens. */
    static <V> Map<String, V> normKeys(Map<String, V> map) {
        Map<String, V> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(dev.parallax.core.segment.TextNormalizer.TOKEN_NORM.apply(k), v));
        return Map.copyOf(out);
    }

    /** A regex alternative matching one number as this class reads it (words or digits). */
    public static final String PATTERN = "(?:\\d+(?:[.,]\\d+)*|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|half a|a|an)"
            + "(?: and a half)?)";

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** The value of one number expression, or null when it is not one. */
    public static Double parse(String text) {
        if (text == null || !mayStartNumber(text)) {
            return null;
        }
        if (isLowerCaseWord(text)) {
            return parseBase(text); // a token's norm: nothing to strip, lower or split off
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u2011', '-').replace('\u2010', '-');
        if (s.endsWith("-and-a-half")) {
            s = s.substring(0, s.length() - "-and-a-half".length()) + " and a half"; // "four-and-a-half"
        }
        double extra = 0;
        if (s.endsWith(" and a half")) {
            extra = 0.5;
            s = s.substring(0, s.length() - " and a half".length()).strip();
        }
        Double base = parseBase(s);
        return base == null ? null : base + extra;
    }

    /**
     * False when the text's first letter starts no number word (most words of a sentence): the
     * quantity extractor asks about every token, and most need no further look.
     */
    private static boolean mayStartNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            return c < 'a' || c > 'z' || "adefhnostz".indexOf(c) >= 0;
        }
        return true;
    }

    private static boolean isLowerCaseWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static Double parseBase(String s) {
        switch (s) {
            case "a", "an" -> {
                return 1.0;
            }
            case "half", "half a", "half an", "a half" -> {
                return 0.5;
            }
            case "dozen", "a dozen" -> {
                return 12.0;
            }
            default -> {
            }
        }
        if (s.isEmpty()) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            return DIGITS.matcher(s).matches() ? parseDigits(s) : null;
        }
        if (!Character.isLetter(s.charAt(0))) {
            return null;
        }
        Integer u = UNITS.get(s);
        if (u != null) {
            return (double) u;
        }
        Integer t = TENS.get(s);
        if (t != null) {
            return (double) t;
        }
        int dash = s.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(s.substring(0, dash));
            Integer unit = UNITS.get(s.substring(dash + 1));
            if (tens != null && unit != null && unit < 10) {
                return (double) tens + unit;
            }
        }
        return null;
    }

    /**
     * "1.5" and "40,000" and "1,5" (a European decimal comma). A comma followed by exactly three
     * digits is a thousands separator; otherwise it is a decimal mark.
     */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d+(st|nd|rd|th)");

    static Double parseDigits(String s) {
        if (s.indexOf(',') >= 0 && THOUSANDS_COMMA.matcher(s).matches()) {
            return Double.parseDouble(s.replace(",", ""));
        }
        if (s.indexOf('.') >= 0 && THOUSANDS_DOT.matcher(s).matches()) {
            return Double.parseDouble(s.replace(".", ""));
        }
        if (s.indexOf(',') >= 0 && DECIMAL_COMMA.matcher(s).matches()) {
            return Double.parseDouble(s.replace(',', '.'));
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Ordinal value of "fifth", "5th", "21st", or null. */
    public static Integer ordinal(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        Integer v = ORDINALS.get(s);
        if (v != null) {
            return v;
        }
        if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && ORDINAL_DIGITS.matcher(s).matches()) {
            return Integer.parseInt(s.substring(0, s.length() - 2));
        }
        return null;
    }

    /** Multiplier of "million", "billion", ... or null. */
    public static Double scale(String word) {
        Double v = SCALES.get(word);
        return v != null ? v : SCALES.get(dev.parallax.core.segment.TextNormalizer.TOKEN_NORM.apply(word));
    }
}
