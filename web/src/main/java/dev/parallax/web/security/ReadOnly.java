package dev.parallax.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST (or other non-GET) method that changes nothing, such as comparing posted articles: it
 * counts as a read, so it is public when {@code parallax.security.public-reads} is on and needs a
 * viewer otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadOnly {}
