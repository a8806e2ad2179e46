package dev.parallax.core.model;

import java.util.List;

/**
 * Something the gazetteer knows: a person, place, organization, weapon system or body.
 *
 * @param id      stable identifier such as "person:lukashenko"
 * @param name    canonical display name
 * @param aliases other spellings and transliterations
 * @param roles   role phrases that refer to it ("the Belarusian leader"), possibly time-bound in the data file
 */
public record Entity(String id, String name, EntityKind kind, List<String> aliases, List<String> roles) {
    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
