package dev.parallax.web.page;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.db.EventFilter;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.service.OutletService;
import dev.parallax.web.service.StoredEvents;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
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

    private final StoredEvents events;
    private final EventPageCache pages;
    private final OutletService outlets;

    public EventPages(StoredEvents events, EventPageCache pages, OutletService outlets) {
        this.events = events;
        this.pages = pages;
        this.outlets = outlets;
    }

    @GET
    public String list(@RestQuery String q, @RestQuery String type, @RestQuery String outlet, @RestQuery String from,
                       @RestQuery String to, @RestQuery String page) {
        ListForm form = new ListForm(ArticlePages.trim(q), ArticlePages.trim(type), ArticlePages.trim(outlet),
                ArticlePages.trim(from), ArticlePages.trim(to));
        int pageNo = Paging.number(page);
        StoredEvents.Listing listing = events.list(new EventFilter(day(form.from()), day(form.to()), null, null,
                form.outlet(), form.q(), knownType(form.type())), (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
        Paging paging = Paging.of(pageNo, PAGE_SIZE, listing.total(), "/events", form.query());
        return Templates.list(listing.items().stream().map(EventPages::row).toList(), form,
                Arrays.stream(DiscrepancyType.values()).map(Enum::name).toList(),
                outlets.list().stream().map(OutletSummary::name).sorted().toList(), paging).render();
    }

    @GET
    @Path("{id}")
    public String event(@PathParam("id") String id) {
        EventPageCache.Page page = pages.page(id, view -> Templates.eventBody(view).render())
                .orElseThrow(() -> noEvent(id));
        return Templates.event(page.view(), new RenderedBody(page.body())).render();
    }

    private static ProblemException noEvent(String id) {
        return new ProblemException(404, "not-found", "Not Found",
                "no event with id " + id + "; events are listed at /events", List.of());
    }

    private static EventRow row(StoredEvents.Listed listed) {
        var r = listed.row();
        // SPELLING is left out of the badges: it is shown muted on the page, never a conflict on its own
        List<TypeCount> open = listed.open().entrySet().stream().filter(c -> !c.getKey().equals("SPELLING"))
                .map(c -> new TypeCount(c.getKey(), c.getValue().intValue())).toList();
        return new EventRow(r.publicId(), r.label(), r.date() == null ? "" : r.date().toString(), listed.places(),
                listed.participants(), r.outletCount(), r.articleCount(), open, (int) r.discrepancyCount());
    }

    /** A day typed into the filter form; anything else filters nothing rather than failing the page. */
    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String knownType(String type) {
        return type != null && Arrays.stream(DiscrepancyType.values()).anyMatch(t -> t.name().equals(type)) ? type : null;
    }
}
