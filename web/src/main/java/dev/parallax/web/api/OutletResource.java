package dev.parallax.web.api;

import dev.parallax.web.service.ArticleQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outlets")
public class OutletResource {
    private final ArticleQueryService queries;

    public OutletResource(ArticleQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Every outlet with its kind and number of stored articles, by name")
    public List<OutletSummary> list() {
        return queries.outlets();
    }
}
