package dev.parallax.web.api;

/**
 * A new user ({@code POST /api/users}) or a change to one ({@code PATCH}: role, password or both).
 *
 * @param role viewer, fact-checker, editor or admin
 */
public record UserInput(String username, String password, String role) {}
