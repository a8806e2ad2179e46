package dev.parallax.web.page;

import dev.parallax.comparator.Comparison;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** Any two accounts side by side: sentences aligned, word changes inline, spelling-only changes muted. */
@Path("/diff")
@Produces(MediaType.TEXT_HTML)
public class DiffPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(ArticleDetail left, ArticleDetail right, DiffView view, String swapped);
    }

    private final StoredAnalysis analysis;
    private final Comparison comparison = Comparison.withDefaults();

    public DiffPage(StoredAnalysis analysis) {
        this.analysis = analysis;
    }

    @GET
    public String diff(@RestQuery String left, @RestQuery String right) {
        if (ArticlePages.trim(left) == null || ArticlePages.trim(right) == null) {
            throw new ProblemException(400, "invalid-input", "Two articles needed",
                    "give two article ids: /diff?left=ID&right=ID (the ids are on each article's page)", List.of());
        }
        StoredAnalysis.Analyzed l = analysis.get(left.strip());
        StoredAnalysis.Analyzed r = analysis.get(right.strip());
        DiffView view = DiffView.of(comparison.sideBySide(l.analysis(), r.analysis()));
        return Templates.diff(l.detail(), r.detail(), view,
                "/diff?" + Links.query("left", r.detail().id(), "right", l.detail().id())).render();
    }
}
