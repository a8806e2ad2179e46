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

    private PageExtensions() {}

    static String isoDay(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(DAY);
    }

    static String isoMinute(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
    }

    /** Pages offer only what the user's role allows: importing needs an editor. */
    static boolean mayImport(CurrentUser user) {
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
