package dev.parallax.core.time;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written the way accounts in other languages write them, so that an account in Korean,
 * Japanese, Chinese, Ukrainian, Russian, Indonesian, German, French, Spanish, Italian, Portuguese,
 * Polish or Turkish is dated like an English one:
 * <ul>
 *   <li>CJK: 2018년 6월 12일, 6월 12일, 8일 (a day of the reference month), 1941년; 2024年4月10日, 令和6年4月10日,
 *       4月10日, 11日; "70여 년 전" (some seventy years ago);</li>
 *   <li>Cyrillic month names in the genitive (21 грудня 2022 року, 5 июня), and "з лютого", "у лютому"
 *       for a month alone;</li>
 *   <li>Latin-script month names: 10. April 2024, le 10 avril, 5 de junio de 2019, 8 Juni 2023;</li>
 *   <li>Indonesian weekday with day/month, "Kamis (8/6)", and a weekday alone;</li>
 *   <li>a dotted day.month.year, "21.03.2023", with an optional time: a page's timestamp line.</li>
 * </ul>
 * Each rule is tried only when its script or a digit is in the sentence. Stateless.
 */
final class OtherLanguageDates {
    private static final Map<String, Integer> MONTH_WORDS = new HashMap<>();

    private static void months(String words) {
        String[] w = words.split(" ");
        for (int i = 0; i < 12; i++) {
            for (String form : w[i].split("/")) {
                MONTH_WORDS.put(form, i + 1);
            }
        }
    }

