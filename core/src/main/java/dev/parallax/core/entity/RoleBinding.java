package dev.parallax.core.entity;

import java.time.LocalDate;

/**
 * A role phrase ("belarusian president") that refers to an entity, possibly only between two dates.
 *
 * @param phrase   lower-case phrase without a leading determiner
 * @param entityId the entity it refers to
 * @param from     first day it applies (inclusive), or null for always
 * @param to       day it stopped applying (exclusive), or null for still
 * @param generic  a phrase many entities share ("the president"): resolved from context
 */
public record RoleBinding(String phrase, String entityId, LocalDate from, LocalDate to, boolean generic) {

    /** True when the role applied on {@code day}; when {@code day} is unknown, true for roles still held. */
    public boolean appliesOn(LocalDate day) {
        if (day == null) {
            return to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
