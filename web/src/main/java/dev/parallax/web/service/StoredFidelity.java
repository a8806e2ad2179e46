package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.Span;
import dev.parallax.db.FidelityCheckEntity;
import dev.parallax.db.FidelityRepository;
import dev.parallax.web.api.EventViews.FidelityView;
import dev.parallax.web.api.EventViews.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * An event's stored verdicts against its record read back, in the comparator's shape (for pages) or
 * the API's; {@code discrepancy} is the stored finding's fingerprint, the id the API and pages use.
 * Callers hold a transaction.
 */
@ApplicationScoped
public class StoredFidelity {
    private final FidelityRepository checks;
    private final StoredJson stored;
    private final ObjectMapper json;

    public StoredFidelity(FidelityRepository checks, StoredJson stored, ObjectMapper json) {
        this.checks = checks;
        this.stored = stored;
        this.json = json;
    }

    /** The event's verdicts, the altered first, then not in the record, faithful, verbatim; the comparator's order within each. */
    public List<Fidelity> ofEvent(long eventId) {
        return checks.ofEvent(eventId).stream().map(this::fidelity)
                .sorted(java.util.Comparator.comparing(Fidelity::verdict)).toList();
    }

    public List<FidelityView> viewsOfEvent(long eventId) {
        return ofEvent(eventId).stream().map(StoredFidelity::view).toList();
    }

    public static FidelityView view(Fidelity f) {
        return new FidelityView(f.article(), new Quote(f.quote().text(), f.quote().start(), f.quote().end()), f.kind(),
                f.speaker(), f.speakerWords(), f.record(), f.recordSpeaker(), f.recordSpeakerWords(), f.verdict().name(),
                f.similarity(), f.nearest(), f.reasons(), f.discrepancy());
    }

    private Fidelity fidelity(FidelityCheckEntity c) {
        Span record = c.recordArticleId == null ? null
                : new Span(c.recordArticleId, c.recordText, c.recordStart == null ? 0 : c.recordStart,
                c.recordEnd == null ? 0 : c.recordEnd);
        return new Fidelity(c.articleId, new Span(c.articleId, c.quoteText, c.quoteStart, c.quoteEnd), c.kind, c.speaker,
                c.speakerWords, record, c.recordSpeaker, c.recordSpeakerWords, FidelityVerdict.valueOf(c.verdict),
                c.similarity, nearest(c.nearest), stored.strings(c.reasons), c.discrepancy);
    }

    private Span nearest(String value) {
        if (value == null || value.isBlank() || value.equals("null")) {
            return null;
        }
        try {
            return json.readValue(value, Span.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored nearest passage is not readable", e);
        }
    }
}
