package dev.parallax.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Query and path parameters are names, ids, dates and search words: none of them holds a control
 * character. PostgreSQL cannot even store NUL, so one would surface as a database error; it is
 * refused here as a 400 that names the parameter.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters(true));
        for (String segment : request.getUriInfo().getPath(true).split("/")) {
            if (hasControlCharacter(segment)) {
                throw ProblemException.badField("path", "the path contains a control character");
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                throw ProblemException.badField("query", "a parameter name contains a control character");
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    throw ProblemException.badField(parameter.getKey(), "contains a control character (such as NUL); "
                            + "send plain text");
                }
            }
        }
    }

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
