package dev.parallax.web.api;

import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.security.TokenService;
import dev.parallax.web.security.UserService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Every signed-in user manages their own API tokens; admins may list and revoke anyone's. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@Requires(Role.VIEWER)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class TokenResource {
    private final TokenService tokens;
    private final UserService users;
    private final CurrentUser currentUser;

    public TokenResource(TokenService tokens, UserService users, CurrentUser currentUser) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token for yourself",
            description = "201 with the token's secret in `token`, shown this once: send it as "
                    + "`Authorization: Bearer <token>`. The token acts with your role.")
    @APIResponse(responseCode = "201", description = "The token, with its secret in token (shown this once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)),
            headers = @Header(name = "Location", description = "/api/tokens/{id}"))
    public Response create(TokenInput input, UriInfo uri) {
        TokenView token = tokens.issue(currentUser.id(), input == null ? null : input.name());
        return Response.created(uri.getBaseUriBuilder().path("api/tokens").path(String.valueOf(token.id())).build())
                .entity(token).build();
    }

    @GET
    @Operation(summary = "Your live API tokens, without secrets",
            description = "Admins may name another user with ?user=NAME.")
    public List<TokenView> list(@RestQuery String user) {
        if (user == null || user.isBlank() || user.equals(currentUser.username())) {
            return tokens.list(currentUser.id());
        }
        if (!currentUser.has(Role.ADMIN)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "only admins may list another user's tokens",
                    List.of(Problem.Error.field("user", "leave it out to list your own tokens")));
        }
        return tokens.list(users.get(user).id());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token", description = "204; it authenticates no one from now on. "
            + "Yours, or anyone's for admins.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("id", "must be a token id (a number), got '" + id + "'");
        }
        tokens.revoke(tokenId, currentUser.id(), currentUser.has(Role.ADMIN));
        return Response.noContent().build();
    }
}
