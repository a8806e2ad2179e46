package dev.parallax.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entity and how the outlets write its name.
 *
 * @param id       gazetteer id ("person:lukashenko") or, for a name the gazetteer lacks, "unknown:..."
 * @param name     canonical name; for an unknown entity the spelling seen most often
 * @param kind     PERSON, PLACE, ORGANIZATION, WEAPON, BODY, EVENT, OTHER, or UNKNOWN
 * @param known    true when the gazetteer (with stored aliases and merges) knows it
 * @param aliases  every spelling it is linked by: the gazetteer's, stored ones and merged entities' names
 * @param added    the aliases editors stored, oldest first
 * @param merged   ids of the entities merged into this one
 * @param mentions stored mentions in all articles
 * @param articles articles mentioning it
 * @param surfaces outlet name -> spelling as written -> how many times, both sorted by name
 */
@Schema(example = """
        {"id": "person:lukashenko", "name": "Alexander Lukashenko", "kind": "PERSON", "known": true,
         "aliases": ["Lukashenko", "Lukashenka", "Alyaksandr Lukashenka"], "added": ["Batka"],
         "merged": ["unknown:alexandr-lukashenka"], "mentions": 8, "articles": 3,
         "surfaces": {"BelTA": {"Alyaksandr Lukashenka": 3}, "Reuters": {"Alexander Lukashenko": 5}}}""")
public record EntityView(String id, String name, String kind, boolean known, List<String> aliases, List<String> added,
                         List<String> merged, long mentions, long articles,
                         Map<String, Map<String, Long>> surfaces) {}
