package dev.parallax.web.page;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.db.EventFilter;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.service.OutletService;
import dev.parallax.web.service.StoredEvents;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import dev.parallax.db.GroupingRepository;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ArticleQueryService;
import dev.parallax.web.service.EventQueryService;
import dev.parallax.web.service.GroupingService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.RestForm;
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
                                            List<String> outlets, Paging paging, long unassigned);

        /** The event's content, the same for every reader; escapes all article text. */
        static native TemplateInstance eventBody(EventView view);

        /** The layout around a body rendered by {@link #eventBody}, with what may differ per reader or moment. */
        static native TemplateInstance event(EventView view, RenderedBody body, Coverage coverage,
                                             List<AccountRow> accounts, List<ArticlePages.EventChoice> mergeChoices,
                                             List<GroupingRepository.AuditRow> history, String done);
    }

    /** An account as the event page lists it: its column name, outlet kind, claims carried, wire copy. */
    public record AccountRow(EventView.Account account, String kind, boolean fictional, int claims, boolean copy) {}

    /** Outlets of one kind that carried the event, each with its accounts. */
    public record KindGroup(String kind, List<CoveredOutlet> outlets) {}

    public record CoveredOutlet(String outlet, List<String> accounts, boolean copy) {}

    /**
     * Which outlets carried the event, by kind; which tracked outlets (of the same workspace, real or
     * invented alike) did not; which accounts copy one wire story.
     */
    public record Coverage(List<KindGroup> carried, List<String> missing, List<List<String>> copies) {}

    /** What the filter form holds, echoed back into it. */
    public record ListForm(String q, String type, String outlet, String from, String to) {
        public String query() {
            return Links.query("q", q, "type", type, "outlet", outlet, "from", from, "to", to);
        }
    }

    public record TypeCount(String type, int count) {}

    /** HTML that a template of ours rendered (with every piece of article text escaped), inserted as is. */
    public record RenderedBody(String html) {}

    /**
     * An event in the list: {@code open} counts its discrepancies by type, SPELLING left out;
     * {@code record}: it has an official record its quotations are checked against.
     */
    public record EventRow(String id, String label, String date, List<String> places, List<String> participants,
                           int outlets, int accounts, List<TypeCount> open, int total, boolean record) {}

    private final StoredEvents events;
    private final EventPageCache pages;
    private final OutletService outlets;
    private final GroupingService grouping;
    private final EventQueryService queries;
    private final CurrentUser currentUser;
    private final ArticleQueryService articles;

    public EventPages(StoredEvents events, EventPageCache pages, OutletService outlets, GroupingService grouping,
                      EventQueryService queries, CurrentUser currentUser, ArticleQueryService articles) {
        this.events = events;
        this.pages = pages;
        this.outlets = outlets;
        this.grouping = grouping;
        this.queries = queries;
        this.currentUser = currentUser;
        this.articles = articles;
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
        long unassigned = articles.list(new dev.parallax.db.ArticleFilter(null, null, null, null, Boolean.TRUE), 0, 1)
                .total();
        return Templates.list(listing.items().stream().map(EventPages::row).toList(), form,
                Arrays.stream(DiscrepancyType.values()).map(Enum::name).toList(),
                outlets.list().stream().map(OutletSummary::name).sorted().toList(), paging, unassigned).render();
    }

    @GET
    @Path("{id}")
    public String event(@PathParam("id") String id, @RestQuery String done) {
        EventPageCache.Page page = pages.page(id, view -> Templates.eventBody(view).render())
                .orElseThrow(() -> noEvent(id));
        EventView view = page.view();
        Map<String, StoredEvents.AccountFacts> facts = new HashMap<>();
        events.accountFacts(id).forEach(f -> facts.put(f.id(), f));
        List<AccountRow> accounts = new ArrayList<>();
        for (EventView.CoverageRow row : view.coverage()) {
            StoredEvents.AccountFacts f = facts.get(row.account().id());
            accounts.add(new AccountRow(row.account(), f == null ? null : f.kind(), f != null && f.fictional(),
                    row.carried(), row.cells().contains("copy")));
        }
        List<ArticlePages.EventChoice> merge = currentUser.has(Role.EDITOR) ? mergeChoices(view) : List.of();
        return Templates.event(view, new RenderedBody(page.body()), coverage(accounts, view), accounts, merge,
                grouping.history(id), "merged".equals(done) || "split".equals(done) ? done : null).render();
    }

    /** Merges another event into this one (editors); back to this event. */
    @POST
    @Path("{id}/merge")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response merge(@PathParam("id") String id, @RestForm String event) {
        if (ArticlePages.trim(event) == null) {
            throw new ProblemException(422, "invalid-grouping", "Choose an event", "choose the event to merge into this one",
                    List.of());
        }
        GroupingService.Outcome outcome = grouping.merge(id, event.strip(), currentUser.name());
        return Response.seeOther(URI.create("/events/" + outcome.event() + "?done=merged")).build();
    }

    /** Splits the ticked accounts off into a new event (editors); on to the new event. */
    @POST
    @Path("{id}/split")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response split(@PathParam("id") String id, @RestForm("articles") List<String> articles) {
        GroupingService.Outcome outcome = grouping.split(id, articles == null ? List.of() : articles, currentUser.name());
        return Response.seeOther(URI.create("/events/" + outcome.other() + "?done=split")).build();
    }

    /** Events dated within a week of this one (or the latest, for an undated one), this one left out. */
    private List<ArticlePages.EventChoice> mergeChoices(EventView view) {
        LocalDate day = day(view.date().isEmpty() ? null : view.date());
        EventFilter near = day == null ? new EventFilter(null, null, null, null, null, null, null)
                : new EventFilter(day.minusDays(7), day.plusDays(7), null, null, null, null, null);
        List<ArticlePages.EventChoice> found = new ArrayList<>();
        for (var e : queries.list(near, 0, 30).items()) {
            if (!e.id().equals(view.event().id())) {
                found.add(new ArticlePages.EventChoice(e.id(), (e.date() == null ? "" : e.date() + " · ") + e.label()
                        + " (" + e.articleCount() + " accounts)"));
            }
        }
        return found;
    }

    /** Carried by kind, tracked outlets that did not carry it (real ones for a real event, invented for the demo). */
    private Coverage coverage(List<AccountRow> accounts, EventView view) {
        Map<String, Map<String, CoveredOutlet>> byKind = new TreeMap<>();
        boolean fictional = !accounts.isEmpty() && accounts.stream().allMatch(AccountRow::fictional);
        for (AccountRow a : accounts) {
            String kind = a.kind() == null ? "not classified yet" : a.kind();
            Map<String, CoveredOutlet> outletsOfKind = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
            CoveredOutlet before = outletsOfKind.get(a.account().outlet());
            List<String> names = new ArrayList<>(before == null ? List.of() : before.accounts());
            names.add(a.account().column());
            outletsOfKind.put(a.account().outlet(), new CoveredOutlet(a.account().outlet(), names,
                    a.copy() || before != null && before.copy()));
        }
        List<KindGroup> carried = new ArrayList<>();
        byKind.forEach((kind, outletsOfKind) -> carried.add(new KindGroup(kind, List.copyOf(outletsOfKind.values()))));
        java.util.Set<String> present = new java.util.HashSet<>();
        accounts.forEach(a -> present.add(a.account().outlet()));
        List<String> missing = outlets.list().stream()
                .filter(o -> o.articleCount() > 0 && o.fictional() == fictional && !present.contains(o.name()))
                .map(o -> o.kind() == null ? o.name() : o.name() + " (" + o.kind() + ")").sorted().toList();
        return new Coverage(carried, missing, view.copyClusters());
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
                listed.participants(), r.outletCount(), r.articleCount(), open, (int) r.discrepancyCount(), r.hasRecord());
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
