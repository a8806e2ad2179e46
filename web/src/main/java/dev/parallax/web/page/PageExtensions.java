package dev.parallax.web.page;

import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Role;
import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Display logic for templates: dates, short ids. */
@TemplateExtension
public final class PageExtensions {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter SHOWN_MINUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH);

    private PageExtensions() {}

    static String isoDay(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(DAY);
    }

    static String isoMinute(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
    }

    /**
     * A publication time as the article gave it: a day stays a day (an article dated "2022-12-19" is
     * stored at midnight UTC and shown as "19 Dec 2022", not "00:00 UTC"), a time shows its minute.
     */
    static String shownDate(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return dayOnly(utc) ? utc.format(SHOWN_DAY) : utc.format(SHOWN_MINUTE);
    }

    /** True for midnight UTC to the second: how a date without a time is stored. */
    static boolean dayOnly(OffsetDateTime time) {
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return utc.getHour() == 0 && utc.getMinute() == 0 && utc.getSecond() == 0 && utc.getNano() == 0;
    }

    /** A verdict code as people read it ("mostly-accurate" is "Mostly accurate"); words from before the vocabulary as they are. */
    static String verdictLabel(String code) {
        return DiscrepancyPages.verdictLabel(code);
    }

    static boolean knownVerdict(String code) {
        return dev.parallax.web.service.Verdict.parse(code).isPresent();
    }

    /** Pages offer only what the user's role allows: importing needs an editor. */
    static boolean mayImport(CurrentUser user) {
        return user.has(Role.EDITOR);
    }

    /** Grouping accounts by hand (attach, detach, merge, split) needs an editor. */
    static boolean mayRegroup(CurrentUser user) {
        return user.has(Role.EDITOR);
    }

    /** Reviewing discrepancies needs a fact-checker. */
    static boolean mayReview(CurrentUser user) {
        return user.has(Role.FACT_CHECKER);
    }

    /** A value for a query string parameter. */
    static String urlParam(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
    static boolean isHttp(String url) {
        return dev.parallax.web.service.WebUrls.isHttp(url);
    }

    /** The first 10 characters of an id: enough to tell articles apart on a page. */
    static String shortId(String id) {
        return id == null ? "" : id.substring(0, Math.min(10, id.length()));
    }
}
