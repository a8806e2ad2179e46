package dev.parallax.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.entity.EntityLinker;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.model.Entity;
import dev.parallax.core.segment.SentenceSegmenter;
import dev.parallax.core.segment.Tokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerOverlayTest {
    private static final String BASE = String.join("\n",
            "# a comment stays",
            "person:brandt\tPERSON\tOlga Brandt\tBrandt|O. Brandt\tharbour minister@2020-01-01..",
            "person:brant\tPERSON\tOla Brant\tBrant\tport chief@",
            "place:quay\tPLACE\tOld Quay\t\t",
            "");

    private static Gazetteer parse(String tsv) throws IOException {
        Gazetteer g = Gazetteer.parse(new StringReader(tsv), "test");
        assertEquals(List.of(), g.problems());
        return g;
    }

    @Test
    void withNothingStoredTheFileIsUnchanged() {
        assertEquals(BASE, GazetteerOverlay.apply(BASE, List.of(), List.of()));
    }

    @Test
    void anAliasIsAppendedOnceWhateverItsCase() throws IOException {
        String tsv = GazetteerOverlay.apply(BASE, List.of(new GazetteerOverlay.Alias("person:brandt", "Olya Brandt"),
                new GazetteerOverlay.Alias("person:brandt", "BRANDT"),
                new GazetteerOverlay.Alias("person:nobody", "Nobody")), List.of());
        Entity brandt = parse(tsv).entity("person:brandt").orElseThrow();
        assertEquals(List.of("Brandt", "O. Brandt", "Olya Brandt"), brandt.aliases());
        assertTrue(parse(tsv).entity("person:nobody").isEmpty());
    }

    @Test
    void aMergedEntityGivesItsNamesAndRolesToTheOneItJoins() throws IOException {
        String tsv = GazetteerOverlay.apply(BASE, List.of(new GazetteerOverlay.Alias("person:brant", "Ola Brantova")),
                List.of(new GazetteerOverlay.Merge("person:brant", "person:brandt")));
        Gazetteer g = parse(tsv);
        assertTrue(g.entity("person:brant").isEmpty());
        Entity brandt = g.entity("person:brandt").orElseThrow();
        assertEquals(List.of("Brandt", "O. Brandt", "Ola Brant", "Brant", "Ola Brantova"), brandt.aliases());
        assertTrue(g.roles().stream().anyMatch(r -> r.phrase().equals("port chief") && r.entityId().equals("person:brandt")));

        EntityLinker linker = new EntityLinker(g);
        var sentences = new SentenceSegmenter(new Tokenizer(), 2000).segment("Ola Brant visited the Old Quay.").sentences();
        assertTrue(linker.link(sentences, LocalDate.of(2024, 1, 1)).stream()
                .anyMatch(m -> m.entityId().equals("person:brandt") && m.surface().equals("Ola Brant")));
    }

    @Test
    void chainsOfMergesEndAtTheEntityThatRemains() throws IOException {
        String tsv = GazetteerOverlay.apply(BASE, List.of(), List.of(
                new GazetteerOverlay.Merge("place:quay", "person:brant"),
                new GazetteerOverlay.Merge("person:brant", "person:brandt")));
        Gazetteer g = parse(tsv);
        assertEquals(List.of("person:brandt"), g.entities().stream().map(Entity::id).toList());
        assertTrue(g.entity("person:brandt").orElseThrow().aliases().contains("Old Quay"));
        assertEquals(tsv, GazetteerOverlay.apply(BASE, List.of(), List.of(
                new GazetteerOverlay.Merge("place:quay", "person:brant"),
                new GazetteerOverlay.Merge("person:brant", "person:brandt"))));
    }
}
