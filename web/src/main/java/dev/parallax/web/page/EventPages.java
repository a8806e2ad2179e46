package dev.parallax.web.page;

import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.web.api.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestQuery;

/** The events list (search and filters) and one event: alignment, discrepancies, coverage, naming. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<EventRow> events, ListForm form, List<String> types,
                                            List<String> outlets, Paging paging);

        /** The event's content, the same for every reader; escapes all article text. */
        static native TemplateInstance eventBody(EventView view);

        /** The layout around a body rendered by {@link #eventBody}. */
        static native TemplateInstance event(EventView view, RenderedBody body);
    }

    /** What the filter form holds, echoed back into it. */
    public record ListForm(String q, String type, String outlet, String from, String to) {
        public String query() {
            return Links.query("q", q, "type", type, "outlet", outlet, "from", from, "to", to);
        }
    }

    public record TypeCount(String type, int count) {}

    /** HTML that a template of ours rendered (with every piece of article text escaped), inserted as is. */
    public record RenderedBody(String html) {}

    /** An event in the list: {@code open} counts its discrepancies by type, SPELLING left out. */
    public record EventRow(String id, String label, String date, List<String> places, List<String> participants,
                           int outlets, int accounts, List<TypeCount> open, int total) {}

    private final ComparedEvents events;

    public EventPages(ComparedEvents events) {
        this.events = events;
    }

    @GET
    public String list(@RestQuery String q, @RestQuery String type, @RestQuery String outlet, @RestQuery String from,
                       @RestQuery String to, @RestQuery String page) {
        ListForm form = new ListForm(ArticlePages.trim(q), ArticlePages.trim(type), ArticlePages.trim(outlet),
                ArticlePages.trim(from), ArticlePages.trim(to));
        List<EventRow> rows = new ArrayList<>();
        TreeSet<String> outlets = new TreeSet<>();
        for (EventView view : events.views()) {
            view.accounts().forEach(a -> outlets.add(a.outlet()));
            EventRow row = row(view);
            if (matches(row, view, form)) {
                rows.add(row);
            }
        }
        // newest event first, the way a desk reads
        rows.sort((a, b) -> b.date().compareTo(a.date()) != 0 ? b.date().compareTo(a.date()) : a.id().compareTo(b.id()));
        int pageNo = Paging.number(page);
        Paging paging = Paging.of(pageNo, PAGE_SIZE, rows.size(), "/events", form.query());
        List<EventRow> shown = rows.subList(Math.min(rows.size(), (pageNo - 1) * PAGE_SIZE),
                Math.min(rows.size(), pageNo * PAGE_SIZE));
        return Templates.list(shown, form, Arrays.stream(DiscrepancyType.values()).map(Enum::name).toList(),
                new ArrayList<>(outlets), paging).render();
    }

    @GET
    @Path("{id}")
    public String event(@PathParam("id") String id) {
        String body = events.body(id, view -> Templates.eventBody(view).render()).orElseThrow(() -> noEvent(id));
        // an import between the two lookups can regroup the events: then this id may be gone
        return Templates.event(events.view(id).orElseThrow(() -> noEvent(id)), new RenderedBody(body)).render();
    }

    private static ProblemException noEvent(String id) {
        return new ProblemException(404, "not-found", "Not Found",
                "no event with id " + id + "; events are listed at /events", List.of());
    }

    private static EventRow row(EventView view) {
        Event e = view.event();
        Map<DiscrepancyType, Integer> counts = new EnumMap<>(DiscrepancyType.class);
        for (Discrepancy d : e.discrepancies()) {
            counts.merge(d.type(), 1, Integer::sum);
        }
        List<TypeCount> open = counts.entrySet().stream().filter(c -> c.getKey() != DiscrepancyType.SPELLING)
                .map(c -> new TypeCount(c.getKey().name(), c.getValue())).toList();
        return new EventRow(e.id(), e.label(), view.date(), view.places(), view.participants(),
                (int) view.accounts().stream().map(EventView.Account::outlet).distinct().count(), view.accounts().size(),
                open, e.discrepancies().size());
    }

    private static boolean matches(EventRow row, EventView view, ListForm form) {
        Event e = view.event();
        if (form.q() != null) {
            String haystack = (row.label() + " " + String.join(" ", row.places()) + " "
                    + String.join(" ", row.participants()) + " " + String.join(" ", e.participants()))
                    .toLowerCase(Locale.ROOT);
            for (String word : form.q().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
        }
        if (form.type() != null && e.discrepancies().stream().noneMatch(d -> d.type().name().equals(form.type()))) {
            return false;
        }
        if (form.outlet() != null && view.accounts().stream().noneMatch(a -> form.outlet().equals(a.outlet()))) {
            return false;
        }
        if (form.from() != null && (row.date().isEmpty() || row.date().compareTo(form.from()) < 0)) {
            return false;
        }
        return form.to() == null || (!row.date().isEmpty() && row.date().compareTo(form.to()) <= 0);
    }
}
