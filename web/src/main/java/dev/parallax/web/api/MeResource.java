package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {
    private final CurrentUser currentUser;

    public MeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * @param method basic, bearer or session
     * @param csrf   with a page session: the token to send back with every change (header X-CSRF-Token)
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Me(@Schema(required = true) String username, @Schema(required = true) String role, @Schema(required = true) String method, String csrf) {}

    @GET
    @Requires(Role.VIEWER)
    @Operation(summary = "Who you are signed in as, with which role")
    public Me get() {
        return new Me(currentUser.username(), currentUser.role().label(),
                currentUser.method().name().toLowerCase(java.util.Locale.ROOT), currentUser.csrf());
    }
}
