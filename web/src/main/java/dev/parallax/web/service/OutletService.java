package dev.parallax.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.FidelityRepository;
import dev.parallax.db.OutletEntity;
import dev.parallax.db.OutletRepository;
import dev.parallax.web.api.OutletFidelity;
import dev.parallax.web.api.OutletSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Outlets: listed with their article counts, renamed and classified by kind. */
@ApplicationScoped
public class OutletService {
    /** What an outlet can be, as stored in {@code outlets.kind}. */
    public static final List<String> KINDS = List.of("wire service", "state media", "independent", "aggregator",
            "official record");
    /** An outlet whose accounts are official records (a government press office): others' quotations are checked against them. */
    public static final String OFFICIAL_RECORD = "official record";
    static final int MAX_NAME_LENGTH = 200;

    private final OutletRepository outlets;
    private final ArticleRepository articles;
    private final FidelityRepository fidelity;
    private final JobService jobs;

    public OutletService(OutletRepository outlets, ArticleRepository articles, FidelityRepository fidelity, JobService jobs) {
        this.outlets = outlets;
        this.articles = articles;
        this.fidelity = fidelity;
        this.jobs = jobs;
    }

    @Transactional
    public List<OutletSummary> list() {
        return outlets.listWithCounts().stream()
                .map(o -> new OutletSummary(o.id(), o.name(), o.kind(), o.articleCount(), o.fictional())).toList();
    }

    @Transactional
    public OutletSummary get(String id) {
        OutletEntity outlet = find(id);
        return new OutletSummary(outlet.id, outlet.name, outlet.kind, outlets.articleCount(outlet), outlet.fictional);
    }

    /**
     * Changes the fields present in {@code patch}: {@code name} (a new, unused name) and/or
     * {@code kind} (one of {@link #KINDS}, or null to mark the outlet unclassified again). When the
     * outlet becomes or stops being an official record, a background job places its accounts again and
     * compares their events again, queued once the change is committed (so the job reads the new kind).
     */
    public OutletSummary patch(String id, JsonNode patch) {
        Changed changed = QuarkusTransaction.requiringNew().call(() -> apply(id, patch));
        if (!changed.recompare().isEmpty()) {
            jobs.enqueueAnalysis(changed.recompare(), null);
        }
        return changed.outlet();
    }

    /** An outlet as changed, and the accounts whose events are to be compared again. */
    private record Changed(OutletSummary outlet, List<String> recompare) {}

    private Changed apply(String id, JsonNode patch) {
        OutletEntity outlet = find(id);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badField("body", "must be a JSON object with name and/or kind");
        }
        for (Iterator<String> fields = patch.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!field.equals("name") && !field.equals("kind")) {
                throw ProblemException.badField(field, "cannot be changed; an outlet has a name and a kind");
            }
        }
        if (!patch.has("name") && !patch.has("kind")) {
            throw ProblemException.badField("body", "is empty: send name, kind or both");
        }
        boolean wasRecord = OFFICIAL_RECORD.equals(outlet.kind);
        if (patch.has("kind")) {
            outlet.kind = kind(patch.get("kind"));
        }
        boolean recordChanged = wasRecord != OFFICIAL_RECORD.equals(outlet.kind);
        if (patch.has("name")) {
            String name = name(patch.get("name"));
            if (!name.equals(outlet.name)) {
                Optional<OutletEntity> other = outlets.find("lower(name) = ?1 and id <> ?2",
                        name.toLowerCase(Locale.ROOT), outlet.id).firstResultOptional();
                if (other.isPresent()) {
                    throw nameTaken(name, other.get());
                }
                outlet.name = name;
            }
        }
        try {
            outlets.flush();
        } catch (PersistenceException concurrent) {
            throw nameTaken(outlet.name, null);
        }
        return new Changed(new OutletSummary(outlet.id, outlet.name, outlet.kind, outlets.articleCount(outlet), outlet.fictional),
                recordChanged ? articles.idsOfOutlet(outlet.id) : List.of());
    }

    /**
     * How the outlet's quotations stand against the official records of the events it covered: counts
     * by verdict over all of them and per event with a record.
     */
    @Transactional
    public OutletFidelity fidelity(String id) {
        OutletEntity outlet = find(id);
        Map<String, long[]> perEvent = new LinkedHashMap<>();
        Map<String, FidelityRepository.VerdictCount> firstRow = new LinkedHashMap<>();
        long[] total = new long[4];
        for (FidelityRepository.VerdictCount c : fidelity.verdictsOfOutlet(outlet.id)) {
            int at = slot(c.verdict());
            perEvent.computeIfAbsent(c.event(), e -> new long[4])[at] += c.count();
            firstRow.putIfAbsent(c.event(), c);
            total[at] += c.count();
        }
        List<OutletFidelity.EventFidelity> byEvent = new ArrayList<>();
        perEvent.forEach((event, n) -> {
            FidelityRepository.VerdictCount row = firstRow.get(event);
            byEvent.add(new OutletFidelity.EventFidelity(event, row.label(), row.date() == null ? null : row.date().toString(),
                    n[0], n[1], n[2], n[3]));
        });
        long[] events = fidelity.eventsOfOutlet(outlet.id);
        return new OutletFidelity(outlet.id, outlet.name, events[0], events[1], total[0] + total[1] + total[2] + total[3],
                total[0], total[1], total[2], total[3], byEvent);
    }

    /** Every outlet's quotations by verdict (VERBATIM, FAITHFUL, ALTERED, NOT_IN_RECORD), by outlet id. */
    @Transactional
    public Map<Long, Map<String, Long>> verdictsByOutlet() {
        return fidelity.verdictsByOutlet();
    }

    /** Where a verdict is counted: verbatim, faithful, altered, not in record. */
    private static int slot(String verdict) {
        return switch (verdict) {
            case "VERBATIM" -> 0;
            case "FAITHFUL" -> 1;
            case "ALTERED" -> 2;
            default -> 3;
        };
    }

    private OutletEntity find(String id) {
        Long number = null;
        try {
            number = Long.valueOf(id.strip());
        } catch (NumberFormatException ignored) {
            // falls through to 404: ids are numbers, so no outlet has this one
        }
        OutletEntity outlet = number == null ? null : outlets.findById(number);
        if (outlet == null) {
            throw new ProblemException(404, "not-found", "Not Found", "no outlet with id " + id, List.of());
        }
        return outlet;
    }

    private static String kind(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        String wanted = value.isTextual()
                ? value.asText().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ") : "";
        if (!KINDS.contains(wanted)) {
            throw ProblemException.badField("kind", "must be one of " + String.join(", ", KINDS)
                    + " (or null for unclassified), got " + value);
        }
        return wanted;
    }

    private static String name(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ProblemException.badField("name", "must be a non-blank text: the outlet's new name");
        }
        String name = value.asText().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw ProblemException.badField("name", "is " + name.length() + " characters, over the limit of "
                    + MAX_NAME_LENGTH);
        }
        return name;
    }

    private static ProblemException nameTaken(String name, OutletEntity other) {
        String message = "\"" + name + "\" is already the name of " + (other == null ? "another outlet"
                : "outlet " + other.id + " (" + other.name + ")");
        return new ProblemException(409, "conflict", "Conflict", "name: " + message,
                List.of(Problem.Error.field("name", message)));
    }
}
