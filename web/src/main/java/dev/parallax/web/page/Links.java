package dev.parallax.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Builds the query strings of permalinks: parameters in a fixed order, empty ones left out. */
final class Links {
    private Links() {}

    /** Pairs of name and value: {@code query("q", q, "outlet", outlet)}. */
    static String query(String... namesAndValues) {
        Map<String, String> parameters = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                joiner.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joiner.toString();
    }
}
