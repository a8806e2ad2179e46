package dev.parallax.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who sent the current request, as {@link AccessFilter} established it: a user with a role, or
 * anonymous. Inject it to record who made a change ({@link #name()}) or to show the user in a page
 * ({@code {inject:currentUser.name}} in Qute).
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {
    /** How the request proved who it came from. */
    public enum Method { NONE, BASIC, BEARER, SESSION }

    private Long id;
    private String username;
    private Role role;
    private Method method = Method.NONE;
    private String csrf;

    void signIn(Long id, String username, Role role, Method method, String csrf) {
        this.id = id;
        this.username = username;
        this.role = role;
        this.method = method;
        this.csrf = csrf;
    }

    public boolean isAnonymous() {
        return username == null;
    }

    /** The user's id in table {@code users}, or null when anonymous. */
    public Long id() {
        return id;
    }

    /** The user name, or null when anonymous. */
    public String username() {
        return username;
    }

    /** The user name, or {@code "anonymous"}: what an audit row records as "who". */
    public String name() {
        return username == null ? "anonymous" : username;
    }

    /** The role, or null when anonymous. */
    public Role role() {
        return role;
    }

    /** True when signed in with a role that covers {@code required}. */
    public boolean has(Role required) {
        return role != null && role.covers(required);
    }

    public Method method() {
        return method;
    }

    /**
     * The CSRF token of the signed-in session, to put in every form a page renders as a hidden
     * field named {@code csrf} (or send as header {@code X-CSRF-Token}); empty without a session.
     */
    public String csrf() {
        return csrf == null ? "" : csrf;
    }
}
