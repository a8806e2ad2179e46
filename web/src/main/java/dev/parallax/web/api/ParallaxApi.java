package dev.parallax.web.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** OpenAPI front matter; reads are public, writes need the admin's HTTP Basic credentials. */
@OpenAPIDefinition(info = @Info(title = "Parallax API", version = "0.1",
        description = "Articles from many outlets, compared claim by claim. Errors are application/problem+json "
                + "(RFC 9457) with an errors list naming each field, file or line to fix."))
@SecurityScheme(securitySchemeName = "admin", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ParallaxApi extends Application {}
