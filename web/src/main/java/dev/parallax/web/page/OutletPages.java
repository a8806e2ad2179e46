package dev.parallax.web.page;

import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.service.OutletService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

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
        static native TemplateInstance list(List<OutletRow> outlets, List<String> kinds);
    }

    /**
     * An outlet with its quotations checked against records, by verdict.
     *
     * @param checked how many of its quotations were checked against a record (0: none; the cells say so)
     */
    public record OutletRow(OutletSummary outlet, long checked, long verbatim, long faithful, long altered,
                            long notInRecord) {}

    @GET
    public String list() {
        Map<Long, Map<String, Long>> verdicts = outlets.verdictsByOutlet();
        List<OutletRow> rows = outlets.list().stream().map(o -> {
            Map<String, Long> v = verdicts.getOrDefault(o.id(), Map.of());
            long verbatim = v.getOrDefault("VERBATIM", 0L), faithful = v.getOrDefault("FAITHFUL", 0L),
                    altered = v.getOrDefault("ALTERED", 0L), notInRecord = v.getOrDefault("NOT_IN_RECORD", 0L);
            return new OutletRow(o, verbatim + faithful + altered + notInRecord, verbatim, faithful, altered, notInRecord);
        }).toList();
        return Templates.list(rows, OutletService.KINDS).render();
    }
}
