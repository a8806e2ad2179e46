package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article in full. Offsets in comparison reports point into {@code cleanedText}.
 *
 * @param removed  what the cleaner dropped: [{text, reason, line}]
 * @param dateline {text, place, date, agency} or null
 */
public record ArticleDetail(String id, String outlet, String title, String url, OffsetDateTime published,
                            String byline, String language, String source, String format, OffsetDateTime importedAt,
                            String rawText, String cleanedText, JsonNode removed, JsonNode dateline,
                            List<String> warnings) {}
