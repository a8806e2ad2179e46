package dev.parallax.core.clean;

import dev.parallax.core.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops whole lines that are not article text: lines matching a {@link BoilerplateRule}, lines
 * learned as the outlet's own boilerplate, and captions or labels repeated a few lines apart (a
 * scraped photo caption usually appears twice; article text does not repeat itself).
 */
public final class BoilerplateLineFilter {

    /** Lines after a line within which a repeat counts as a duplicate caption. */
    private static final int DUPLICATE_WINDOW = 6;
    /** Raw lines between a photo credit and the caption it belongs to. */
    private static final int CAPTION_CREDIT_DISTANCE = 3;
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?\"”’»…]$");
    /** The most a caption's second copy may add to the first (a photographer's credit), in characters. */
    private static final int MAX_CREDIT_CHARS = 80;
    /** A media title is a short line right above the player's remnants. */
    private static final int MEDIA_TITLE_MAX_WORDS = 16;

    private final List<BoilerplateRule> rules;
    private final int maxRuleLineLength;

    public BoilerplateLineFilter(List<BoilerplateRule> rules, int maxRuleLineLength) {
        this.rules = List.copyOf(rules);
        this.maxRuleLineLength = maxRuleLineLength;
    }

    public record Result(List<Line> kept, List<Removal> removed) {}

    /**
     * @param lines          normalized lines (blank lines kept, to preserve paragraph breaks)
     * @param outlet         the outlet's name, for its masthead and slogan line; may be null
     * @param outletLines    keys of lines learned as this outlet's boilerplate
     * @param protectedKeys  keys of lines never dropped as duplicates (the headline)
     */
    public Result filter(List<Line> lines, String outlet, Set<String> outletLines, Set<String> protectedKeys) {
        List<Removal> removed = new ArrayList<>();
        List<Line> afterRules = new ArrayList<>(lines.size());
        List<String> afterRulesKeys = new ArrayList<>(lines.size());
        String outletKey = outlet == null ? null : OutletBoilerplateLearner.key(outlet);
        for (Line line : lines) {
            // each line's key is made once: the rules, the outlet's lines and the duplicate check all use it
            String key = line.isBlank() || line.text().length() > maxRuleLineLength
                    ? null : OutletBoilerplateLearner.key(line.text());
            String reason = key == null ? null : reasonFor(line.text(), key, outletKey, outletLines);
            if (reason == null) {
                afterRules.add(line);
                afterRulesKeys.add(key);
            } else {
                removed.add(new Removal(line.raw().strip(), reason, line.number()));
            }
        }
        dropMediaTitles(afterRules, afterRulesKeys, removed);
        List<Line> kept = dropDuplicates(afterRules, afterRulesKeys, protectedKeys, removed);
        removed.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(kept, removed);
    }

    /** The reason a line is boilerplate, or null when it is article text. */
    String reasonFor(String text, String outletKey, Set<String> outletLines) {
        if (text.length() > maxRuleLineLength) {
            return null;
        }
        return reasonFor(text, OutletBoilerplateLearner.key(text), outletKey, outletLines);
    }

    private String reasonFor(String text, String key, String outletKey, Set<String> outletLines) {
        if (!outletLines.isEmpty() && outletLines.contains(key)) {
            return "outlet-boilerplate";
        }
        if (outletKey != null && !outletKey.isEmpty() && isMasthead(key, outletKey)) {
            return "slogan";
        }
        for (BoilerplateRule rule : rules) {
            if (rule.matches(text, key)) {
                return rule.reason();
            }
        }
        return null;
    }

    /** The outlet's name alone, or followed by its tagline ("NewsPulse24 – News at the speed of now"). */
    private static boolean isMasthead(String key, String outletKey) {
        if (key.equals(outletKey)) {
            return true;
        }
        if (!key.startsWith(outletKey) || key.length() > outletKey.length() + 80 || key.endsWith(".")) {
            return false;
        }
        String rest = key.substring(outletKey.length()).stripLeading();
        return !rest.isEmpty() && "-–|:•·".indexOf(rest.charAt(0)) >= 0;
    }

    /**
     * The title of an embedded video or audio clip: the short unpunctuated line right above the player's
     * remnants ("please wait", "No media source currently available"). It names another piece, not this
     * article's text, so it goes with the player.
     */
    private static void dropMediaTitles(List<Line> lines, List<String> keys, List<Removal> removed) {
        java.util.Set<Integer> players = new java.util.HashSet<>();
        for (Removal r : removed) {
            if (r.reason().equals("media-player")) {
                players.add(r.line());
            }
        }
        if (players.isEmpty()) {
            return;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.isBlank() || !(players.contains(line.number() + 1) || players.contains(line.number() + 2)
                    && (i + 1 >= lines.size() || lines.get(i + 1).number() != line.number() + 1
                    || lines.get(i + 1).isBlank()))) {
                continue;
            }
            if (ENDS_SENTENCE.matcher(line.text()).matches() || wordCount(line.text()) > MEDIA_TITLE_MAX_WORDS) {
                continue;
            }
            removed.add(new Removal(line.raw().strip(), "media-title", line.number()));
            lines.remove(i);
            keys.remove(i);
        }
    }

    /** @param lineKeys each line's key, null for blank lines and lines too long for the rules */
    private List<Line> dropDuplicates(List<Line> lines, List<String> lineKeys, Set<String> protectedKeys,
            List<Removal> removed) {
        // a caption sits next to its photo credit: near one, even a full sentence repeated is a caption
        Set<Integer> creditLines = new java.util.HashSet<>();
        for (Removal r : removed) {
            if (r.reason().equals("photo-credit")) {
                for (int d = -CAPTION_CREDIT_DISTANCE; d <= CAPTION_CREDIT_DISTANCE; d++) {
                    creditLines.add(r.line() + d);
                }
            }
        }
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lineKeys.get(i) != null) {
                content.add(i);
            }
        }
        String[] keys = lineKeys.toArray(new String[0]);
        boolean[] drop = new boolean[lines.size()];
        String[] reasons = new String[lines.size()];
        for (int a = 0; a < content.size(); a++) {
            int i = content.get(a);
            String first = keys[i];
            for (int b = a + 1; b < content.size() && b <= a + DUPLICATE_WINDOW; b++) {
                int j = content.get(b);
                if (drop[j]) {
                    continue;
                }
                String second = keys[j];
                boolean same = first.equals(second);
                // a caption often comes back with the photographer's credit appended
                String shorter = first.length() <= second.length() ? first : second;
                boolean extended = !same && shorter.length() >= 20
                        && Math.abs(first.length() - second.length()) <= MAX_CREDIT_CHARS
                        && (second.startsWith(first) || first.startsWith(second)) && wordCount(shorter) >= 5;
                if (!same && !extended) {
                    continue;
                }
                boolean nearCredit = creditLines.contains(lines.get(i).number())
                        || creditLines.contains(lines.get(j).number());
                String reason = nearCredit || wordCount(first) >= 6 ? "duplicate-caption" : "repeated-label";
                if (!protectedKeys.contains(second)) {
                    drop[j] = true;
                    reasons[j] = reason;
                }
                // The first copy goes too when it reads like a caption or label rather than a sentence,
                // unless it is the headline: the known title, else (title unknown) the first line.
                boolean headline = protectedKeys.isEmpty() ? a == 0 : protectedKeys.contains(first);
                boolean sentence = ENDS_SENTENCE.matcher(lines.get(i).text()).matches();
                if (!headline && (nearCredit || !sentence) && !drop[i]) {
                    drop[i] = true;
                    reasons[i] = reason;
                }
            }
        }
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) {
                removed.add(new Removal(lines.get(i).raw().strip(), reasons[i], lines.get(i).number()));
            } else {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
