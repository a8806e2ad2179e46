package dev.parallax.web.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * OpenAPI front matter. Who may call what is in docs/security.md; writes need a role
 * (HTTP Basic, an API token as Bearer, or a session from the login page).
 */
@OpenAPIDefinition(info = @Info(title = "Parallax API", version = "0.1",
        description = "Articles from many outlets, compared claim by claim. Errors are application/problem+json "
                + "(RFC 9457) with an errors list naming each field, file or line to fix."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "an API token from POST /api/tokens")
public class ParallaxApi extends Application {}