    static {
        // German, French, Spanish, Italian, Portuguese, Indonesian, Polish (genitive), Turkish
        months("januar/jänner februar märz/maerz april mai juni juli august september oktober november dezember");
        months("janvier février/fevrier mars avril mai juin juillet août/aout septembre octobre novembre décembre/decembre");
        months("enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre");
        months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        months("janeiro fevereiro março/marco abril maio junho julho agosto setembro outubro novembro dezembro");
        months("januari februari maret april mei juni juli agustus september oktober november desember");
        months("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września/wrzesnia października/pazdziernika "
                + "listopada grudnia");
        months("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
        // Ukrainian and Russian: genitive (with a day) and locative (a month alone: "у лютому", "в феврале")
        months("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня");
        months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
        months("січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні");
        months("январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре");
    }

    /** The month (1..12) a month name of one of these languages stands for ("декабря", "avril"), or null. */
    static Integer month(String word) {
        return MONTH_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    private static final String LATIN_MONTH = "(\\p{L}{3,11})";
    /** 10 April 2024, 10. April, 5 de junio de 2019, 1er mai, 8 Juni 2023. */
    private static final Pattern DAY_MONTH_LATIN = Pattern.compile("(?iu)(?<![\\p{L}\\d.])(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?"
            + LATIN_MONTH + "(?![\\p{L}])(?:,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d))?");
    /** 21 грудня 2022 року, 5 июня 2019 г. */
    private static final Pattern DAY_MONTH_CYRILLIC = Pattern.compile("(?u)(?<![\\p{L}\\d])(\\d{1,2})\\s+(\\p{IsCyrillic}{3,10})"
            + "(?:\\s+((?:19|20)\\d{2})(?:\\s*(?:року|р\\.|года|г\\.))?)?");
    /** з лютого, у лютому, в феврале, с марта, до грудня: a month alone. */
    private static final Pattern MONTH_CYRILLIC = Pattern.compile("(?iu)(?<![\\p{L}])(?:з|із|зі|у|в|до|після|с|со|после|к)\\s+"
            + "(\\p{IsCyrillic}{3,10})(?![\\p{L}])(?:\\s+((?:19|20)\\d{2}))?");
    private static final Pattern KO_FULL = Pattern.compile("((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern KO_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern KO_YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*년\\s*(\\d{1,2})\\s*월(?!\\s*\\d)");
    private static final Pattern KO_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*년(?!\\s*\\d{1,2}\\s*월)(?!\\s*(?:간|동안))");
    private static final Pattern KO_DAY = Pattern.compile("(?<![\\d월])(?<!월\\s)(\\d{1,2})\\s*일(?![간째])");
    /** 70여 년 전, 3년 전, 2개월 전: some time ago. */
    private static final Pattern KO_AGO = Pattern.compile("(?<!\\d)(\\d{1,3})\\s*(여)?\\s*(년|개월|주일?|일)\\s*(?:여\\s*)?전(?!쟁)");
    private static final Pattern CJK_FULL = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern JA_ERA = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CJK_MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?!間)");
    private static final Pattern CJK_DAY = Pattern.compile("(?<![\\d月])(\\d{1,2})\\s*日(?![間本])");
    private static final Pattern CJK_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)(?!間)");
    /** 21.03.2023, 21.03.2023 18:04, 21.03.2023, 18:04. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)"
            + "(?:,?\\s+(?:[-–]\\s+)?\\d{1,2}:\\d{2}\\b)?");
    private static final String ID_WEEKDAYS = "(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)";
    /** Kamis (8/6): Thursday 8 June. */
    private static final Pattern ID_WEEKDAY_DATE = Pattern.compile(ID_WEEKDAYS + "\\s*\\((\\d{1,2})/(\\d{1,2})\\)");
    /** pada Kamis, hari Selasa: a weekday alone ("Minggu" alone is also "week", so not read). */
    private static final Pattern ID_WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:pada|hari|Pada|Hari)\\s+(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?![\\p{L}(])"
            + "|(?<![\\p{L}])(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu)(?![\\p{L}]|\\s*\\()");
    private static final Map<String, DayOfWeek> ID_DAYS = Map.of("senin", DayOfWeek.MONDAY, "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY, "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY, "jum'at", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY, "minggu", DayOfWeek.SUNDAY);

    private static final Map<String, DayOfWeek> WEEKDAY_WORDS = new HashMap<>();

    private static void weekdays(String words) {
        String[] w = words.split(" ");
        for (int i = 0; i < 7; i++) {
            for (String form : w[i].split("/")) {
                WEEKDAY_WORDS.put(form, DayOfWeek.of(i + 1));
            }
        }
    }

    static {
        // Monday first: German, French, Spanish, Italian, Portuguese, Romanian, Russian and Ukrainian (accusative, as
        // after "в"/"у"), Arabic
        weekdays("montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag");
        weekdays("lundi mardi mercredi jeudi vendredi samedi dimanche");
        weekdays("lunes martes miércoles/miercoles jueves viernes sábado/sabado domingo");
        weekdays("lunedì/lunedi martedì/martedi mercoledì/mercoledi giovedì/giovedi venerdì/venerdi sabato domenica");
        weekdays("segunda-feira terça-feira/terca-feira quarta-feira quinta-feira sexta-feira sábado/sabado domingo");
        weekdays("luni marți/marti miercuri joi vineri sâmbătă/sambata duminică/duminica");
        weekdays("понедельник вторник среду четверг пятницу субботу воскресенье");
        weekdays("понеділок вівторок середу четвер п'ятницю/п’ятницю суботу неділю");
        weekdays("الاثنين/الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد");
    }

    /** The weekday a weekday name of one of these languages stands for ("Donnerstag", "пятницу", "vineri"), or null. */
    static DayOfWeek weekday(String word) {
        return WEEKDAY_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A weekday in a Latin-script language: German, French and Romanian names alone ("am Donnerstag", "jeudi", "vineri"),
     * the Italian and Portuguese ones that are no given names ("giovedì", "quinta-feira"), and after an article or "on"
     * the Spanish, Italian and Portuguese ones that also are ("el domingo", "sabato", "no domingo"). Romanian "luni" is
     * also "months" and is left out.
     */
    private static final Pattern LATIN_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}-])("
            + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
            + "|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira"
            + "|marți|miercuri|vineri|sâmbătă|duminică"
            + "|(?<=\\b(?:el|este|del|al|il|di|lo|la|questo|questa|no|neste|nesse|o)\\s)(?:lunes|martes|miércoles|miercoles|jueves|viernes"
            + "|sábado|sabado|domingo|sabato|domenica))(?![\\p{L}-])");
    /** A Russian or Ukrainian weekday after "в"/"во"/"у" ("в пятницу", "у четвер"): "среда" alone is also "milieu". */
    private static final Pattern CYRILLIC_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:в|во|у)\\s+"
            + "(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер"
            + "|п['’]ятницю|суботу|неділю)(?![\\p{L}])");
    /** An Arabic weekday after "يوم" (day) or "اليوم" (today): "اليوم الأحد", today, Sunday. */
    private static final Pattern ARABIC_WEEKDAY = Pattern.compile("(?:اليوم|يوم)\\s*[،,]?\\s*"
            + "(الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)");

    private final TimeResolver resolver;

    OtherLanguageDates(TimeResolver resolver) {
        this.resolver = resolver;
    }

    /** Which families a text may hold, from its characters: most English sentences try none. */
    private record Scripts(boolean digit, boolean hangul, boolean han, boolean cyrillic, boolean dotted, boolean arabic) {}

    private static Scripts scripts(String text) {
        boolean digit = false;
        boolean hangul = false;
        boolean han = false;
        boolean cyrillic = false;
        boolean dotted = false;
        boolean arabic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                dotted |= i + 2 < text.length() && text.charAt(i + 1) == '.' && Character.isDigit(text.charAt(i + 2));
            } else if (c >= 0xAC00 && c <= 0xD7A3) {
                hangul = true;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                han = true;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic = true;
            } else if (c >= 0x0600 && c <= 0x06FF) {
                arabic = true;
            }
        }
        return new Scripts(digit, hangul, han, cyrillic, dotted, arabic);
    }

    /**
     * @param latinMonths the text is not known to be English: try the other languages' dates (false for English
     *                    text, where only a dotted timestamp is looked for)
     * @param anchored    {@code ref} is a date the text gives, not the publication day: a weekday is the one
     *                    nearest to it
     */
    void extract(String text, int base, LocalDate ref, boolean latinMonths, boolean anchored, List<TimeExpression> out) {
        Scripts s = scripts(text);
        if (!latinMonths) {
            // English text: a dotted timestamp line, and a date in another script ("23 мая 2022" under an English
            // headline): the script, not the text's language, says how to read it
            if (s.dotted()) {
                Matcher m = DOTTED.matcher(text);
                while (m.find()) {
                    add(out, text, base, m, date(num(m, 3), num(m, 2), num(m, 1)), false);
                }
            }
            if (s.hangul() && s.digit()) {
                korean(text, base, ref, out);
            }
            if (s.han() && s.digit()) {
                cjk(text, base, ref, out);
            }
            if (s.cyrillic()) {
                cyrillic(text, base, ref, s.digit(), out);
                weekdays(CYRILLIC_WEEKDAY, text, base, ref, anchored, out);
            }
            return;
        }
        if (s.dotted()) {
            Matcher m = DOTTED.matcher(text);
            while (m.find()) {
                add(out, text, base, m, date(num(m, 3), num(m, 2), num(m, 1)), false);
            }
        }
        if (s.hangul() && s.digit()) {
            korean(text, base, ref, out);
        }
        if (s.han() && s.digit()) {
            cjk(text, base, ref, out);
        }
        if (s.cyrillic()) {
            cyrillic(text, base, ref, s.digit(), out);
            weekdays(CYRILLIC_WEEKDAY, text, base, ref, anchored, out);
        }
        if (s.arabic()) {
            weekdays(ARABIC_WEEKDAY, text, base, ref, anchored, out);
        }
        if (latinMonths) {
            weekdays(LATIN_WEEKDAY, text, base, ref, anchored, out);
            if (s.digit()) {
                Matcher m = DAY_MONTH_LATIN.matcher(text);
                while (m.find()) {
                    Integer month = MONTH_WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
                    if (month != null && !isCyrillic(m.group(2))) {
                        dayMonth(out, text, base, m, num(m, 1), month, m.group(3), ref);
                    }
                }
            }
            indonesian(text, base, ref, anchored, out);
        }
    }

    private void korean(String text, int base, LocalDate ref, List<TimeExpression> out) {
        Matcher m = KO_FULL.matcher(text);
        while (m.find()) {
            add(out, text, base, m, date(num(m, 1), num(m, 2), num(m, 3)), false);
        }
        m = KO_MONTH_DAY.matcher(text);
        while (m.find()) {
            dayMonth(out, text, base, m, num(m, 2), num(m, 1), null, ref);
        }
        m = KO_YEAR_MONTH.matcher(text);
        while (m.find()) {
            month(out, text, base, m, num(m, 1), num(m, 2));
        }
        m = KO_YEAR.matcher(text);
        while (m.find()) {
            year(out, text, base, m, num(m, 1));
        }
        m = KO_DAY.matcher(text);
        while (m.find()) {
            dayOfReferenceMonth(out, text, base, m, num(m, 1), ref);
        }
        m = KO_AGO.matcher(text);
        while (m.find()) {
            int n = num(m, 1);
            String unit = switch (m.group(3)) {
                case "년" -> "year";
                case "개월" -> "month";
                case "일" -> "day";
                default -> "week";
            };
            Period p = TimeResolver.duration(n, unit);
            TimeResolver.Span span = ref == null ? null : resolver.ago(p, unit, ref);
            Granularity g = switch (unit) {
                case "year" -> Granularity.YEAR;
                case "month" -> Granularity.MONTH;
                case "week" -> Granularity.WEEK;
                default -> Granularity.DAY;
            };
            out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), span == null ? null : span.from(),
                    span == null ? null : span.to(), g, null, true));
        }
    }

    private void cjk(String text, int base, LocalDate ref, List<TimeExpression> out) {
        Matcher m = JA_ERA.matcher(text);
        while (m.find()) {
            int eraYear = m.group(2).equals("元") ? 1 : num(m, 2);
            int year = (m.group(1).equals("令和") ? 2018 : 1988) + eraYear;
            add(out, text, base, m, date(year, num(m, 3), num(m, 4)), false);
        }
        m = CJK_FULL.matcher(text);
        while (m.find()) {
            add(out, text, base, m, date(num(m, 1), num(m, 2), num(m, 3)), false);
        }
        m = CJK_MONTH_DAY.matcher(text);
        while (m.find()) {
            dayMonth(out, text, base, m, num(m, 2), num(m, 1), null, ref);
        }
        m = CJK_YEAR.matcher(text);
        while (m.find()) {
            year(out, text, base, m, num(m, 1));
        }
        m = CJK_DAY.matcher(text);
        while (m.find()) {
            dayOfReferenceMonth(out, text, base, m, num(m, 1), ref);
        }
    }

    private void cyrillic(String text, int base, LocalDate ref, boolean digit, List<TimeExpression> out) {
        if (digit) {
            Matcher m = DAY_MONTH_CYRILLIC.matcher(text);
            while (m.find()) {
                Integer month = MONTH_WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month != null) {
                    dayMonth(out, text, base, m, num(m, 1), month, m.group(3), ref);
                }
            }
        }
        Matcher m = MONTH_CYRILLIC.matcher(text);
        while (m.find()) {
            Integer month = MONTH_WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            TimeResolver.Span span = m.group(2) != null
                    ? resolver.month(Month.of(month), Integer.parseInt(m.group(2)), ref, 0)
                    : ref == null ? null : resolver.month(Month.of(month), null, ref, 0);
            out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), span == null ? null : span.from(),
                    span == null ? null : span.to(), Granularity.MONTH, null, false));
        }
    }

    /** A weekday of {@code pattern} (its first group the weekday's name), read like an English one. */
    private void weekdays(Pattern pattern, String text, int base, LocalDate ref, boolean anchored, List<TimeExpression> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            DayOfWeek day = weekday(m.group(1));
            if (day == null) {
                continue;
            }
            TimeResolver.Span span = ref == null ? null
                    : anchored ? resolver.nearestWeekday(day, ref) : resolver.weekday(day, ref, 0);
            out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), span == null ? null : span.from(),
                    span == null ? null : span.to(), Granularity.DAY, null, true));
        }
    }

    private void indonesian(String text, int base, LocalDate ref, boolean anchored, List<TimeExpression> out) {
        if (!(text.contains("in") || text.contains("bu") || text.contains("at") || text.contains("tu") || text.contains("gu"))) {
            return;
        }
        Matcher m = ID_WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            dayMonth(out, text, base, m, num(m, 2), num(m, 3), null, ref);
        }
        m = ID_WEEKDAY.matcher(text);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            DayOfWeek day = ID_DAYS.get(name);
            TimeResolver.Span span = ref == null ? null
                    : anchored ? resolver.nearestWeekday(day, ref) : resolver.weekday(day, ref, 0);
            out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), span == null ? null : span.from(),
                    span == null ? null : span.to(), Granularity.DAY, null, true));
        }
    }

    private void dayMonth(List<TimeExpression> out, String text, int base, Matcher m, int day, int month, String year,
                          LocalDate ref) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return;
        }
        LocalDate d = null;
        if (year != null) {
            d = date(Integer.parseInt(year), month, day);
            if (d == null) {
                return;
            }
        } else if (ref != null) {
            d = resolver.dayOfMonth(day, Month.of(month), null, ref).from();
        }
        out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), d, d, Granularity.DAY, null, false));
    }

    private void dayOfReferenceMonth(List<TimeExpression> out, String text, int base, Matcher m, int day, LocalDate ref) {
        if (day < 1 || day > 31) {
            return;
        }
        LocalDate d = ref == null ? null : resolver.nearestDayOfMonth(day, ref).from();
        out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), d, d, Granularity.DAY, null, true));
    }

    private static void month(List<TimeExpression> out, String text, int base, Matcher m, int year, int month) {
        if (month < 1 || month > 12) {
            return;
        }
        YearMonth ym = YearMonth.of(year, month);
        out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), ym.atDay(1), ym.atEndOfMonth(),
                Granularity.MONTH, null, false));
    }

    private void year(List<TimeExpression> out, String text, int base, Matcher m, int year) {
        TimeResolver.Span span = resolver.year(year);
        out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), span.from(), span.to(), Granularity.YEAR,
                null, false));
    }

    private static void add(List<TimeExpression> out, String text, int base, Matcher m, LocalDate d, boolean relative) {
        if (d != null) {
            out.add(new TimeExpression(base + m.start(), base + m.end(), m.group(), d, d, Granularity.DAY, null, relative));
        }
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }
}
