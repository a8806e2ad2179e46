package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One moment of the meeting given as two days because the accounts count in different time zones: an evening
 * session in Washington or Minsk falls on the next morning in Tokyo or Vladivostok, so one account dates it
 * 10 April and another 11 April. A fact-checker needs to see that the two days are one moment, not a conflict.
 *
 * <p>Two accounts of different outlets give a moment of the meeting days exactly one apart, and a time zone
 * explains the shift:
 * <ul>
 *   <li>one of the days is qualified by another time zone than the venue's ("1:15 a.m. on May 4, Japan time",
 *       "日本時間4日", "10 April (GMT)") and the account's own local day of it, if it gives one, is one day apart
 *       ("10日朝（日本時間10日夜）" shifts nothing); a day in "local time" is the venue's own day;</li>
 *   <li>a third account gives both days itself ("April 10 local time (April 11 Japan time)"): no conflict within
 *       that account, but it tells that the other accounts' plain "April 10" and "April 11" are one moment; or</li>
 *   <li>the later day comes from an account published in a time zone well east of the other's
 *       ({@link #MIN_ZONE_GAP_HOURS}), that later day had already begun in its zone before either account appeared,
 *       and neither account also gives the other's day: a Vladivostok outlet's "Saturday" against a Minsk outlet's
 *       "Friday" for a session both reported on the Friday evening, Minsk time.</li>
 * </ul>
 * Reported once per event as DATE, severity LOW, with both expressions as evidence.
 *
 * <p>Silent for days two or more apart, for a one-day difference no zone explains (a plain day-late account stays
 * with {@link DateDetector}, which in turn leaves the pairs explained here alone), for days that date remarks
 * ("said on Thursday") or things other than the meeting, and for an account's zone-qualified day when no other
 * outlet gives the day one apart. A publication stamp without a clock time (a date alone is read as midnight
 * UTC) says nothing of its zone.
 */
public final class TimeZoneDayDetector implements DiscrepancyDetector {
    /**
     * Words that say a sentence tells a moment of the meeting itself; days in other sentences (the eve's
     * statements, background, the date of a later briefing) are not compared.
     */
    private static final Pattern MEETING = Pattern.compile(
            "(?iu)\\b(met|meet|meets|meeting|meetings|talks|summit|signed|signing|session|dinner|banquet|conference|ceremony|commenced)\\b"
                    + "|会談|会議|晩餐会|会見|会谈|会晤|회담|회의|만찬|переговор|встреч|зустріч|саміт");
    /** A zone name: "Japan time", "local time", "Eastern Standard Time", "GMT", "UTC+3", "EST", "MSK". */
    private static final String ZONE = "(?:local|[A-Z][a-z]+(?:\\s+(?:Standard|Daylight|Summer))?)\\s+[Tt]ime\\b"
            + "|\\b(?:GMT|UTC)(?:\\s*[+\u2212-]\\s*\\d{1,2}(?::?\\d{2})?)?\\b|\\b(?:[A-Z]{1,2}[SD]T|MSK|CES?T|EES?T|JST|KST)\\b";
    /** Capitalised words that make "... time" without naming a zone ("First time", "Prime time"). */
    private static final Pattern NOT_A_ZONE = Pattern.compile(
            "(?i)(first|last|next|this|that|each|every|any|some|same|prime|full|part|extra|half|over|play|question|high|long|one|no)\\s+time");
    /** After a day: an optional clock time, then the zone, bracketed or after a comma: "May 4, Tokyo time", "10 April 21:00 GMT". */
    private static final Pattern ZONE_AFTER = Pattern.compile(
            "^(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*,?\\s*[(\\[]?\\s*(" + ZONE
                    + "|по\\s+(?:московскому|местному|киевскому|минскому)\\s+времени|за\\s+(?:київським|місцевим)\\s+часом)");
    /** Before a day: "日本時間4日", "현지시간 10일", "Moscow time on 10 April", "local time, April 10". */
    private static final Pattern ZONE_BEFORE = Pattern.compile(
            "((?:日本|現地|北京|東京|韓国|中国|米国|モスクワ)時間|(?:한국|현지|미국|서울|베이징)\\s*시간"
                    + "|(?:" + ZONE + ")(?:,?\\s+on)?,?)\\s*$");
    /** A clock time just before a zone-qualified day, kept in its evidence: "1:15 a.m. on May 4, Japan time". */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s+(?:on\\s+)?$");
    /** A verb of saying just before a day: the day of a remark, not of the meeting ("said on Thursday"). */
    private static final Pattern SAID_ON = Pattern.compile(
            "(?i)\\b(said|saying|says|stated|declared|remarked|assured|told(?: \\p{L}+){0,2}?)(?: on)?\\s*$");
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?i)\\d|\\b(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** Words that put a sentence's days ahead: a preview's "will meet on Thursday" is the day it expects, not the moment's. */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(will|would|'ll|shall|plans? to|(?:is|are) (?:expected|scheduled|due|set|going) to|upcoming|next)\\b");
    /** How far before a day a zone word may stand to qualify it (a bracket, "on", a comma). */
    private static final int ZONE_REACH = 30;

    /** Zone words that name the venue's own clock: a day so qualified is the local day, not another zone's. */
    private static final Pattern LOCAL = Pattern.compile("(?iu)local|現地|현지|местному|місцевим");
    /**
     * How far east the later day's account must write, in hours, for its publication zone alone to explain the
     * shift: with zones a few hours apart, a meeting would have to run into the last hours before midnight to change
     * day, and a day-late account is far likelier a mistake (an aggregator stamping UTC is not a reader's zone).
     */
    static final int MIN_ZONE_GAP_HOURS = 5;

    /**
     * A day an account gives a moment of the meeting; {@code zone} is the words naming another zone than the
     * venue's that qualify it ("Japan time"), or null for a plain or local day.
     */
    record Dated(int account, int start, int end, LocalDate day, String zone, int timeStart) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<AnalyzedArticle> accounts = ctx.accounts();
        List<List<Dated>> days = new ArrayList<>();
        for (AnalyzedArticle a : accounts) days.add(List.of());
        for (int i = 0; i < accounts.size(); i++) days.set(i, meetingDays(i, accounts.get(i)));
        List<Dated[]> pairs = explicitPairs(days);
        Map<String, Evidence> ev = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            for (int j = 0; j < accounts.size(); j++) {
                if (i == j || ctx.sameOutlet(i, j)) continue;
                for (Dated x : days.get(i)) {
                    for (Dated y : days.get(j)) {
                        // x is the later day, y the earlier: each unordered pair is seen once in that order
                        if (x.day().toEpochDay() - y.day().toEpochDay() != 1) continue;
                        String reason = reason(accounts, days, x, y);
                        Dated[] pair = reason != null ? null : pairFor(pairs, x, y, ctx);
                        if (pair != null) {
                            reason = accounts.get(pair[0].account()).outlet() + " gives both days of the moment";
                            put(ev, accounts, pair[0]);
                            put(ev, accounts, pair[1]);
                        }
                        if (reason == null) continue;
                        put(ev, accounts, x);
                        put(ev, accounts, y);
                        if (!reasons.contains(reason)) reasons.add(reason);
                    }
                }
            }
        }
        if (ev.isEmpty()) return List.of();
        List<Evidence> list = List.copyOf(ev.values());
        String summary = "the same moment in two time zones (" + String.join("; ", reasons) + "): " + Finding.summarize(list);
        return List.of(new Finding(DiscrepancyType.DATE, Severity.LOW, summary, null, list));
    }

    /**
     * Why the later day {@code x} and the earlier {@code y} are one moment, or null when no time zone explains it.
     * Two days both in other zones than the venue's are not compared (they may be the same zone under two names).
     */
    private static String reason(List<AnalyzedArticle> accounts, List<List<Dated>> days, Dated x, Dated y) {
        if (x.zone() != null && y.zone() != null) return null;
        if (x.zone() != null) return shifts(days.get(x.account()), x) ? x.zone() + " gives the later day" : null;
        if (y.zone() != null) return shifts(days.get(y.account()), y) ? y.zone() + " gives the earlier day" : null;
        AnalyzedArticle later = accounts.get(x.account()), earlier = accounts.get(y.account());
        if (!oneMomentByZone(later, days.get(x.account()), x.day(), earlier, days.get(y.account()))) return null;
        return "published at UTC" + clockOffset(later) + " against UTC" + clockOffset(earlier);
    }

    /**
     * The explicit pairs of the event's accounts: a local or plain day and, after it, the same moment's day in another
     * zone one day apart ("April 10 local time (April 11 Japan time)"), as {local, zoned}. Such a pair is no conflict
     * within its account; it tells that other accounts' days D and D+1 for the meeting can be one moment.
     */
    static List<Dated[]> explicitPairs(List<List<Dated>> days) {
        List<Dated[]> out = new ArrayList<>();
        for (List<Dated> own : days) {
            for (Dated z : own) {
                if (z.zone() == null) continue;
                Dated local = localDay(own, z);
                if (local != null && Math.abs(local.day().toEpochDay() - z.day().toEpochDay()) == 1) out.add(new Dated[] {local, z});
            }
        }
        return out;
    }

    /** The explicit pair of another outlet whose two days are {@code x}'s and {@code y}'s, or null. */
    private static Dated[] pairFor(List<Dated[]> pairs, Dated x, Dated y, EventContext ctx) {
        if (x.zone() != null || y.zone() != null) return null;
        for (Dated[] p : pairs) {
            int a = p[0].account();
            if (a == x.account() || a == y.account() || ctx.sameOutlet(a, x.account()) || ctx.sameOutlet(a, y.account())) continue;
            LocalDate lo = p[0].day().isBefore(p[1].day()) ? p[0].day() : p[1].day();
            if (y.day().equals(lo) && x.day().equals(lo.plusDays(1))) return p;
        }
        return null;
    }

    /** The days, later of each, that an explicit pair in the event's accounts shows to be one moment with the day before. */
    static java.util.Set<LocalDate> straddled(EventContext ctx) {
        List<List<Dated>> days = new ArrayList<>();
        for (int i = 0; i < ctx.accounts().size(); i++) days.add(meetingDays(i, ctx.accounts().get(i)));
        java.util.Set<LocalDate> out = new java.util.TreeSet<>();
        for (Dated[] p : explicitPairs(days)) out.add(p[0].day().isAfter(p[1].day()) ? p[0].day() : p[1].day());
        return out;
    }

    /** An account's own local day of a moment it also gives in another zone: the nearest plain or local day before it. */
    private static Dated localDay(List<Dated> own, Dated zoned) {
        Dated local = null;
        for (Dated d : own) if (d.zone() == null && d.timeStart() < zoned.timeStart()) local = d;
        return local;
    }

    /**
     * Whether an account's day in another zone is a shifted reading of the moment: the account's own local day
     * of that moment (the nearest plain or local day before it: "April 10 ... (April 11 Japan time)") is one day
     * apart, or the account gives no local day at all. "10日朝（日本時間10日夜）" names one day in both zones and
     * explains no shift.
     */
    private static boolean shifts(List<Dated> own, Dated zoned) {
        Dated local = localDay(own, zoned);
        return local == null || Math.abs(local.day().toEpochDay() - zoned.day().toEpochDay()) == 1;
    }

    private static void put(Map<String, Evidence> ev, List<AnalyzedArticle> accounts, Dated d) {
        EntityDetector.put(ev, new Evidence(accounts.get(d.account()), d.start(), d.end()));
    }

    /**
     * {@link #aheadByZone}, and neither account gives the other's day for the meeting too: an account that writes
     * in its own zone dates the moment one way throughout, so one that names both days tells two days of a visit
     * ("talks on the 10th, a speech to Congress on the 11th"), not one moment.
     */
    static boolean oneMomentByZone(AnalyzedArticle later, List<Dated> laterDays, LocalDate laterDay,
                                   AnalyzedArticle earlier, List<Dated> earlierDays) {
        if (!aheadByZone(later, laterDay, earlier)) return false;
        LocalDate earlierDay = laterDay.minusDays(1);
        return laterDays.stream().noneMatch(d -> d.zone() == null && d.day().equals(earlierDay))
                && earlierDays.stream().noneMatch(d -> d.zone() == null && d.day().equals(laterDay));
    }

    /** {@link #oneMomentByZone} for two accounts, their meeting days read here. */
    static boolean oneMomentByZone(AnalyzedArticle later, LocalDate laterDay, AnalyzedArticle earlier) {
        return aheadByZone(later, laterDay, earlier)
                && oneMomentByZone(later, meetingDays(0, later), laterDay, earlier, meetingDays(1, earlier));
    }

    /**
     * Whether {@code laterDay}, given by {@code later}, and the day before it, given by {@code earlier}, can be one
     * moment by the accounts' own time zones: {@code later} writes east of {@code earlier}, and {@code laterDay}
     * had begun in its zone before both accounts were published (a report after the fact cannot date a moment
     * that had not come yet). Both publication stamps must carry a clock time.
     */
    static boolean aheadByZone(AnalyzedArticle later, LocalDate laterDay, AnalyzedArticle earlier) {
        ZoneOffset east = clockOffset(later), west = clockOffset(earlier);
        if (east == null || west == null || east.getTotalSeconds() - west.getTotalSeconds() < MIN_ZONE_GAP_HOURS * 3600) return false;
        OffsetDateTime dayBegins = laterDay.atStartOfDay().atOffset(east);
        return dayBegins.isBefore(later.meta().published()) && dayBegins.isBefore(earlier.meta().published());
    }

    /** The zone of an account's publication stamp, or null when it has none or only a date (read as midnight UTC). */
    static ZoneOffset clockOffset(AnalyzedArticle a) {
        OffsetDateTime p = a.meta() == null ? null : a.meta().published();
        if (p == null) return null;
        if (p.getOffset().equals(ZoneOffset.UTC) && p.toLocalTime().toSecondOfDay() == 0) return null;
        return p.getOffset();
    }

    /** The days an account gives moments of the meeting, zone-qualified ones with their zone words. */
    static List<Dated> meetingDays(int account, AnalyzedArticle a) {
        String text = a.text();
        List<Dated> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.from() == null || !t.from().equals(t.to()) || t.duration() != null || t.surface() == null) continue;
            if (!DAY_WORD.matcher(t.surface()).find()) continue;
            Sentence s = a.sentenceAt(t.start());
            String sentence = s == null ? "" : text.substring(s.start(), s.end());
            if (!MEETING.matcher(sentence).find() || AHEAD.matcher(sentence).find()) continue;
            if (SAID_ON.matcher(text.substring(Math.max(s.start(), t.start() - 40), t.start())).find()) continue;
            int[] zone = zone(a, t, s);
            if (zone == null) {
                int[] span = plainSpan(a, t);
                out.add(new Dated(account, span[0], span[1], t.from(), null, t.start()));
            } else {
                String words = text.substring(zone[2], zone[3]).strip();
                out.add(new Dated(account, zone[0], zone[1], t.from(), LOCAL.matcher(words).find() ? null : words, t.start()));
            }
        }
        // "Saturday, December 7, Vladivostok time": the weekday is part of the zone-qualified phrase, not a local day
        List<Dated> zoned = out.stream().filter(d -> d.zone() != null).toList();
        return out.stream().filter(d -> d.zone() != null
                || zoned.stream().noneMatch(z -> d.start() < z.end() && z.start() < d.end())).toList();
    }

    /**
     * Whether a time expression is qualified by another time zone than the venue's ("April 11, Japan time",
     * "日本時間4日"); a local-time day ("April 10 local time") is the venue's own.
     */
    static boolean zoneQualified(AnalyzedArticle a, TimeExpression t) {
        Sentence s = a.sentenceAt(t.start());
        if (s == null) return false;
        if (foreignZone(a, t, s)) return true;
        // a weekday written with the qualified date ("Saturday, December 7, Vladivostok time") shares its zone
        for (TimeExpression o : a.times()) {
            if (o.start() >= t.end() && o.end() <= s.end() && a.text().substring(t.end(), o.start()).matches("[\\s,]*")) {
                return foreignZone(a, o, s);
            }
        }
        return false;
    }

    private static boolean foreignZone(AnalyzedArticle a, TimeExpression t, Sentence s) {
        int[] zone = zone(a, t, s);
        return zone != null && !LOCAL.matcher(a.text().substring(zone[2], zone[3])).find();
    }

    /**
     * The evidence span of a zone-qualified day and where its zone words are (start, end, zoneStart, zoneEnd),
     * or null when no zone qualifies it.
     */
    private static int[] zone(AnalyzedArticle a, TimeExpression t, Sentence s) {
        String text = a.text();
        Matcher after = ZONE_AFTER.matcher(text.substring(t.end(), s.end()));
        if (after.find() && !NOT_A_ZONE.matcher(after.group(1)).matches()) {
            int begin = t.start();
            for (TimeExpression o : a.times()) {
                if (o.end() <= begin && o.start() >= s.start() && text.substring(o.end(), begin).matches("[\\s,]*")) begin = o.start();
            }
            Matcher clock = CLOCK_BEFORE.matcher(text.substring(Math.max(s.start(), begin - 20), begin));
            if (clock.find()) begin = Math.max(s.start(), begin - 20) + clock.start();
            return new int[] {begin, t.end() + after.end(), t.end() + after.start(1), t.end() + after.end(1)};
        }
        int from = Math.max(s.start(), t.start() - ZONE_REACH);
        Matcher before = ZONE_BEFORE.matcher(text.substring(from, t.start()));
        if (before.find() && !NOT_A_ZONE.matcher(before.group(1)).lookingAt()) {
            return new int[] {from + before.start(1), t.end(), from + before.start(1), from + before.end(1)};
        }
        return null;
    }

    /** The day's phrase, with the times right next to it ("Saturday, December 7"). */
    private static int[] plainSpan(AnalyzedArticle a, TimeExpression t) {
        int start = t.start(), end = t.end();
        String text = a.text();
        for (TimeExpression o : a.times()) {
            if (o.start() >= end && text.substring(end, o.start()).matches("[\\s,]*")) end = o.end();
            if (o.end() <= start && text.substring(o.end(), start).matches("[\\s,]*")) start = o.start();
        }
        return new int[] {start, end};
    }
}
