package dev.parallax.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lowest role that may call a resource method (or every method of a resource class; the
 * method's own annotation wins). Enforced by {@link AccessFilter}: no or wrong credentials give
 * 401, a role below this one 403.
 *
 * <p>Without this annotation a GET/HEAD (or a {@link ReadOnly} method) is a read: a signed-in
 * viewer, or anyone when {@code parallax.security.public-reads} is on; any other method needs a
 * signed-in viewer. With it, the user must be signed in whatever the configuration, so
 * {@code @Requires(Role.VIEWER)} means "any signed-in user". Writes should always name their
 * role: {@code @Requires(Role.EDITOR)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {
    Role value();
}
