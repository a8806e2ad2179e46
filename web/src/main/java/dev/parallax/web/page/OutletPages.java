package dev.parallax.web.page;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.OutletService;
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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The outlets: their kind, how many articles, and how their quotations stand against official records. */
@Path("/outlets")
@Produces(MediaType.TEXT_HTML)
public class OutletPages {
    private final OutletService outlets;

    public OutletPages(OutletService outlets) {
        this.outlets = outlets;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<OutletRow> outlets, List<String> kinds, String saved);
    }

    /**
     * An outlet with its quotations checked against records, by verdict.
     *
     * @param checked how many of its quotations were checked against a record (0: none; the cells say so)
     */
    public record OutletRow(OutletSummary outlet, long checked, long verbatim, long faithful, long altered,
                            long notInRecord) {}

    @GET
    public String list(@RestQuery String saved) {
        Map<Long, Map<String, Long>> verdicts = outlets.verdictsByOutlet();
        List<OutletRow> rows = outlets.list().stream().map(o -> {
            Map<String, Long> v = verdicts.getOrDefault(o.id(), Map.of());
            long verbatim = v.getOrDefault("VERBATIM", 0L), faithful = v.getOrDefault("FAITHFUL", 0L),
                    altered = v.getOrDefault("ALTERED", 0L), notInRecord = v.getOrDefault("NOT_IN_RECORD", 0L);
            return new OutletRow(o, verbatim + faithful + altered + notInRecord, verbatim, faithful, altered, notInRecord);
        }).toList();
        String changed = saved == null ? null : rows.stream().filter(r -> Long.toString(r.outlet().id()).equals(saved))
                .map(r -> r.outlet().name()).findFirst().orElse(null);
        return Templates.list(rows, OutletService.KINDS, changed).render();
    }

    /**
     * Sets an outlet's kind from the page (editors), as {@code PATCH /api/outlets/{id}} does: an empty
     * choice marks it unclassified; making it an official record, or no longer one, queues the comparison
     * of its events again. Back to the list, which says what was saved.
     */
    @POST
    @Path("{id}")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response setKind(@PathParam("id") String id, @RestForm String kind) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (kind == null || kind.isBlank()) {
            patch.putNull("kind");
        } else {
            patch.put("kind", kind);
        }
        OutletSummary changed = outlets.patch(id, patch);
        return Response.seeOther(URI.create("/outlets?saved=" + changed.id() + "#outlet-" + changed.id())).build();
    }
}
