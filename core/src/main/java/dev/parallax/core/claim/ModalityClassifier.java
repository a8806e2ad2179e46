package dev.parallax.core.claim;

import dev.parallax.core.model.Modality;
import java.util.regex.Pattern;

/**
 * How firmly a statement is made, read from its wording. The first family that matches wins, in
 * this order: CONDITIONAL ("if", "unless"), DENIED ("denied", "did not", "never"), HEDGED ("may",
 * "reportedly", "is said to", "according to unconfirmed"), EXPECTED ("is expected to", "will", reported "would",
 * "plans to", "is scheduled"), else ASSERTED. Stateless.
 */
public final class ModalityClassifier {
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(if|unless|provided\\s+that|on\\s+condition\\s+that|in\\s+case\\s+of)\\b");
    private static final Pattern DENIED = Pattern.compile("\\b(denied|denies|deny|denying|did\\s+not|didn[’']t|does\\s+not"
            + "|doesn[’']t|has\\s+not|hasn[’']t|have\\s+not|never|rejected|refuted|dismissed|not\\s+true|no\\s+plans?)\\b");
    private static final Pattern HEDGED = Pattern.compile("\\b(may|might|could|reportedly|allegedly|(?:is|are|was|were)\\s+said\\s+to"
            + "|according\\s+to\\s+unconfirmed|unconfirmed|apparently|possibly|probably|likely|purportedly|rumou?red"
            + "|appears?\\s+to|seems?\\s+to|it\\s+is\\s+believed)\\b");
    private static final Pattern EXPECTED = Pattern.compile("\\b(expected\\s+to|it\\s+is\\s+expected|will|would|[’']ll|shall"
            + "|plans?\\s+to|planning\\s+to|(?:is|are)\\s+scheduled|scheduled\\s+to|(?:is|are)\\s+due\\s+to|(?:is|are)\\s+set\\s+to"
            + "|intends?\\s+to|(?:is|are)\\s+going\\s+to|upcoming)");

    /** Words one of which must occur for the family's pattern to have a chance: most sentences skip most patterns. */
    private static final String[] CONDITIONAL_HINTS = {"if", "unless", "provided", "condition", "case"};
    private static final String[] DENIED_HINTS = {"den", "not", "n't", "n’t", "never", "reject", "refut", "dismiss", "no plan"};
    private static final String[] HEDGED_HINTS = {"may", "might", "could", "reported", "alleged", "said to", "unconfirmed",
            "apparent", "possib", "probab", "likely", "purported", "rumo", "appear", "seem", "believed"};
    private static final String[] EXPECTED_HINTS = {"expect", "will", "would", "'ll", "’ll", "shall", "plan", "schedul", "due",
            "set to", "intend", "going to", "upcoming"};

    public Modality classify(String text) {
        // lower-cased once, so the patterns need no case-insensitive matching (measurably faster)
        String statement = text.toLowerCase(java.util.Locale.ROOT);
        if (mayMatch(statement, CONDITIONAL_HINTS) && CONDITIONAL.matcher(statement).find()) {
            return Modality.CONDITIONAL;
        }
        if (mayMatch(statement, DENIED_HINTS) && DENIED.matcher(statement).find()) {
            return Modality.DENIED;
        }
        if (mayMatch(statement, HEDGED_HINTS) && HEDGED.matcher(statement).find()) {
            return Modality.HEDGED;
        }
        if (mayMatch(statement, EXPECTED_HINTS) && EXPECTED.matcher(statement).find()) {
            return Modality.EXPECTED;
        }
        return Modality.ASSERTED;
    }

    private static boolean mayMatch(String statement, String[] hints) {
        for (String h : hints) {
            if (statement.contains(h)) {
                return true;
            }
        }
        return false;
    }
}
