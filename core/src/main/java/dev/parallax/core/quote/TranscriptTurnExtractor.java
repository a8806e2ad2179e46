package dev.parallax.core.quote;

import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript's speaker turns, so that every passage of it carries its speaker. A turn opens with a
 * label at the start of a line and runs to the next label, a time stamp ("10:49 A.M. BST"), a short heading
 * or the end of the text. Labels as governments print them:
 * <ul>
 *   <li>in capitals with a colon: "PRESIDENT BIDEN:", "THE PRESIDENT:", "PRIME MINISTER KISHIDA:", "Q:",
 *       "JOE BIDEN, PRESIDENT OF THE UNITED STATES OF AMERICA:", "ПРЕЗИДЕНТ БАЙДЕН:";</li>
 *   <li>a title and name with a colon: "Vladimir Putin:", "President of Russia Vladimir Putin:", with an aside
 *       such as "(retranslated)" or "(via interpreter)" before the colon;</li>
 *   <li>a title and name with a full stop, when the page uses that form at least twice ("Prime Minister X. I am
 *       pleased ..."); a bracketed heading naming who speaks ("[Opening Statement by Prime Minister X]");</li>
 *   <li>"Q" followed by the question.</li>
 * </ul>
 * Each paragraph of a turn becomes a {@link QuoteKind#TRANSCRIPT} quote: its words without the label, the
 * speaker the label names (the person linked inside it; null for "Q" and unnamed speakers, whose label
 * words are kept), and the label's offsets. A page is read as a transcript only when it has two labels, or
 * one that names a known person. Stateless.
 */
public final class TranscriptTurnExtractor {
    /** Capitals (any script), with spaces, commas, full stops, apostrophes and hyphens; then a colon. */
    private static final Pattern CAPS_LABEL = Pattern.compile(
            "((?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]*)(?:,? (?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]*|OF|THE|AND|DE)){0,11})"
                    + "(?:\\s*\\(([^)\\n]{1,40})\\))?\\s*[:：]");
    /** Title Case words (small words allowed), then an optional aside in brackets, then a colon. */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*)(?:,? (?:of|the|de|von|van|bin|al|\\p{Lu}[\\p{L}\\p{M}'’.-]*)){0,14})"
                    + "(?:\\s*\\(([^)\\n]{1,40})\\))?\\s*[:：]");
    /** "Prime Minister Kishida. I am pleased ...". */
    private static final Pattern STOP_LABEL = Pattern.compile("((?:President|Prime Minister|Vice President|Secretary"
            + "|Chancellor|Premier|Chairman|Minister|Ambassador|Governor|Senator|King|Queen)(?: \\p{Lu}[\\p{L}'’-]+){1,3})\\.\\s+"
            + "(?=\\p{Lu}|[\"“])");
    /** "[Opening Statement by Prime Minister X]" on a line of its own. */
    private static final Pattern BRACKET_LABEL = Pattern.compile("\\[[^\\]\\n]{0,80}?\\bby ([^\\]\\n]{2,80})\\]\\s*$");
    /** "Q", "Q:", "Q." opening a question. */
    private static final Pattern QUESTION = Pattern.compile("Q(?:\\s*[:.：]|\\s{2,}|\\s+(?=[\\p{Lu}\"“]))");
    /** "10:49 A.M. BST", "2:05 P.M. EDT", "END": the record stops or resumes here. */
    private static final Pattern TIME_STAMP = Pattern.compile("(?i)(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[a-z]{2,5})?|end)\\s*");
    /** Words of a label that are a title or role, not a name: "THE PRESIDENT", "MODERATOR". */
    private static final int MAX_HEADING_WORDS = 14;

    private record Label(int start, int end, int bodyStart, String words, String speakerId) {}

    /** A headline that quotes someone ("Putin: “We will ...”") is not a turn: transcripts do not quote their speaker. */
    private static boolean quotes(String text, int bodyStart, int lineEnd) {
        int i = bodyStart;
        while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < lineEnd && "\"“«„'‘".indexOf(text.charAt(i)) >= 0;
    }

    private record Line(int start, int end) {}

    /** The transcript passages of {@code text}, in order; empty when it is not a transcript. */
    public List<Quote> extract(String text, List<EntityMention> mentions) {
        List<Line> lines = lines(text);
        List<Label> labels = new ArrayList<>();
        int stopLabels = 0;
        Label[] byLine = new Label[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            Label label = label(text, line, mentions, false);
            if (label == null && startsWithTitle(text, line.start())
                    && STOP_LABEL.matcher(text).region(line.start(), line.end()).lookingAt()) {
                stopLabels++;
            }
            if (label != null && (quotes(text, label.bodyStart(), line.end())
                    || isHeading(text.substring(label.bodyStart(), line.end()).strip()))) {
                label = null; // "Lukashenko: Regions Are the Backbone of the Union": a headline, not a turn
            }
            byLine[k] = label;
            if (label != null) {
                labels.add(label);
            }
        }
        if (stopLabels >= 2) {
            for (int k = 0; k < lines.size(); k++) {
                if (byLine[k] == null && startsWithTitle(text, lines.get(k).start())) {
                    byLine[k] = label(text, lines.get(k), mentions, true);
                    if (byLine[k] != null) {
                        labels.add(byLine[k]);
                    }
                }
            }
        }
        boolean transcript = labels.size() >= 2 || labels.stream().anyMatch(l -> l.speakerId() != null);
        if (!transcript) {
            return List.of();
        }
        List<Quote> out = new ArrayList<>();
        Label current = null;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (byLine[k] != null) {
                current = byLine[k];
                addPassage(text, current, current.bodyStart(), line.end(), out);
                continue;
            }
            if (current == null) {
                continue;
            }
            String lineText = text.substring(line.start(), line.end()).strip();
            if (TIME_STAMP.matcher(lineText).matches() || isHeading(lineText)) {
                current = null;
                continue;
            }
            addPassage(text, current, line.start(), line.end(), out);
        }
        return out;
    }

    private static void addPassage(String text, Label label, int from, int to, List<Quote> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from || !hasLetter(text, from, to)) {
            return;
        }
        out.add(new Quote(from, to, text.substring(from, to), QuoteKind.TRANSCRIPT, label.speakerId(), label.words(),
                label.start(), label.end(), null));
    }

    /** The label opening {@code line}, or null. */
    private Label label(String text, Line line, List<EntityMention> mentions, boolean stopForm) {
        if (line.end() - line.start() < 2) {
            return null;
        }
        char first = text.charAt(line.start());
        if (!stopForm && first != 'Q' && first != '[' && !hasColon(text, line.start(), Math.min(line.end(), line.start() + LABEL_REACH))) {
            return null; // most lines of most articles: no label can open them
        }
        if (stopForm) {
            Matcher m = STOP_LABEL.matcher(text).region(line.start(), line.end());
            if (m.lookingAt()) {
                String speaker = person(mentions, m.start(1), m.end(1));
                return speaker == null ? null : new Label(m.start(1), m.end(1), m.end(), m.group(1), speaker);
            }
            return null;
        }
        Matcher q = QUESTION.matcher(text).region(line.start(), line.end());
        if (q.lookingAt()) {
            return new Label(line.start(), line.start() + 1, q.end(), "Q", null);
        }
        Matcher b = BRACKET_LABEL.matcher(text).region(line.start(), line.end());
        if (text.charAt(line.start()) == '[' && b.lookingAt()) {
            String speaker = person(mentions, b.start(1), b.end(1));
            return speaker == null ? null : new Label(b.start(1), b.end(1), line.end(), b.group(1), speaker);
        }
        Matcher caps = CAPS_LABEL.matcher(text).region(line.start(), line.end());
        if (caps.lookingAt() && letters(caps.group(1)) >= 2 && !caps.group(1).equals(caps.group(1).toLowerCase())) {
            return new Label(caps.start(1), caps.end(1), caps.end(), caps.group(1), person(mentions, caps.start(1), caps.end(1)));
        }
        Matcher name = NAME_LABEL.matcher(text).region(line.start(), line.end());
        if (name.lookingAt()) {
            String speaker = person(mentions, name.start(1), name.end(1));
            if (speaker != null) {
                return new Label(name.start(1), name.end(1), name.end(), name.group(1), speaker);
            }
        }
        return null;
    }

    /** The person the label names: the last person linked inside it by name, else by a title. */
    private static String person(List<EntityMention> mentions, int from, int to) {
        String byName = null;
        String byRole = null;
        for (EntityMention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.kind() == EntityKind.PERSON) {
                if (m.match() == MatchKind.ROLE) {
                    byRole = m.entityId();
                } else if (m.match() != MatchKind.UNKNOWN) {
                    byName = m.entityId();
                }
            }
        }
        return byName != null ? byName : byRole;
    }

    /** How far into a line a label's colon may be. */
    private static final int LABEL_REACH = 160;

    private static boolean hasColon(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
        }
        return false;
    }

    /** A short line without final punctuation: the next item's title on a listing page, a subhead, a headline. */
    private static boolean isHeading(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?…\"”’»)':;,—–-".indexOf(last) >= 0) {
            return false;
        }
        return line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static final String[] TITLES = {"President", "Prime Minister", "Vice President", "Secretary", "Chancellor",
            "Premier", "Chairman", "Minister", "Ambassador", "Governor", "Senator", "King", "Queen"};

    private static boolean startsWithTitle(String text, int at) {
        for (String t : TITLES) {
            if (text.startsWith(t, at)) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (end > pos && !text.substring(pos, end).isBlank()) {
                out.add(new Line(pos, end));
            }
            pos = end + 1;
        }
        return out;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
