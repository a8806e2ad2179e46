package dev.parallax.web.page;

import dev.parallax.web.api.AuditEntry;
import dev.parallax.web.api.DiscrepancyDetail;
import dev.parallax.web.api.DiscrepancySummary;
import dev.parallax.web.api.EvidenceView;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.ReviewChange;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ReviewQueryService;
import dev.parallax.web.service.ReviewService;
import dev.parallax.web.service.Verdict;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One discrepancy: every outlet's words in context, its review and the review's history, and for
 * fact-checkers a form to change the review. Changes go through {@link ReviewService}: the same
 * rules as the API's PATCH, a stale version refused with 409.
 */
@Path("/discrepancies")
@Produces(MediaType.TEXT_HTML)
public class DiscrepancyPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance discrepancy(DiscrepancyDetail d, List<AuditEntry> history, ReviewForm form,
                                                   List<String> statuses, String problem, List<Verdict> verdicts,
                                                   List<String> assignees, Saved saved, String queue,
                                                   List<DiffLink> diffs);
    }

    /** After a save: what was saved, and the next item of the queue the reviewer came from (or null when it is empty). */
    public record Saved(long version, DiscrepancySummary next, String nextHref, String queueHref) {}

    /** A side-by-side diff of two accounts of the evidence, named by outlet. */
    public record DiffLink(String left, String right, String href) {}

    /** The label of a verdict code, or the words of a verdict given before the vocabulary. */
    static String verdictLabel(String code) {
        return code == null ? null : Verdict.parse(code).map(Verdict::label).orElse(code);
    }

    /** What the review form holds: the current review, or what was sent when it could not be saved. */
    public record ReviewForm(String status, String verdict, String note, String assignee, long version) {}

    private final ReviewQueryService queries;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final ReviewPages reviewPages;

    public DiscrepancyPages(ReviewQueryService queries, ReviewService reviews, CurrentUser currentUser,
                            ReviewPages reviewPages) {
        this.reviewPages = reviewPages;
        this.queries = queries;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{fingerprint}")
    public String discrepancy(@PathParam("fingerprint") String fingerprint, @RestQuery String saved,
                              @RestQuery String queue) {
        DiscrepancyDetail detail = queries.get(fingerprint);
        String q = ReviewPages.queueQuery(queue);
        Saved after = null;
        if (saved != null) {
            DiscrepancySummary next = reviewPages.next(q, detail.id());
            String back = "/reviews" + (q.isEmpty() ? "" : "?" + q);
            after = new Saved(detail.review().version(), next, next == null ? null : "/discrepancies/" + next.id()
                    + (q.isEmpty() ? "" : "?queue=" + PageExtensions.urlParam(q)), back);
        }
        return render(detail, current(detail), null, after, q);
    }

    /** Applies the form; 303 back to the page, or the page again with what to fix (409 on a stale version). */
    @POST
    @Path("{fingerprint}")
    @Requires(Role.FACT_CHECKER)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response change(@PathParam("fingerprint") String fingerprint, @RestForm String status,
                           @RestForm String verdict, @RestForm String note, @RestForm String assignee,
                           @RestForm String version, @RestForm String queue) {
        String q = ReviewPages.queueQuery(queue);
        Long sent = null;
        try {
            sent = version(version);
            reviews.change(fingerprint, new ReviewChange(status, verdict == null ? "" : verdict,
                    note == null ? "" : note, assignee == null ? "" : assignee, sent), null, currentUser.name());
        } catch (ReviewService.StaleVersionException e) {
            DiscrepancyDetail detail = queries.get(fingerprint);
            return page(409, render(detail, new ReviewForm(status, verdict, note, assignee, e.current()),
                    "Not saved: someone changed this review while you were editing it (it is now version "
                            + e.current() + "). The review below is the current one; your changes are still in "
                            + "the form: check them and save again.", null, q));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            DiscrepancyDetail detail = queries.get(fingerprint);
            return page(e.status(), render(detail, new ReviewForm(status, verdict, note, assignee,
                    sent == null ? detail.review().version() : sent), "Not saved: " + e.toProblem("").detail(), null, q));
        }
        return Response.seeOther(URI.create("/discrepancies/" + fingerprint + "?saved=1"
                + (q.isEmpty() ? "" : "&queue=" + PageExtensions.urlParam(q)))).build();
    }

    private String render(DiscrepancyDetail detail, ReviewForm form, String problem, Saved saved, String queue) {
        return Templates.discrepancy(detail, queries.history(detail.id()).items(), form, ReviewService.STATUSES,
                problem, List.of(Verdict.values()), reviews.assignees(), saved, queue, diffs(detail)).render();
    }

    /** Each other account of the evidence side by side with the first one. */
    private static List<DiffLink> diffs(DiscrepancyDetail detail) {
        List<DiffLink> links = new java.util.ArrayList<>();
        var accounts = detail.evidence().stream().filter(e -> e.article() != null)
                .collect(java.util.stream.Collectors.toMap(EvidenceView::article, e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        for (int i = 1; i < accounts.size(); i++) {
            EvidenceView first = accounts.get(0), other = accounts.get(i);
            links.add(new DiffLink(first.outlet(), other.outlet(), "/diff?left=" + first.article() + "&right="
                    + other.article()));
        }
        return links;
    }

    private static ReviewForm current(DiscrepancyDetail detail) {
        var r = detail.review();
        return new ReviewForm(r.status(), r.verdict() == null ? null
                : Verdict.parse(r.verdict()).map(Verdict::code).orElse(r.verdict()), r.note(), r.assignee(), r.version());
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static Long version(String value) {
        if (value == null || value.isBlank()) {
            return null; // the service names the missing field
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("version", "must be the review version the page showed, got " + value);
        }
    }
}
