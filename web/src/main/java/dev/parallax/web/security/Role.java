package dev.parallax.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do, in rising order: each role may do everything the roles before it may.
 * Viewers read, fact-checkers review, editors import, delete and edit entities and outlets,
 * admins manage users.
 */
public enum Role {
    VIEWER("viewer"),
    FACT_CHECKER("fact-checker"),
    EDITOR("editor"),
    ADMIN("admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name stored in {@code users.role} and used in JSON: viewer, fact-checker, editor, admin. */
    public String label() {
        return label;
    }

    /** True when this role may do what {@code required} may. */
    public boolean covers(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** Reads a label or enum name, ignoring case; {@code fact_checker} and {@code FACT-CHECKER} work too. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.label.equals(wanted)).findFirst();
    }

    /** "viewer, fact-checker, editor, admin", for messages that say what is accepted. */
    public static String labels() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
