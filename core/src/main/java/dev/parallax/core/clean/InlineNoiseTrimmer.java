package dev.parallax.core.clean;

import dev.parallax.core.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims noise glued to the end of a line of text: a photographer's credit after a caption
 * ("... in front of the flags (© A. Person/Agency)") and an editor's initials closing a wire story
 * ("... after the talks. [ab/cd]"). The line stays; what was cut is recorded as a {@link Removal}.
 * Stateless.
 */
final class InlineNoiseTrimmer {
    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s*\\(\\s*©[^()]{1,120}\\)\\s*$");
    private static final Pattern EDITOR_INITIALS = Pattern.compile("\\s*\\[[a-z]{1,4}(?:/[a-z]{1,4})+\\]\\s*$");

    List<Line> trim(List<Line> lines, List<Removal> removed) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String text = line.text();
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            char last = end == 0 ? ' ' : text.charAt(end - 1);
            if (last != ')' && last != ']') {
                out.add(line);
                continue;
            }
            Matcher m = (last == ')' ? TRAILING_CREDIT : EDITOR_INITIALS).matcher(text);
            if (m.find() && m.start() > 0) {
                removed.add(new Removal(m.group().strip(), last == ')' ? "photo-credit" : "editor-initials", line.number()));
                out.add(line.withText(text.substring(0, m.start())));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
