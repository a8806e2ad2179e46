package dev.parallax.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The front door leads to the list a fact-checker starts from. */
@Path("/")
public class HomePage {
    @GET
    public Response home() {
        return Response.seeOther(URI.create("/events")).build();
    }
}
