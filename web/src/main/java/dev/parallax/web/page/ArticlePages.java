package dev.parallax.web.page;

import dev.parallax.core.model.Removal;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ArticlePage;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.service.ArticleQueryService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import dev.parallax.db.EventFilter;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.api.EventViews.EventDetail;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.EventQueryService;
import dev.parallax.web.service.GroupingService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import org.jboss.resteasy.reactive.RestForm;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.RestQuery;

/** The article list (search, outlet and date filters, paging) and one article with its analysis shown. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticlePage page, ListForm form, List<OutletSummary> outlets,
                                            List<String> problems, Paging paging, Map<String, List<EventChoice>> choices);

        static native TemplateInstance article(ArticleDetail article, List<ArticleMarkup.Paragraph> paragraphs,
                                               List<EntityRow> entities, List<Removal> removed,
                                               int claims, int quotes, EventDetail event, List<EventChoice> choices,
                                               String placed);
    }

    /** What the filter form holds, echoed back into it. {@code unassigned}: only accounts in no event. */
    public record ListForm(String q, String outlet, String from, String to, boolean unassigned) {
        /** The query string of this filter, for links that keep it (paging). */
        public String query() {
            return Links.query("q", q, "outlet", outlet, "from", from, "to", to, "unassigned", unassigned ? "true" : null);
        }
    }

    /** An event an account could be attached to, as a form offers it. */
    public record EventChoice(String id, String label) {}

    /** Where a name is linked and how this article writes it. */
    public record EntityRow(String entityId, String kind, List<String> surfaces, int mentions) {}

    private final ArticleQueryService queries;
    private final StoredAnalysis analysis;
    private final EventQueryService events;
    private final GroupingService grouping;
    private final CurrentUser currentUser;

    public ArticlePages(ArticleQueryService queries, StoredAnalysis analysis, EventQueryService events,
                        GroupingService grouping, CurrentUser currentUser) {
        this.queries = queries;
        this.analysis = analysis;
        this.events = events;
        this.grouping = grouping;
        this.currentUser = currentUser;
    }

    @GET
    public String list(@RestQuery String q, @RestQuery String outlet, @RestQuery String from, @RestQuery String to,
                       @RestQuery String unassigned, @RestQuery String page) {
        ListForm form = new ListForm(trim(q), trim(outlet), trim(from), trim(to), "true".equals(trim(unassigned)));
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day("from", form.from(), problems);
        LocalDate toDay = day("to", form.to(), problems);
        int pageNo = Paging.number(page);
        ArticleFilter filter = new ArticleFilter(form.outlet(),
                fromDay == null ? null : fromDay.atStartOfDay().atOffset(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), form.q(),
                form.unassigned() ? Boolean.TRUE : null);
        ArticlePage result = queries.list(filter, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
        Paging paging = Paging.of(pageNo, PAGE_SIZE, result.total(), "/articles", form.query());
        Map<String, List<EventChoice>> choices = new TreeMap<>();
        if (form.unassigned() && currentUser.has(Role.EDITOR)) {
            for (ArticleSummary a : result.items()) {
                choices.put(a.id(), choices(a.published()));
            }
        }
        return Templates.list(result, form, queries.outlets(), problems, paging, choices).render();
    }

    /** Events an account published then could belong to: dated within a week of it, else the latest ones. */
    private List<EventChoice> choices(OffsetDateTime published) {
        EventFilter near = published == null ? new EventFilter(null, null, null, null, null, null, null)
                : new EventFilter(published.toLocalDate().minusDays(7), published.toLocalDate().plusDays(7), null, null,
                null, null, null);
        List<EventChoice> found = new ArrayList<>();
        for (var e : events.list(near, 0, 30).items()) {
            found.add(new EventChoice(e.id(), (e.date() == null ? "" : e.date() + " · ") + e.label()));
        }
        return found;
    }

    /** Attaches the account to an event chosen on the page (editors); back to the article. */
    @POST
    @Path("{id}/attach")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response attach(@PathParam("id") String id, @RestForm String event, @RestForm String back) {
        if (trim(event) == null) {
            throw new ProblemException(422, "invalid-grouping", "Choose an event",
                    "choose the event to attach this account to", List.of());
        }
        grouping.attach(event.strip(), id, currentUser.name());
        String to = "list".equals(back) ? "/articles?unassigned=true&attached=" + id : "/articles/" + id + "?placed=attached";
        return Response.seeOther(URI.create(to)).build();
    }

    /** Takes the account out of its event (editors); back to the article, which then says why it is in none. */
    @POST
    @Path("{id}/detach")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response detach(@PathParam("id") String id, @RestForm String event) {
        if (trim(event) == null) {
            throw new ProblemException(422, "invalid-grouping", "No event", "say which event to take it out of", List.of());
        }
        grouping.detach(event.strip(), id, currentUser.name());
        return Response.seeOther(URI.create("/articles/" + id + "?placed=detached")).build();
    }

    @GET
    @Path("{id}")
    public String article(@PathParam("id") String id, @RestQuery String placed) {
        StoredAnalysis.Analyzed a = analysis.get(id);
        EventDetail event = a.detail().event() == null ? null : events.get(a.detail().event());
        List<EventChoice> choices = currentUser.has(Role.EDITOR) ? choices(a.detail().published()).stream()
                .filter(c -> event == null || !c.id().equals(event.id())).toList() : List.of();
        Map<String, EntityRow> entities = new TreeMap<>();
        for (var m : a.analysis().mentions()) {
            String key = m.entityId() == null ? "?" + m.surface() : m.entityId();
            EntityRow row = entities.get(key);
            List<String> surfaces = new ArrayList<>(row == null ? List.of() : row.surfaces());
            if (!surfaces.contains(m.surface())) {
                surfaces.add(m.surface());
            }
            entities.put(key, new EntityRow(m.entityId(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                    surfaces, row == null ? 1 : row.mentions() + 1));
        }
        return Templates.article(a.detail(), ArticleMarkup.paragraphs(a.analysis()),
                new ArrayList<>(entities.values()), a.analysis().removed(), a.analysis().claims().size(),
                a.analysis().quotes().size(), event, choices,
                "attached".equals(placed) || "detached".equals(placed) ? placed : null).render();
    }

    private static LocalDate day(String field, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field + ": \"" + value + "\" is not a date like 2022-12-19; the filter was left out");
            return null;
        }
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
