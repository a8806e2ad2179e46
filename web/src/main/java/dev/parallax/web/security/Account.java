package dev.parallax.web.security;

/** A signed-in user as the access checks see it. */
public record Account(long id, String username, Role role) {}
