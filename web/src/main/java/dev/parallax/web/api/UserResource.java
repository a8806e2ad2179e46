package dev.parallax.web.api;

import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.security.UserService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@Requires(Role.ADMIN)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class UserResource {
    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "Every user with its role, by name (admins only)")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user", description = "Body: username, password (8 to 72 bytes), role (viewer, "
            + "fact-checker, editor, admin). 201 with the user; 409 when the name is taken.")
    @APIResponse(responseCode = "201", description = "The user; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)),
            headers = @Header(name = "Location", description = "/api/users/{username}"))
    @APIResponse(responseCode = "409", description = "The user name is taken (user-exists)")
    public Response create(UserInput input, UriInfo uri) {
        UserInput body = required(input);
        UserView user = users.create(body.username(), body.password(), body.role());
        return Response.created(uri.getBaseUriBuilder().path("api/users").path(user.username()).build())
                .entity(user).build();
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role, password or both",
            description = "A new password signs the user out of every page session; API tokens stay. 409 when this "
                    + "would leave no admin.")
    @APIResponse(responseCode = "200", description = "The user as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "This would leave no admin (last-admin)")
    public UserView update(@PathParam("username") String username, UserInput input) {
        UserInput body = required(input);
        if (body.username() != null && !body.username().equals(username)) {
            throw ProblemException.badField("username", "cannot be changed; leave it out");
        }
        return users.update(username, Optional.ofNullable(body.role()), Optional.ofNullable(body.password()));
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Delete a user and its API tokens and sessions",
            description = "204; 409 when it is the last admin. Reviews and audit rows keep the name.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The last admin cannot be deleted (last-admin)")
    public Response delete(@PathParam("username") String username) {
        users.delete(username);
        return Response.noContent().build();
    }

    private static UserInput required(UserInput input) {
        if (input == null) {
            throw ProblemException.badField("body", "is required: a JSON object with username, password and role");
        }
        return input;
    }
}
