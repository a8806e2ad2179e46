package dev.parallax.web.api;

import dev.parallax.web.service.JobService;
import dev.parallax.web.service.JobView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {
    private final JobService jobs;

    public JobResource(JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A background job's progress",
            description = "state is queued, running (processed of total articles analyzed), done (events: the events "
                    + "created or changed) or failed (error says why). createdBy is the user who queued it (an import, a "
                    + "deletion, an entity merge); it is null for jobs queued from the command line or the demo corpus. "
                    + "Imports and deletions name their job.")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.parallax.web.service.JobView.class),
            examples = {
                    @ExampleObject(name = "running", value = """
                            {"id": 151, "kind": "analyze", "state": "running", "processed": 240, "total": 500,
                             "events": [], "attempts": 1, "createdBy": "editor.ana", "createdAt": "2026-11-23T14:02:01Z",
                             "startedAt": "2026-11-23T14:02:02Z", "url": "/api/jobs/151"}"""),
                    @ExampleObject(name = "done", value = """
                            {"id": 151, "kind": "analyze", "state": "done", "processed": 500, "total": 500,
                             "events": ["e-4c1d2b7a9e0f1a2b"], "attempts": 1, "createdBy": "editor.ana",
                             "createdAt": "2026-11-23T14:02:01Z", "startedAt": "2026-11-23T14:02:02Z", "finishedAt": "2026-11-23T14:02:09Z",
                             "url": "/api/jobs/151"}""")}))
    @APIResponse(responseCode = "404", description = "no such job")
    public JobView get(@PathParam("id") String id) {
        Integer number = QueryParams.integer("id", id, 1, Integer.MAX_VALUE);
        if (number == null) {
            throw ProblemException.badField("id", "is required: a job id");
        }
        return jobs.get(number);
    }
}
