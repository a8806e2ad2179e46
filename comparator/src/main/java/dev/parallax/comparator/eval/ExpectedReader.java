package dev.parallax.comparator.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallax.comparator.report.DiscrepancyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads expected.json: {"discrepancies": [ {"type", "evidence": [..], "note"} ]}; unknown fields are skipped. */
final class ExpectedReader {
    private ExpectedReader() {}

    static List<ExpectedDiscrepancy> read(Path file) throws IOException {
        List<ExpectedDiscrepancy> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(file))) {
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("discrepancies")) {
                    p.skipChildren();
                    continue;
                }
                expect(p.currentToken(), JsonToken.START_ARRAY, file);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String type = null, note = null;
                    List<String> evidence = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken t = p.nextToken();
                        switch (f) {
                            case "type" -> type = p.getValueAsString();
                            case "note" -> note = p.getValueAsString();
                            case "evidence" -> {
                                expect(t, JsonToken.START_ARRAY, file);
                                while (p.nextToken() != JsonToken.END_ARRAY) evidence.add(p.getValueAsString());
                            }
                            default -> p.skipChildren();
                        }
                    }
                    if (type == null) throw new IOException(file + ": a discrepancy without \"type\"");
                    DiscrepancyType dt;
                    try {
                        dt = DiscrepancyType.valueOf(type.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(file + ": unknown discrepancy type " + type);
                    }
                    out.add(new ExpectedDiscrepancy(dt, evidence, note));
                }
            }
        }
        return out;
    }

    private static void expect(JsonToken got, JsonToken want, Path file) throws IOException {
        if (got != want) throw new IOException(file + ": expected " + want + " but found " + got);
    }
}
