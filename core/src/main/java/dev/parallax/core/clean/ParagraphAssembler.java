package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns cleaned lines into paragraphs separated by "\n\n". Each line is a paragraph, except that a
 * line which stops mid-sentence (no closing punctuation) and is followed by a line starting in
 * lower case is joined to it: that is hard-wrapped text, not two paragraphs.
 */
public final class ParagraphAssembler {

    public List<String> paragraphs(List<Line> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean previousBlank = true;
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                previousBlank = true;
                continue;
            }
            if (!current.isEmpty() && !previousBlank && continuesSentence(current, text)) {
                current.append(' ').append(text);
            } else {
                flush(current, out);
                current.append(text);
            }
            previousBlank = false;
        }
        flush(current, out);
        return out;
    }

    public String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static boolean continuesSentence(StringBuilder previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        boolean open = Character.isLetterOrDigit(last) || last == ',';
        return open && Character.isLowerCase(next.codePointAt(0));
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
