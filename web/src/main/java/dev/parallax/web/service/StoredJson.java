package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.comparator.report.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The JSON columns of stored rows read back: lists of names or ids (places, participants, warnings,
 * a job's articles and events), claim-group members and copy clusters. A null column is empty.
 */
@ApplicationScoped
public class StoredJson {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {};
    private static final TypeReference<List<List<String>>> COPIES = new TypeReference<>() {};

    private final ObjectMapper json;

    public StoredJson(ObjectMapper json) {
        this.json = json;
    }

    public List<String> strings(String stored) {
        return read(stored, STRINGS);
    }

    public List<Span> spans(String stored) {
        return read(stored, SPANS);
    }

    public List<List<String>> copies(String stored) {
        return read(stored, COPIES);
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored == null ? "[]" : stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }
}
