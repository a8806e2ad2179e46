package dev.parallax.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    @Test
    void shippedGazetteerCoversTheCoreEntitiesAndReadsCleanly() {
        Gazetteer g = Gazetteer.defaults();
        assertEquals(List.of(), g.problems());
        for (String id : List.of("person:putin", "person:lukashenko", "person:peskov", "person:lavrov", "person:shoigu",
                "person:makei", "person:ryzhenkov", "person:zelensky", "place:kremlin", "place:moscow", "place:minsk",
                "place:st-petersburg", "place:sochi", "place:valaam", "place:konstantinovsky-palace",
                "place:palace-of-independence", "place:belarus", "place:russia", "place:ukraine", "place:kyiv",
                "org:union-state", "org:supreme-state-council", "weapon:iskander", "weapon:s-400", "weapon:oreshnik",
                "weapon:su-24", "org:csto", "org:eaeu", "org:nato", "org:interfax", "org:tass", "org:belta",
                "org:reuters", "org:efe", "org:europa-press", "org:ria-novosti")) {
            assertTrue(g.entity(id).isPresent(), id);
        }
    }

    @Test
    void anExternalFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("g.tsv");
        Files.writeString(file, "# test\nperson:ivanov\tPERSON\tIvan Ivanov\tIvanov|Iwanow\tmayor of minsk@2020-01-01..\n"
                + "broken line\nx:y\tNOPE\tY\n");
        Gazetteer g = Gazetteer.load(file);
        assertEquals(1, g.entities().size());
        assertEquals(2, g.problems().size(), g.problems().toString());
        RoleBinding role = g.roles().get(0);
        assertEquals("mayor of minsk", role.phrase());
        assertTrue(role.appliesOn(LocalDate.of(2021, 5, 1)));
        assertTrue(!role.appliesOn(LocalDate.of(2019, 5, 1)));
        EntityLinker linker = new EntityLinker(g);
        var m = linker.link(new dev.parallax.core.segment.SentenceSegmenter().segment("The mayor of Minsk met Iwanow.")
                .sentences(), LocalDate.of(2022, 1, 1));
        assertEquals(List.of("person:ivanov", "person:ivanov"), m.stream().map(x -> x.entityId()).toList());
    }

    @Test
    void badDatesInRolesAreReportedNotThrown() throws IOException {
        Gazetteer g = Gazetteer.parse(new StringReader("p:x\tPERSON\tX Y\t\tleader@20xx..\n"), "mem");
        assertEquals(1, g.problems().size());
    }

    @Test
    void aPlaceLiesInThePlacesItsLastColumnNamesAndInTheirs() throws IOException {
        Gazetteer g = Gazetteer.parse(new StringReader("place:r\tPLACE\tRegion\n"
                + "place:c\tPLACE\tCountry\t\t\tplace:r\n"
                + "place:t\tPLACE\tTown\tBurg\t\tplace:c\n"
                + "place:x\tPLACE\tElsewhere\t\t\tplace:nowhere\n"), "mem");
        assertTrue(g.within("place:t", "place:c"));
        assertTrue(g.within("place:t", "place:r"));
        assertFalse(g.within("place:r", "place:t"));
        assertFalse(g.within("place:c", "place:x"));
        assertEquals(List.of("place:c"), g.entity("place:t").orElseThrow().within());
        assertEquals(1, g.problems().size(), g.problems().toString());
        assertTrue(g.problems().get(0).contains("place:nowhere"), g.problems().toString());
        // the shipped data: the Middle East and the Korean Peninsula hold their countries
        assertTrue(Gazetteer.defaults().within("place:gaza", "place:middle-east"));
        assertTrue(Gazetteer.defaults().within("place:pyongyang", "place:korean-peninsula"));
        assertTrue(Gazetteer.defaults().problems().isEmpty(), Gazetteer.defaults().problems().toString());
    }
}
