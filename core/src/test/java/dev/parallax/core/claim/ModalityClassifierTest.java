package dev.parallax.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.Modality;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModalityClassifierTest {
    private final ModalityClassifier classifier = new ModalityClassifier();

    @Test
    void mayTheMonthIsNotAHedge() {
        assertEquals(Modality.ASSERTED, classifier.classify("The council met in May and again in mid-May."));
        assertEquals(Modality.ASSERTED, classifier.classify("The talks were held on 9 May in the capital."));
        assertEquals(Modality.ASSERTED, classifier.classify("The summit opened May 9, 2024, with a parade."));
        assertEquals(Modality.HEDGED, classifier.classify("The ministers may meet again in May."));
        assertEquals(Modality.HEDGED, classifier.classify("Talks may resume after the holiday."));
    }

    /** The month test as it was written first, a look-behind pattern, kept here as the reference. */
    private static final Pattern MONTH_MAY = Pattern.compile("(?<=\\b(?:\\d{1,2}|in|of|since|until|till|by|from|early"
            + "|late|mid|last|next|this|through|before|after)[ -])may\\b|\\bmay(?=,?\\s+\\d)");

    @Test
    void theMonthScanAgreesWithTheLookBehindPattern() {
        String[] pieces = {"may", "may ", " may", "in ", "mid-", "19 ", "119 ", "2 ", "of", "dismay", "mayor", ", ", " 5",
                ",", " ", "-", "last ", "within ", "by", "x", "_", "may,", "may 1", "early-may", "éin "};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String lower = text.toString();
            assertEquals(MONTH_MAY.matcher(lower).replaceAll("mon"), ModalityClassifier.withoutMonthMay(lower), lower);
        }
    }
}
