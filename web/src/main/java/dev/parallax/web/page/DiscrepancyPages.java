package dev.parallax.web.page;

import dev.parallax.web.api.AuditEntry;
import dev.parallax.web.api.DiscrepancyDetail;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.ReviewChange;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ReviewQueryService;
import dev.parallax.web.service.ReviewService;
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
                                                   List<String> statuses, String problem);
    }

    /** What the review form holds: the current review, or what was sent when it could not be saved. */
    public record ReviewForm(String status, String verdict, String note, String assignee, long version) {}

    private final ReviewQueryService queries;
    private final ReviewService reviews;
    private final CurrentUser currentUser;

    public DiscrepancyPages(ReviewQueryService queries, ReviewService reviews, CurrentUser currentUser) {
        this.queries = queries;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{fingerprint}")
    public String discrepancy(@PathParam("fingerprint") String fingerprint) {
        DiscrepancyDetail detail = queries.get(fingerprint);
        return render(detail, current(detail), null);
    }

    /** Applies the form; 303 back to the page, or the page again with what to fix (409 on a stale version). */
    @POST
    @Path("{fingerprint}")
    @Requires(Role.FACT_CHECKER)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response change(@PathParam("fingerprint") String fingerprint, @RestForm String status,
                           @RestForm String verdict, @RestForm String note, @RestForm String assignee,
                           @RestForm String version) {
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
                            + "the form: check them and save again."));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            DiscrepancyDetail detail = queries.get(fingerprint);
            return page(e.status(), render(detail, new ReviewForm(status, verdict, note, assignee,
                    sent == null ? detail.review().version() : sent), "Not saved: " + e.toProblem("").detail()));
        }
        return Response.seeOther(URI.create("/discrepancies/" + fingerprint)).build();
    }

    private String render(DiscrepancyDetail detail, ReviewForm form, String problem) {
        return Templates.discrepancy(detail, queries.history(detail.id()).items(), form, ReviewService.STATUSES,
                problem).render();
    }

    private static ReviewForm current(DiscrepancyDetail detail) {
        var r = detail.review();
        return new ReviewForm(r.status(), r.verdict(), r.note(), r.assignee(), r.version());
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
