package dev.parallax.core.claim;

import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.Token;
import java.util.Set;

/**
 * Recognizes a subhead: a short line of its own below the headline, in Title Case, with no final
 * punctuation ("Talks On Air Defence Continue In Minsk", "Grain Deals and Border Queues"). It labels
 * the section that follows; it stays in the text (offsets and reading need it) but states nothing a
 * fact-checker could check, so it is not a claim. The headline (the first paragraph) may still be one.
 * Sentence case lines ("Lukashenko meets the council") are not subheads: they read as statements.
 * Works on the sentence's tokens only; stateless.
 */
public final class SubheadRecognizer {
    /** Short words Title Case leaves in lower case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "as", "amid", "amidst", "over", "into", "via", "vs", "per", "than",
            "after", "before", "about", "against", "between", "during", "under", "upon", "without", "within", "up",
            "off", "out", "near", "onto", "across", "among", "is", "are", "be");
    private final int maxWords;

    /** @param maxWords the longest line still read as a subhead */
    public SubheadRecognizer(int maxWords) {
        this.maxWords = maxWords;
    }

    public SubheadRecognizer() {
        this(14);
    }

    /** True when {@code s} is a Title Case subhead of {@code text}. */
    public boolean isSubhead(String text, Sentence s) {
        if (s.paragraph() == 0 || s.tokens().isEmpty() || !ownLine(text, s.start(), s.end())) {
            return false;
        }
        String t = s.text();
        int e = t.length();
        while (e > 0 && ")]”\"»’'".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0 || !Character.isLetterOrDigit(t.charAt(e - 1))) {
            return false; // a full stop, colon, question or exclamation mark ends a sentence, not a label
        }
        int words = 0;
        int capitalized = 0;
        for (Token token : s.tokens()) {
            int first = token.text().codePointAt(0);
            if (!Character.isLetter(first)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(first)) {
                capitalized++;
            } else if (!MINOR_WORDS.contains(token.norm())) {
                return false;
            }
        }
        return words >= 2 && words <= maxWords && capitalized >= 2;
    }

    /** Nothing but spaces between the sentence and the line breaks (or text ends) around it. */
    private static boolean ownLine(String text, int start, int end) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
