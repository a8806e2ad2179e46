package dev.parallax.core.claim;

import dev.parallax.core.model.Modality;
import java.util.regex.Pattern;

/**
 * How firmly a statement is made, read from its wording. The first family that matches wins, in
 * this order: CONDITIONAL ("if", "unless"), DENIED ("denied", "did not", "never"), HEDGED ("may",
 * "reportedly", "is said to", "according to unconfirmed"), EXPECTED ("is expected to", "will",
 * "plans to", "is scheduled"), else ASSERTED. Stateless.
 */
public final class ModalityClassifier {
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(if|unless|provided\\s+that|on\\s+condition\\s+that|in\\s+case\\s+of)\\b");
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(denied|denies|deny|denying|did\\s+not|didn[’']t|does\\s+not"
            + "|doesn[’']t|has\\s+not|hasn[’']t|have\\s+not|never|rejected|refuted|dismissed|not\\s+true|no\\s+plans?)\\b");
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(may|might|could|reportedly|allegedly|(?:is|are|was|were)\\s+said\\s+to"
            + "|according\\s+to\\s+unconfirmed|unconfirmed|apparently|possibly|probably|likely|purportedly|rumou?red"
            + "|appears?\\s+to|seems?\\s+to|it\\s+is\\s+believed)\\b");
    private static final Pattern EXPECTED = Pattern.compile("(?i)\\b(expected\\s+to|it\\s+is\\s+expected|will|[’']ll|shall"
            + "|plans?\\s+to|planning\\s+to|(?:is|are)\\s+scheduled|scheduled\\s+to|(?:is|are)\\s+due\\s+to|(?:is|are)\\s+set\\s+to"
            + "|intends?\\s+to|(?:is|are)\\s+going\\s+to|upcoming)");

    public Modality classify(String statement) {
        if (CONDITIONAL.matcher(statement).find()) {
            return Modality.CONDITIONAL;
        }
        if (DENIED.matcher(statement).find()) {
            return Modality.DENIED;
        }
        if (HEDGED.matcher(statement).find()) {
            return Modality.HEDGED;
        }
        if (EXPECTED.matcher(statement).find()) {
            return Modality.EXPECTED;
        }
        return Modality.ASSERTED;
    }
}
