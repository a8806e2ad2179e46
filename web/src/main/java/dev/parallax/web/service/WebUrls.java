package dev.parallax.web.service;

import java.net.URI;
import java.util.Locale;

/** An article's URL is a link only when it is an absolute http or https address. */
public final class WebUrls {
    private WebUrls() {}

    public static boolean isHttp(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Why {@code url} is refused, or null when it is fine (absent or http(s)). */
    public static String problem(String url) {
        if (url == null || url.isBlank() || isHttp(url)) {
            return null;
        }
        return "url must be an http:// or https:// address of the published article, got \""
                + (url.length() > 60 ? url.substring(0, 60) + "..." : url) + "\"";
    }
}
