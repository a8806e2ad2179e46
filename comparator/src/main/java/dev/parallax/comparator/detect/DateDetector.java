package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same event dated differently: resolved days of aligned claims that cannot overlap ("19 December" vs
 * "20 December"), or, where the analyzer resolved nothing, a changed day or month in the wording.
 */
public final class DateDetector implements DiscrepancyDetector {
    private static final java.util.regex.Pattern OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\b(press conference|news conference|talks|meeting|summit|signing|ceremony)\\b");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    // the lookahead skips every position no day or month starts at (a digit or a month's capital) before trying both
    // forms: the same matches and groups
    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "(?=[\\dJFMASOND])(?:\\b(\\d{1,2}) " + MONTH + "\\b|\\b" + MONTH + " (\\d{1,2})\\b)");

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>(occasions(ctx));
        out.addAll(earlierRemarks(ctx));
        // the days an account's own pair ("April 10 local time (April 11 Japan time)") shows to be one moment with
        // the day before, worked out only when a pair of days one apart needs it
        List<Set<java.time.LocalDate>> straddled = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<ClaimRef> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (ctx.sameOutlet(m.get(i).account(), m.get(j).account())) continue;
                    // a visit of several days has sessions on several days: only statements that plainly tell
                    // the same moment (nearly the same words, or the same meaning) may date it differently
                    if (!sameMoment(ctx, m.get(i), m.get(j))) continue;
                    List<TimeExpression> a = days(m.get(i)), b = days(m.get(j));
                    if (a.isEmpty() || b.isEmpty() || overlapAny(a, b) || sameWords(a, b)) continue;
                    if (zoneShift(m.get(i).article(), a, m.get(j).article(), b, straddled(ctx, straddled))) continue;
                    for (int[] s : phrases(m.get(i), a)) EntityDetector.put(ev, new Evidence(m.get(i).article(), s[0], s[1]));
                    for (int[] s : phrases(m.get(j), b)) EntityDetector.put(ev, new Evidence(m.get(j).article(), s[0], s[1]));
                }
            }
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                if (c.kind() != dev.parallax.comparator.diff.WordDiffer.Kind.CHANGE || c.spellingOnly()) return;
                if (ChangeScan.wordCount(c.left()) > 4 || ChangeScan.wordCount(c.right()) > 4) return;
                if (!dateLike(l, c.leftStart(), c.leftEnd()) || !dateLike(r, c.rightStart(), c.rightEnd())) return;
                if (!days(l).isEmpty() && !days(r).isEmpty()) return; // resolved days already judged above
                int[] ls = expand(l, c.leftStart(), c.leftEnd()), rs = expand(r, c.rightStart(), c.rightEnd());
                if (sameMonthDay(l.article().text().substring(ls[0], ls[1]), r.article().text().substring(rs[0], rs[1]))) return;
                EntityDetector.put(ev, new Evidence(l.article(), ls[0], ls[1]));
                EntityDetector.put(ev, new Evidence(r.article(), rs[0], rs[1]));
            });
            if (!ev.isEmpty()) {
                List<Evidence> list = List.copyOf(ev.values());
                out.add(new Finding(DiscrepancyType.DATE, Severity.HIGH, Finding.summarize(list), g, list));
            }
        }
        return out;
    }

    /** Statements this close in meaning tell the same moment; below it, two days may be two sessions. */
    static final double SAME_MOMENT = 0.8;

    private static boolean sameMoment(EventContext ctx, ClaimRef a, ClaimRef b) {
        if (ChangeScan.equalShare(ctx.diff(a, b)) >= 0.5) return true;
        double meaning = ctx.meaning(a, b);
        return Double.isNaN(meaning) || meaning >= SAME_MOMENT;
    }

    /**
     * The days a claim names: resolved expressions of one day (or two), weekdays included — the analyzer
     * resolves "on Friday" against the account's own dateline or publication day, so "on Tuesday" and "on
     * Wednesday" for one meeting come out as different days. Expressions relative to publication that are
     * not weekdays ("yesterday", "last month") and expressions about other things than the claim's occasion
     * are left to the occasion check.
     */
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    static List<TimeExpression> days(ClaimRef ref) {
        List<TimeExpression> days = ref.claim().times().stream()
                .filter(t -> t.from() != null && t.to() != null && t.duration() == null && t.surface() != null
                        && (DIGIT.matcher(t.surface()).find() || ChangeScan.hasDateWord(t.surface()))
                        && t.to().toEpochDay() - t.from().toEpochDay() <= 1
                && !TimeZoneDayDetector.zoneQualified(ref.article(), t))
                .toList();
        // a written date outranks the weekday next to it ("on Friday, May 25"): the weekday is the analyzer's reading
        List<TimeExpression> written = days.stream().filter(t -> DIGIT.matcher(t.surface()).find()).toList();
        return written.isEmpty() ? days : written;
    }

    /** Evidence spans of the given times, adjacent ones ("Saturday, December 7") joined into one phrase. */
    static List<int[]> phrases(ClaimRef ref, List<TimeExpression> times) {
        List<TimeExpression> all = new ArrayList<>(ref.claim().times());
        all.sort(java.util.Comparator.comparingInt(TimeExpression::start));
        String text = ref.article().text();
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        boolean wanted = false;
        for (TimeExpression t : all) {
            boolean w = times.contains(t);
            if (cur != null && t.start() >= cur[1] && text.substring(cur[1], t.start()).matches("[\\s,]*")) {
                cur[1] = t.end();
                wanted |= w;
                continue;
            }
            if (cur != null && wanted) out.add(cur);
            cur = new int[]{t.start(), t.end()};
            wanted = w;
        }
        if (cur != null && wanted) out.add(cur);
        return out;
    }

    /**
     * Days exactly one apart that the accounts' own time zones explain (the later day given by an account that
     * writes east of the other, after that day had begun there): one moment, left to {@link TimeZoneDayDetector}.
     */
    static boolean zoneShift(dev.parallax.core.model.AnalyzedArticle left, List<TimeExpression> a,
                             dev.parallax.core.model.AnalyzedArticle right, List<TimeExpression> b,
                             java.util.function.Supplier<Set<java.time.LocalDate>> straddled) {
        for (TimeExpression x : a) {
            for (TimeExpression y : b) {
                long gap = x.from().toEpochDay() - y.from().toEpochDay();
                boolean explained = gap == 1 ? TimeZoneDayDetector.oneMomentByZone(left, x.from(), right)
                        : gap == -1 && TimeZoneDayDetector.oneMomentByZone(right, y.from(), left);
                if (!explained && Math.abs(gap) == 1) explained = straddled.get().contains(gap == 1 ? x.from() : y.from());
                if (!explained) return false;
            }
        }
        return true;
    }

    /**
     * The same words ("on Thursday") resolved apart only because the accounts were published on different
     * days, or the same day of the same month written two ways ("December 19" / "Dec. 19") in accounts whose
     * year the analyzer had to guess: unless both write a year and the years differ, it is one day.
     */
    private static boolean sameWords(List<TimeExpression> a, List<TimeExpression> b) {
        for (TimeExpression x : a)
            for (TimeExpression y : b)
                if (Words.normalizeEvidence(x.surface()).equals(Words.normalizeEvidence(y.surface()))) return true;
                else if (sameMonthDay(x.surface(), y.surface())) return true;
                // "last Friday" and "on Friday": one weekday, read against different publication days
                else if (!DIGIT.matcher(x.surface()).find() && !DIGIT.matcher(y.surface()).find() && weekday(x).equals(weekday(y))) return true;
        return false;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

    static boolean sameMonthDay(String x, String y) {
        String kx = dayKey(x), ky = dayKey(y);
        if (kx == null || !kx.equals(ky)) return false;
        java.util.regex.Matcher mx = YEAR.matcher(x), my = YEAR.matcher(y);
        return !(mx.find() && my.find() && !mx.group().equals(my.group()));
    }

    private static String weekday(TimeExpression t) {
        for (Word w : Words.split(t.surface())) if (ChangeScan.MONTHS.contains(Words.fold(w.text()))) return Words.fold(w.text());
        return "";
    }

    static boolean overlapAny(List<TimeExpression> a, List<TimeExpression> b) {
        for (TimeExpression x : a)
            for (TimeExpression y : b)
                if (!x.to().isBefore(y.from()) && !y.to().isBefore(x.from())) return true;
        return false;
    }

    /** A changed run that is a weekday or month name, or a day number next to one. */
    static boolean dateLike(ClaimRef ref, int start, int end) {
        if (start < 0) return false;
        String text = ref.article().text();
        String s = text.substring(start, end);
        if (ChangeScan.hasMonth(s)) return true;
        if (!ChangeScan.allNumbers(s)) return false;
        Word before = ChangeScan.wordBefore(text, start), after = ChangeScan.wordAfter(text, end);
        return (before != null && ChangeScan.MONTH_NAMES.contains(Words.fold(before.text())))
                || (after != null && ChangeScan.MONTH_NAMES.contains(Words.fold(after.text())));
    }

    private static int[] expand(ClaimRef ref, int start, int end) {
        String text = ref.article().text();
        int s = start, e = end;
        Word before = ChangeScan.wordBefore(text, s);
        if (before != null && before.start() >= ref.claim().start() && dateWord(before)) s = before.start();
        Word after = ChangeScan.wordAfter(text, e);
        if (after != null && after.end() <= ref.claim().end() && dateWord(after)) e = after.end();
        return new int[]{s, e};
    }

    private static boolean dateWord(Word w) {
        return ChangeScan.MONTHS.contains(Words.fold(w.text())) || (ChangeScan.isNumber(w.text()) && w.text().length() <= 4);
    }

    /**
     * Event-level check for accounts that tell the date in sentences alignment did not pair: the same
     * occasion ("press conference") dated on days that never overlap between two accounts.
     */
    private static List<Finding> occasions(EventContext ctx) {
        // occasion -> account -> day key -> evidence
        Map<String, Map<Integer, Map<String, Evidence>>> seen = new java.util.TreeMap<>();
        for (int a = 0; a < ctx.accounts().size(); a++) {
            var article = ctx.accounts().get(a);
            // every sentence, not only check-worthy claims: "a press conference on 19 December" is easily judged minor
            for (var claim : dev.parallax.comparator.align.ClaimSource.fromSentences(article)) {
                String text = article.text().substring(claim.start(), claim.end());
                if (article.dateline() != null && claim.start() < 80 && text.contains(article.dateline().text())) continue;
                for (Evidence e : dayMentions(article, claim, text)) {
                    String key = dayKey(e.text());
                    String occasion = occasionBefore(text, e.start() - claim.start());
                    if (key == null || occasion == null) continue;
                    seen.computeIfAbsent(occasion, k -> new java.util.TreeMap<>()).computeIfAbsent(a, k -> new java.util.TreeMap<>())
                            .putIfAbsent(key, e);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var occasion : seen.entrySet()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<Integer> accounts = new ArrayList<>(occasion.getValue().keySet());
            for (int i = 0; i < accounts.size(); i++) {
                for (int j = i + 1; j < accounts.size(); j++) {
                    if (ctx.sameOutlet(accounts.get(i), accounts.get(j))) continue;
                    var x = occasion.getValue().get(accounts.get(i));
                    var y = occasion.getValue().get(accounts.get(j));
                    if (x.keySet().stream().anyMatch(y::containsKey)) continue;
                    if (zoneShift(ctx.accounts().get(accounts.get(i)), x.keySet(), ctx.accounts().get(accounts.get(j)), y.keySet())) continue;
                    x.values().forEach(e -> EntityDetector.put(ev, e));
                    y.values().forEach(e -> EntityDetector.put(ev, e));
                }
            }
            if (ev.isEmpty()) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.DATE, Severity.HIGH, occasion.getKey() + ": " + Finding.summarize(list), null, list));
        }
        return out;
    }

    /** The event's straddled days ({@link TimeZoneDayDetector#straddled}), read once on first use into {@code memo}. */
    private static java.util.function.Supplier<Set<java.time.LocalDate>> straddled(EventContext ctx, List<Set<java.time.LocalDate>> memo) {
        return () -> {
            if (memo.isEmpty()) memo.add(TimeZoneDayDetector.straddled(ctx));
            return memo.get(0);
        };
    }

    /** {@link #zoneShift} for days known by their day and month ("12-07"), the year taken from the later account. */
    private static boolean zoneShift(dev.parallax.core.model.AnalyzedArticle left, Set<String> a,
                                     dev.parallax.core.model.AnalyzedArticle right, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                java.time.MonthDay mx = java.time.MonthDay.parse("--" + x), my = java.time.MonthDay.parse("--" + y);
                if (dev.parallax.comparator.event.EventDates.yearlessGap(mx, my) != 1) return false;
                boolean leftLater = java.time.MonthDay.from(my.atYear(2024).plusDays(1)).equals(mx);
                var later = leftLater ? left : right;
                if (later.meta() == null || later.meta().published() == null) return false;
                java.time.LocalDate day = (leftLater ? mx : my).atYear(later.meta().published().getYear());
                if (!TimeZoneDayDetector.oneMomentByZone(later, day, leftLater ? right : left)) return false;
            }
        }
        return true;
    }

    /** A verb of saying just before a day: "saying Wednesday that", "said on Monday", "told reporters Tuesday", "said in her remarks, 3 May". */
    private static final java.util.regex.Pattern SAID_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(said|saying|says|stated|declared|remarked|told(?: \\p{L}+){0,2}?)(?: in (?:his|her|their) remarks)?,?(?: on)?\\s*$");
    /** Words that tell the remark's own occasion: the account says where the words come from, not that they were said at the meeting. */
    private static final java.util.regex.Pattern OWN_OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\b(interview|op-ed|article|wrote|written|earlier|last week|ahead of|before the (?:talks|meeting|summit|visit))\\b");

    /**
     * A participant's words an account dates to a day before the meeting began, with the accounts of other outlets
     * that date the meeting: "cited Putin as saying Wednesday that ..." in a report of Thursday's talks tells a
     * checker that the line was not said at them. Only days written as a weekday or a date count, only in reports
     * after the fact (a preview quotes what was said before by nature), and only where the meeting's own days are
     * known from the accounts; the words of a later day are left alone (a wrap-up quotes what followed).
     */
    static List<Finding> earlierRemarks(EventContext ctx) {
        List<dev.parallax.core.model.AnalyzedArticle> accounts = ctx.accounts();
        // the remarks an account dates with a verb of saying, found first: most events have none, and the
        // meeting's days and people are worked out only for those that do
        List<int[]> remarks = new ArrayList<>(); // account, index of the time expression, sentence start, sentence end
        for (int i = 0; i < accounts.size(); i++) {
            var a = accounts.get(i);
            String text = a.text();
            List<TimeExpression> times = a.times();
            for (int k = 0; k < times.size(); k++) {
                TimeExpression t = times.get(k);
                if (t.from() == null || !t.from().equals(t.to()) || t.surface() == null) continue;
                if (!DIGIT.matcher(t.surface()).find() && !ChangeScan.hasDateWord(t.surface())) continue;
                var sentence = a.sentenceAt(t.start());
                if (sentence == null) continue;
                if (!SAID_ON.matcher(text.substring(Math.max(sentence.start(), t.start() - 40), t.start())).find()) continue;
                if (OWN_OCCASION.matcher(text.substring(sentence.start(), sentence.end())).find()) continue;
                remarks.add(new int[] {i, k, sentence.start(), sentence.end()});
            }
        }
        if (remarks.isEmpty()) return List.of();
        java.time.LocalDate first = null;
        for (int i = 0; i < accounts.size(); i++) {
            java.time.LocalDate d = ctx.dating(i).event();
            if (d != null && (first == null || d.isBefore(first))) first = d;
        }
        if (first == null) return List.of();
        // the leaders who meet: a spokesman's line of the day before ("Peskov said on Thursday") is the usual background of a report
        Set<String> participants = new java.util.HashSet<>(ctx.participants().subList(0, Math.min(2, ctx.participants().size())));
        List<Finding> out = new ArrayList<>();
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (int[] r : remarks) {
            int i = r[0];
            var a = accounts.get(i);
            TimeExpression t = a.times().get(r[1]);
            if (!t.from().isBefore(first) || reported.contains(i) || ctx.beforeTheEvent(i)) continue;
            String speaker = null;
            for (var m : a.mentions()) {
                if (m.start() >= r[2] && m.end() <= t.start() && participants.contains(m.entityId())) speaker = m.surface().strip();
            }
            if (speaker == null) continue;
            List<Evidence> ev = new ArrayList<>();
            ev.add(new Evidence(a, r[2], r[3]));
            List<String> dating = new ArrayList<>();
            for (int j = 0; j < accounts.size(); j++) {
                if (j == i || ctx.sameOutlet(i, j)) continue;
                Evidence day = meetingDay(accounts.get(j), first);
                if (day == null) continue;
                ev.add(day);
                dating.add(day.outlet());
            }
            if (dating.isEmpty()) continue;
            String summary = String.format(java.util.Locale.ROOT, "%s dates words of %s '%s' (%s), before the meeting on %s as %s date it",
                    ev.get(0).outlet(), speaker, t.surface().strip(), t.from(), first, String.join(", ", dating));
            out.add(new Finding(DiscrepancyType.DATE, Severity.LOW, summary, null, ev));
            reported.add(i);
        }
        return out;
    }

    /** Where an account says the meeting's first day: its dateline, or the first written date that falls on it. */
    private static Evidence meetingDay(dev.parallax.core.model.AnalyzedArticle a, java.time.LocalDate day) {
        var d = a.dateline();
        if (d != null && day.equals(d.date()) && d.text() != null) {
            int at = a.text().indexOf(d.text());
            if (at >= 0) return new Evidence(a, at, at + d.text().length());
        }
        for (TimeExpression t : a.times()) {
            if (day.equals(t.from()) && day.equals(t.to()) && t.surface() != null && DIGIT.matcher(t.surface()).find()) {
                return new Evidence(a, t.start(), t.end());
            }
        }
        return null;
    }

    /** The occasion a date phrase dates: "press conference on 19 December" — the nearest one just before it. */
    private static String occasionBefore(String text, int dateStart) {
        java.util.regex.Matcher o = OCCASION.matcher(text);
        String found = null;
        while (o.find() && o.end() <= dateStart) {
            found = dateStart - o.end() <= 12 ? o.group(1).toLowerCase(java.util.Locale.ROOT).replace("news conference", "press conference") : null;
        }
        return found;
    }

    /** Days named in a claim: the analyzer's resolved days, or day-month phrases when it resolved none. */
    private static List<Evidence> dayMentions(dev.parallax.core.model.AnalyzedArticle a, dev.parallax.core.model.Claim claim, String text) {
        List<Evidence> out = new ArrayList<>();
        for (TimeExpression t : claim.times()) {
            if (t.from() != null && t.from().equals(t.to()) && !TimeZoneDayDetector.zoneQualified(a, t)) out.add(new Evidence(a, t.start(), t.end()));
        }
        if (!out.isEmpty()) return out;
        java.util.regex.Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) out.add(new Evidence(a, claim.start() + m.start(), claim.start() + m.end()));
        return out;
    }

    /** "19 December", "Dec 19", "December 19" all give "12-19". */
    static String dayKey(String s) {
        java.util.regex.Matcher m = DAY_MONTH.matcher(s);
        if (!m.find()) return null;
        String day = m.group(1) != null ? m.group(1) : m.group(4);
        String month = (m.group(2) != null ? m.group(2) : m.group(3)).substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        int mi = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(month) + 1;
        return String.format(java.util.Locale.ROOT, "%02d-%02d", mi, Integer.parseInt(day));
    }
}
