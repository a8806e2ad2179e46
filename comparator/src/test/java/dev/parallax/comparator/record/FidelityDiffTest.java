package dev.parallax.comparator.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.record.FidelityDiff.Mark;
import dev.parallax.comparator.record.FidelityDiff.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation beside the record's passage, word by word, for the pages and reports. */
class FidelityDiffTest {
    private static String join(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    @Test
    void bothSidesGiveTheirTextBackAndTheChangedWordsAreMarked() {
        String quote = "it is five years since the pact was signed";
        String record = "And it is three years since the pact was signed, so we will review it.";
        FidelityDiff d = FidelityDiff.of(quote, record);
        assertEquals(quote, join(d.quote()));
        assertEquals(record, join(d.record()));
        assertTrue(d.quote().stream().anyMatch(p -> p.mark() == Mark.CHANGED && p.text().equals("five")), d.toString());
        assertTrue(d.record().stream().anyMatch(p -> p.mark() == Mark.CHANGED && p.text().equals("three")), d.toString());
        assertEquals(List.of("'three' → 'five'"), d.changes());
    }

    @Test
    void theRecordsWordsBeforeAndAfterWhatIsQuotedAreContextNotChanges() {
        FidelityDiff d = FidelityDiff.of("will harvest more grain", "Our farmers did well: we will harvest more grain than last year.");
        assertTrue(d.changes().isEmpty(), d.changes().toString());
        assertEquals(Mark.CONTEXT, d.record().get(0).mark());
        assertEquals(Mark.CONTEXT, d.record().get(d.record().size() - 1).mark());
    }

    @Test
    void aLostWordShowsOnTheRecordsSideOnly() {
        FidelityDiff d = FidelityDiff.of("threats keep me awake at night", "threats don't keep me up at night");
        assertTrue(d.record().stream().anyMatch(p -> p.mark() == Mark.ONLY && p.text().contains("don't")), d.toString());
    }

    @Test
    void withoutAPassageTheQuotationStandsAlone() {
        FidelityDiff d = FidelityDiff.of("not about a particular decision", null);
        assertEquals("not about a particular decision", join(d.quote()));
        assertTrue(d.record().isEmpty());
    }
}
