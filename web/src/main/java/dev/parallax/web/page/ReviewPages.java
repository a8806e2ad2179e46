package dev.parallax.web.page;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.db.DiscrepancyFilter;
import dev.parallax.web.api.DiscrepancyPage;
import dev.parallax.web.service.ReviewQueryService;
import dev.parallax.web.service.ReviewService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;

/** The review queue: discrepancies filtered by status, type, severity, assignee and event, paged. */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(DiscrepancyPage page, QueueForm form, List<String> statuses,
                                             List<String> types, List<String> severities, List<String> problems,
                                             Paging paging, List<String> assignees);

    }

    /** The queue's filters, echoed back into the form and kept in every page link. */
    public record QueueForm(String status, String type, String severity, String assignee, String event) {
        public String query() {
            return Links.query("status", status, "type", type, "severity", severity, "assignee", assignee,
                    "event", event);
        }

        public boolean any() {
            return !query().isEmpty();
        }
    }

    private final ReviewQueryService queries;
    private final ReviewService reviews;

    public ReviewPages(ReviewQueryService queries, ReviewService reviews) {
        this.reviews = reviews;
        this.queries = queries;
    }

    /**
     * A queue's filters as a query string, cleaned: only the queue's own parameters, valid values,
     * in a fixed order (what a discrepancy page carries to find the next item).
     */
    static String queueQuery(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return form(values.get("status"), values.get("type"), values.get("severity"), values.get("assignee"),
                values.get("event"), new ArrayList<>()).query();
    }

    /**
     * The next item to review in the queue filtered by {@code query} (open ones when it names no
     * status), other than {@code current}; null when there is none.
     */
    dev.parallax.web.api.DiscrepancySummary next(String query, String current) {
        QueueForm form = parse(query);
        DiscrepancyFilter filter = new DiscrepancyFilter(form.event(), form.type(), form.severity(),
                form.status() == null ? "open" : form.status(), null, form.assignee(), false);
        return queries.list(filter, 0, 2).items().stream().filter(d -> !d.id().equals(current)).findFirst()
                .orElse(null);
    }

    private static QueueForm parse(String query) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return form(values.get("status"), values.get("type"), values.get("severity"), values.get("assignee"),
                values.get("event"), new ArrayList<>());
    }

    private static QueueForm form(String status, String type, String severity, String assignee, String event,
                                  List<String> problems) {
        return new QueueForm(
                oneOf("Status", lower(ArticlePages.trim(status)), ReviewService.STATUSES, problems),
                oneOf("Type", upper(ArticlePages.trim(type)), names(DiscrepancyType.values()), problems),
                oneOf("Severity", upper(ArticlePages.trim(severity)), names(Severity.values()), problems),
                ArticlePages.trim(assignee), ArticlePages.trim(event));
    }

    @GET
    public String queue(@RestQuery String status, @RestQuery String type, @RestQuery String severity,
                        @RestQuery String assignee, @RestQuery String event, @RestQuery String page) {
        List<String> problems = new ArrayList<>();
        List<String> types = names(DiscrepancyType.values());
        List<String> severities = names(Severity.values());
        QueueForm form = form(status, type, severity, assignee, event, problems);
        int pageNo = Paging.number(page);
        DiscrepancyFilter filter = new DiscrepancyFilter(form.event(), form.type(), form.severity(), form.status(),
                null, form.assignee(), null);
        DiscrepancyPage found = queries.list(filter, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
        Paging paging = Paging.of(pageNo, PAGE_SIZE, found.total(), "/reviews", form.query());
        return Templates.queue(found, form, ReviewService.STATUSES, types, severities, problems, paging,
                reviews.assignees()).render();
    }

    private static String oneOf(String label, String value, List<String> allowed, List<String> problems) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        problems.add(label + " \"" + value + "\" is not one of " + String.join(", ", allowed)
                + "; that filter is left out.");
        return null;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
