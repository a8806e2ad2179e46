package dev.parallax.web.api;

import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.EntityService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityResource {
    private final EntityService entities;
    private final ParallaxConfig config;
    private final CurrentUser user;

    public EntityResource(EntityService entities, ParallaxConfig config, CurrentUser user) {
        this.entities = entities;
        this.config = config;
        this.user = user;
    }

    @GET
    @Operation(summary = "Entities and every spelling each outlet uses for them, most mentioned first",
            description = "Lists what the gazetteer knows (with stored aliases and merges) and the names articles use "
                    + "that it does not know (kind UNKNOWN, id unknown:...). Page with page/size (page from 1) or "
                    + "offset/limit. Filters: kind (PERSON, PLACE, ORGANIZATION, WEAPON, BODY, EVENT, OTHER, UNKNOWN), "
                    + "q (a fragment of the id, name, an alias or a spelling seen, any case).")
    public EntityPage list(@RestQuery String page, @RestQuery String size, @RestQuery String offset,
                           @RestQuery String limit, @RestQuery String kind, @RestQuery String q) {
        int max = config.api().maxPageSize();
        Integer pageNo = QueryParams.integer("page", page, 1, Integer.MAX_VALUE / max);
        Integer pageSize = QueryParams.integer("size", size, 1, max);
        Integer from = QueryParams.integer("offset", offset, 0, Integer.MAX_VALUE);
        Integer count = QueryParams.integer("limit", limit, 1, max);
        if ((pageNo != null || pageSize != null) && (from != null || count != null)) {
            throw ProblemException.badField("offset", "use either page/size or offset/limit, not both");
        }
        int take = pageSize != null ? pageSize : count != null ? count : config.api().defaultPageSize();
        int skip = pageNo != null ? (pageNo - 1) * take : from != null ? from : 0;
        return entities.list(blankToNull(kind), blankToNull(q), skip, take);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entity with its aliases and the spellings each outlet used")
    @APIResponse(responseCode = "200", description = "the entity",
            content = @Content(schema = @Schema(implementation = EntityView.class)))
    @APIResponse(responseCode = "404", description = "no such entity (or it was merged into another, named in detail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntityView get(@Parameter(example = "person:lukashenko") @PathParam("id") String id) {
        return entities.get(id);
    }

    @POST
    @Path("{id}/aliases")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Link another spelling to an entity",
            description = "Stored and used by every analysis from now on; the articles whose text contains the "
                    + "alias are queued for analysis again (the answer names the job). 201 when added, 200 when the "
                    + "entity already had it, 409 when it names another entity, 400 when blank.")
    @APIResponse(responseCode = "201", description = "stored",
            content = @Content(schema = @Schema(implementation = AliasAdded.class)))
    @APIResponse(responseCode = "409", description = "the alias already names another entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAlias(@Parameter(example = "person:lukashenko") @PathParam("id") String id,
                             AliasInput input) {
        AliasAdded added = entities.addAlias(id, input == null ? null : input.alias(), user.name());
        return Response.status(added.created() ? 201 : 200).entity(added).build();
    }

    @POST
    @Path("{id}/merge")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Fold another entity into this one",
            description = "Entity 'from' becomes a set of aliases of this one: its stored mentions are re-linked at "
                    + "once, its spellings link to this entity from now on, and the articles that mentioned it are "
                    + "queued for analysis again, so the discrepancies of their events are recomputed. 404 for an "
                    + "unknown id, 400 for merging an entity into itself.")
    @APIResponse(responseCode = "200", description = "merged",
            content = @Content(schema = @Schema(implementation = MergeResult.class)))
    public MergeResult merge(@Parameter(example = "person:lukashenko") @PathParam("id") String id,
                             MergeInput input) {
        return entities.merge(id, input == null ? null : input.from(), user.name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
