package dev.parallax.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.db.OutletEntity;
import dev.parallax.db.OutletRepository;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Outlets: listed with their article counts, renamed and classified by kind. */
@ApplicationScoped
public class OutletService {
    /** What an outlet can be, as stored in {@code outlets.kind}. */
    public static final List<String> KINDS = List.of("wire service", "state media", "independent", "aggregator");
    static final int MAX_NAME_LENGTH = 200;

    private final OutletRepository outlets;

    public OutletService(OutletRepository outlets) {
        this.outlets = outlets;
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
     * {@code kind} (one of {@link #KINDS}, or null to mark the outlet unclassified again).
     */
    @Transactional
    public OutletSummary patch(String id, JsonNode patch) {
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
        if (patch.has("kind")) {
            outlet.kind = kind(patch.get("kind"));
        }
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
        return new OutletSummary(outlet.id, outlet.name, outlet.kind, outlets.articleCount(outlet), outlet.fictional);
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
