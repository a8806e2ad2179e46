package dev.parallax.web.page;

import dev.parallax.core.model.Removal;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ArticlePage;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.service.ArticleQueryService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
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
                                            List<String> problems, Paging paging);

        static native TemplateInstance article(ArticleDetail article, List<ArticleMarkup.Paragraph> paragraphs,
                                               List<EntityRow> entities, List<Removal> removed,
                                               int claims, int quotes);
    }

    /** What the filter form holds, echoed back into it. */
    public record ListForm(String q, String outlet, String from, String to) {
        /** The query string of this filter, for links that keep it (paging). */
        public String query() {
            return Links.query("q", q, "outlet", outlet, "from", from, "to", to);
        }
    }

    /** Where a name is linked and how this article writes it. */
    public record EntityRow(String entityId, String kind, List<String> surfaces, int mentions) {}

    private final ArticleQueryService queries;
    private final StoredAnalysis analysis;

    public ArticlePages(ArticleQueryService queries, StoredAnalysis analysis) {
        this.queries = queries;
        this.analysis = analysis;
    }

    @GET
    public String list(@RestQuery String q, @RestQuery String outlet, @RestQuery String from, @RestQuery String to,
                       @RestQuery String page) {
        ListForm form = new ListForm(trim(q), trim(outlet), trim(from), trim(to));
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day("from", form.from(), problems);
        LocalDate toDay = day("to", form.to(), problems);
        int pageNo = Paging.number(page);
        ArticleFilter filter = new ArticleFilter(form.outlet(),
                fromDay == null ? null : fromDay.atStartOfDay().atOffset(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), form.q());
        ArticlePage result = queries.list(filter, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
        Paging paging = Paging.of(pageNo, PAGE_SIZE, result.total(), "/articles", form.query());
        return Templates.list(result, form, queries.outlets(), problems, paging).render();
    }

    @GET
    @Path("{id}")
    public String article(@PathParam("id") String id) {
        StoredAnalysis.Analyzed a = analysis.get(id);
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
                a.analysis().quotes().size()).render();
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
