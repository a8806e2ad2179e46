package dev.parallax.core.model;

import java.util.List;

/**
 * Something the gazetteer knows: a person, place, organization, weapon system or body.
 *
 * @param id      stable identifier such as "person:lukashenko"
 * @param name    canonical display name
 * @param aliases other spellings and transliterations
 * @param roles   role phrases that refer to it ("the Belarusian leader"), possibly time-bound in the data file
 * @param within  ids of the places a place lies in ("place:middle-east" for Israel), empty when the data says none
 */
public record Entity(String id, String name, EntityKind kind, List<String> aliases, List<String> roles, List<String> within) {
    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        within = List.copyOf(within);
    }
}
