package dev.parallax.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The articles of an input that say outright they are not a record ({@code "record": false} in JSON or
 * JSON Lines, {@code record: false} in a text header; also no or 0), as opposed to the ones that say
 * nothing: importing an account again that way clears its record mark, while leaving the field out keeps
 * it. The reader gives a plain yes or no, so the input is looked at again for the explicit no; an
 * article so found is read alone to be matched, by value, with the one the whole input gave.
 */
final class ExplicitNonRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADER_NO = Pattern.compile("(?i)\\s*record\\s*:\\s*(false|no|0)\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("-{3,}\\s*");

    private ExplicitNonRecords() {}

    static Set<RawArticle> of(ArticleImportService.NamedInput input, ReadResult read, ReadOptions options) {
        Set<RawArticle> found = new HashSet<>();
        if (read.articles().isEmpty()) {
            return found;
        }
        String text = new String(input.content(), StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (!text.toLowerCase(Locale.ROOT).contains("record")) {
            return found;
        }
        SourceFormat format = read.articles().get(0).format();
        switch (format) {
            case TEXT_WITH_HEADER -> {
                if (headerSaysNo(text)) {
                    found.addAll(read.articles());
                }
            }
            case JSON_LINES -> {
                for (String line : text.split("\n")) {
                    if (line.toLowerCase(Locale.ROOT).contains("record") && saysNo(parse(line))) {
                        found.addAll(alone(input.name(), line, options));
                    }
                }
            }
            case JSON -> {
                JsonNode root = parse(text);
                if (root != null && root.isObject() && saysNo(root)) {
                    found.addAll(read.articles());
                } else if (root != null && root.isArray()) {
                    for (JsonNode item : root) {
                        if (saysNo(item)) {
                            found.addAll(alone(input.name(), item.toString(), options));
                        }
                    }
                }
            }
            default -> {
                // html and plain text carry no record field
            }
        }
        return found;
    }

    private static java.util.List<RawArticle> alone(String name, String json, ReadOptions options) {
        ReadResult one = ArticleReaders.read(name, json.getBytes(StandardCharsets.UTF_8), options);
        return one.articles();
    }

    private static boolean headerSaysNo(String text) {
        for (String line : text.split("\n", 200)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (SEPARATOR.matcher(l).matches()) {
                return false;
            }
            if (HEADER_NO.matcher(l).matches()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return null; // the reader has reported it already
        }
    }

    /** The object has a member named record (in any case) that is false, "false", "no" or 0. */
    static boolean saysNo(JsonNode object) {
        if (object == null || !object.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().strip().equalsIgnoreCase("record")) {
                JsonNode value = field.getValue();
                if (value.isBoolean()) {
                    return !value.booleanValue();
                }
                if (value.isValueNode() && !value.isNull()) {
                    String v = value.asText().strip().toLowerCase(Locale.ROOT);
                    return v.equals("false") || v.equals("no") || v.equals("0");
                }
                return false;
            }
        }
        return false;
    }
}
