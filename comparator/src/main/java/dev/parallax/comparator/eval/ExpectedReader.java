package dev.parallax.comparator.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.FidelityVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads expected.json: {"discrepancies": [ {"type", "evidence": [..], "note"} ], "reference": [files],
 * "fidelity": [ {"account", "quote", "verdict", "record", "speaker", "note"} ]}; unknown fields are skipped.
 */
final class ExpectedReader {
    private ExpectedReader() {}

    /** What an event folder expects. */
    record Expected(List<ExpectedDiscrepancy> discrepancies, List<String> reference, List<ExpectedFidelity> fidelity) {}

    static Expected read(Path file) throws IOException {
        List<ExpectedDiscrepancy> out = new ArrayList<>();
        List<String> reference = new ArrayList<>();
        List<ExpectedFidelity> fidelity = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(file))) {
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "discrepancies" -> discrepancies(p, file, out);
                    case "reference" -> {
                        expect(p.currentToken(), JsonToken.START_ARRAY, file);
                        while (p.nextToken() != JsonToken.END_ARRAY) reference.add(p.getValueAsString());
                    }
                    case "fidelity" -> fidelity(p, file, fidelity);
                    default -> p.skipChildren();
                }
            }
        }
        return new Expected(out, reference, fidelity);
    }

    private static void discrepancies(JsonParser p, Path file, List<ExpectedDiscrepancy> out) throws IOException {
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

    private static void fidelity(JsonParser p, Path file, List<ExpectedFidelity> out) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, file);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String account = null, quote = null, verdict = null, record = null, speaker = null, note = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                String v = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                switch (f) {
                    case "account" -> account = v;
                    case "quote" -> quote = v;
                    case "verdict" -> verdict = v;
                    case "record" -> record = v;
                    case "speaker" -> speaker = v;
                    case "note" -> note = v;
                    default -> p.skipChildren();
                }
            }
            if (account == null || quote == null || verdict == null) {
                throw new IOException(file + ": a fidelity entry needs \"account\", \"quote\" and \"verdict\"");
            }
            FidelityVerdict fv;
            try {
                fv = FidelityVerdict.valueOf(verdict.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": unknown fidelity verdict " + verdict);
            }
            out.add(new ExpectedFidelity(account, quote, fv, record, speaker, note));
        }
    }

    private static void expect(JsonToken got, JsonToken want, Path file) throws IOException {
        if (got != want) throw new IOException(file + ": expected " + want + " but found " + got);
    }
}
