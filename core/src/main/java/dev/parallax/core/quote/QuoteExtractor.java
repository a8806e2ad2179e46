package dev.parallax.core.quote;

import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.WordAlternation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations (“curly”, "straight" and «guillemets») and indirect speech ("Putin said
 * Moscow and Minsk will ...", "Lukashenko stressed that ..."), each with its speaker as the
 * {@link SpeakerResolver} reads it. A quotation interrupted by its attribution ("“X,” he said.
 * “Y.”") is one quote "X Y"; a quotation running over several paragraphs (each reopened with a
 * quote mark) is one quote. Scare quotes (a speakerless word or two in quote marks inside a
 * sentence) are not quotations. Unmatched quote marks give a warning, never an exception. A transcript's
 * speaker turns ("PRESIDENT BIDEN: ...") become {@link dev.parallax.core.model.QuoteKind#TRANSCRIPT} quotes, one
 * per paragraph ({@link TranscriptTurnExtractor}), so every passage of the record carries its speaker.
 * Stateless; one pass over the text plus work per quotation.
 */
public final class QuoteExtractor {
    /** Reporting verbs that open indirect speech, tried only at words that can start one. */
    private static final WordAlternation INDIRECT_VERBS = WordAlternation.of("said|says|stressed|stresses|noted|notes"
            + "|announced|announces|assured|assures|added|explained|emphasi[sz]ed|told\\s+(?:reporters|journalists"
            + "|the\\s+media)|stated|warned|warns|insisted|insists|confirmed|claimed|claims|denied|reiterated|argued"
            + "|believes|suggested|acknowledged|admitted|declared|recalled|pointed\\s+out",
            "\\b(?:\\s+(?:on|last|this)\\s+\\w+)?(?:\\s*,?\\s+that\\b)?");
    static final Pattern INDIRECT = INDIRECT_VERBS.pattern();
    /** "Trade grew by 12%, Peskov told reporters." — the attribution trails the reported words. */
    private static final Pattern TRAILING = Pattern.compile("(?i),\\s*([^,]{2,60}?)\\s+(?:said|says|told\\s+reporters"
            + "|told\\s+journalists|told\\s+the\\s+media|added|noted|stressed|explained|claimed|insisted)\\s*[.!]?$");
    /** "with Lukashenko noting that ...", "with the Kremlin adding, that ...": who, then a participle of saying. */
    private static final Pattern WITH_PARTICIPLE = Pattern.compile("\\b[Ww]ith\\s+([^,;:“”\"]{2,60}?)\\s+(?:noting|saying"
            + "|adding|stressing|emphasi[sz]ing|insisting|explaining|warning|arguing|claiming|recalling|acknowledging"
            + "|stating|asserting|observing|remarking|underlining|pointing\\s+out)\\s*,?\\s+that\\b");
    private static final int AFTER_WINDOW = 150;
    /** The longest speakerless quotation inside a sentence still read as scare quotes rather than speech. */
    private static final int MAX_SCARE_QUOTE_WORDS = 3;
    /** Up to ten words, without a comma, then "that". */
    private static final Pattern THAT_AFTER_VERB = Pattern.compile("(?:\\s+[^\\s,.;:]+){1,10}?\\s+that\\b");
    /** A trailing ", TASS reported" or ", BelTA has learned" after reported words. */
    private static final Pattern RELAYED_BY = Pattern.compile(",\\s*[\\p{Lu}][^,]{1,40}?\\s+(?:has\\s+learned|have\\s+learned"
            + "|learned|reported|reports|writes|wrote)\\s*$");
    /** " – the minister added – ": a short aside between two dashes. */
    private static final Pattern INTERIOR_DASHES = Pattern.compile("\\s[–—]\\s+([^–—\n]{3,80}?)\\s+[–—]\\s");
    private static final WordAlternation SPEECH_VERB = WordAlternation.of(SpeakerResolver.SPEECH_VERBS, "\\b");

    private final SpeakerResolver speakers;
    private final TranscriptTurnExtractor transcript = new TranscriptTurnExtractor();

    public QuoteExtractor(SpeakerResolver speakers) {
        this.speakers = speakers;
    }

    public QuoteExtractor() {
        this(new SpeakerResolver());
    }

    /** @param unopened the opening mark is missing: the quotation starts at {@code start} without one */
    private record Span(int start, int end, boolean continues, boolean unopened) {
        Span(int start, int end, boolean continues) {
            this(start, end, continues, false);
        }
    }

    private record Attributed(Span span, String inner, SpeakerResolver.Speaker speaker, int attributionEnd,
                              boolean attributedAfter) {}

    public QuoteExtraction extract(String text, List<Sentence> sentences, List<EntityMention> mentions) {
        return extract(text, sentences, mentions, "en");
    }

    /**
     * The quotations of a text written in {@code language} (ISO 639-1, null when unknown). Quote marks are
     * read in any language; reported speech ("X said that ...") is read from English reporting verbs, so
     * only in English text.
     */
    public QuoteExtraction extract(String text, List<Sentence> sentences, List<EntityMention> mentions,
                                   String language) {
        boolean english = dev.parallax.core.claim.ClaimExtractor.isEnglish(language);
        List<String> warnings = new ArrayList<>();
        List<Integer> unmatchedClosers = new ArrayList<>();
        List<Span> spans = findSpans(text, warnings, unmatchedClosers);
        spans = withUnopened(text, spans, unmatchedClosers, sentences, mentions, warnings);
        List<Attributed> attributed = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            int prevEnd = k > 0 ? spans.get(k - 1).end() : 0;
            int nextStart = k + 1 < spans.size() ? spans.get(k + 1).start() : text.length();
            attributed.add(attribute(text, span, prevEnd, nextStart, sentences, mentions));
        }
        // a quotation that follows another with only punctuation between ("...decided”: “Today...”) continues its speaker
        for (int j = 1; j < attributed.size(); j++) {
            Attributed cur = attributed.get(j);
            Attributed prev = attributed.get(j - 1);
            if (cur.speaker() == null && prev.speaker() != null && onlyPunctuation(text, prev.span().end(), cur.span().start())) {
                attributed.set(j, new Attributed(cur.span(), cur.inner(), prev.speaker(), cur.attributionEnd(),
                        cur.attributedAfter()));
            } else if (cur.speaker() == null && prev.speaker() != null
                    && continuesInNextSentence(text, sentences, mentions, prev.span().end(), cur.span())
                    && !isScareQuote(text, sentences, cur.span().start(), cur.span().end(), cur.inner())) {
                attributed.set(j, new Attributed(cur.span(), cur.inner(), prev.speaker(), cur.attributionEnd(),
                        cur.attributedAfter()));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        int k = 0;
        while (k < attributed.size()) {
            Attributed first = attributed.get(k);
            StringBuilder words = new StringBuilder(first.inner());
            int end = first.span().end();
            SpeakerResolver.Speaker speaker = first.speaker();
            int last = k;
            while (last + 1 < attributed.size()) {
                Attributed cur = attributed.get(last);
                Attributed next = attributed.get(last + 1);
                boolean continued = cur.span().continues();
                boolean split = cur.attributedAfter() && cur.attributionEnd() >= 0
                        && onlyPunctuation(text, cur.attributionEnd(), next.span().start())
                        && (!next.attributedAfter() || sameSpeaker(speaker, next.speaker()));
                if (!continued && !split) {
                    break;
                }
                words.append(' ').append(next.inner());
                end = next.span().end();
                if (speaker == null) {
                    speaker = next.speaker();
                }
                last++;
            }
            if (speaker == null && isScareQuote(text, sentences, first.span().start(), end, words)) {
                k = last + 1;
                continue;
            }
            int sourcingFrom = sentenceStart(sentences, first.span().start());
            int sourcingTo = Math.min(text.length(), Math.max(end, attributed.get(last).attributionEnd()) + 80);
            sourcingTo = endOfSentence(text, Math.max(end, attributed.get(last).attributionEnd()), sourcingTo);
            String sourcing = speakers.sourcing(text, sourcingFrom, sourcingTo, mentions);
            quotes.add(new Quote(first.span().start(), end, words.toString().strip(), QuoteKind.DIRECT,
                    speaker == null ? null : speaker.entityId(), speaker == null ? null : speaker.words(),
                    speaker == null ? -1 : speaker.start(), speaker == null ? -1 : speaker.end(), sourcing));
            k = last + 1;
        }
        if (english) {
            quotes.addAll(indirect(text, sentences, mentions, quotes));
        }
        quotes.addAll(transcript.extract(text, mentions));
        quotes.sort(Comparator.comparingInt(Quote::start));
        return new QuoteExtraction(quotes, warnings);
    }

    /**
     * Scare quotes: a word or short phrase set in quote marks inside a sentence (Putin thanked him for
     * “joint work”) with nobody said to have spoken it. They mark the outlet's distance from a term, not
     * words given to a speaker, so they are not quotations; they stay in the text as written.
     */
    static boolean isScareQuote(String text, List<Sentence> sentences, int start, int end, CharSequence words) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < words.length(); i++) {
            boolean letter = Character.isLetterOrDigit(words.charAt(i));
            if (letter && !in && ++count > MAX_SCARE_QUOTE_WORDS) {
                return false;
            }
            in = letter;
        }
        if (count == 0) {
            return false;
        }
        int s = sentenceStart(sentences, start);
        int e = end;
        while (e < text.length() && text.charAt(e) != '\n' && ".!?".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return hasLetter(text, s, start) || hasLetter(text, end, e);
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpeaker(SpeakerResolver.Speaker a, SpeakerResolver.Speaker b) {
        return a == null || b == null || java.util.Objects.equals(a.entityId(), b.entityId());
    }

    private Attributed attribute(String text, Span span, int prevEnd, int nextStart, List<Sentence> sentences,
                                 List<EntityMention> mentions) {
        String inner = inner(text, span);
        int afterEnd = endOfSentence(text, span.end(), Math.min(nextStart, span.end() + AFTER_WINDOW));
        SpeakerResolver.Speaker after = speakers.after(text, span.end(), afterEnd, mentions);
        if (after != null) {
            return new Attributed(span, inner, after, Math.max(after.end(), verbEnd(text, span.end(), afterEnd)), true);
        }
        Attributed interior = interiorAttribution(text, span, inner, mentions);
        if (interior != null) {
            return interior;
        }
        int beforeFrom = Math.max(prevEnd, sentenceStart(sentences, span.start()));
        int colon = beforeFrom - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon > 0 && text.charAt(colon) == ':' && beforeFrom == sentenceStart(sentences, span.start())) {
            // "As the minister stated:" closing the paragraph before a quotation that has one of its own
            beforeFrom = Math.max(prevEnd, sentenceStart(sentences, colon));
        }
        SpeakerResolver.Speaker before = speakers.before(text, beforeFrom, span.start(), mentions);
        if (before == null) {
            // "Peskov spoke out against it and said it was “the only way”": a speech verb further back
            before = speakers.before(text, beforeFrom, span.start(), mentions, 60);
        }
        return new Attributed(span, inner, before, -1, false);
    }

    /**
     * An attribution set between dashes inside the quotation ("“We agreed – explained the head of the
     * Kremlin – to continue”"): the speaker is the one it names, and the words are the quotation without it.
     */
    private Attributed interiorAttribution(String text, Span span, String inner, List<EntityMention> mentions) {
        int from = span.unopened() ? span.start() : span.start() + 1;
        int to = Math.max(from, span.continues() ? span.end() : span.end() - 1);
        Matcher dash = INTERIOR_DASHES.matcher(text).region(from, to);
        while (dash.find()) {
            int segStart = dash.start(1);
            int segEnd = dash.end(1);
            if (!SPEECH_VERB.find(text.substring(segStart, segEnd))) {
                continue;
            }
            SpeakerResolver.Speaker speaker = speakers.after(text, segStart, segEnd, mentions);
            if (speaker == null || speaker.start() < segStart || speaker.end() > segEnd) {
                continue;
            }
            String words = (text.substring(from, dash.start()).strip() + " " + text.substring(dash.end(), to).strip()).strip();
            while (words.endsWith(",")) {
                words = words.substring(0, words.length() - 1).strip();
            }
            return new Attributed(span, words.isEmpty() ? inner : words, speaker, -1, false);
        }
        return null;
    }

    private static int verbEnd(String text, int from, int to) {
        java.util.regex.MatchResult verb = SPEECH_VERB.first(text.substring(from, to));
        return verb == null ? -1 : from + verb.end();
    }

    /**
     * A closing mark whose opening one was lost in scraping ("Talks went well”, said Putin."): when a
     * speaker is named right after it, the quotation is read from the start of its sentence (or line) to
     * the mark. Without such an attribution the mark is left alone, as before.
     */
    private List<Span> withUnopened(String text, List<Span> spans, List<Integer> closers, List<Sentence> sentences,
                                    List<EntityMention> mentions, List<String> warnings) {
        if (closers.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans);
        int read = 0;
        for (int closer : closers) {
            int start = Math.max(sentenceStart(sentences, closer), text.lastIndexOf('\n', closer) + 1);
            for (Span s : spans) {
                if (s.end() <= closer && s.end() > start) {
                    start = s.end();
                }
            }
            while (start < closer && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            String words = text.substring(start, closer).strip();
            if (words.split("\\s+").length < 3 || !text.startsWith(",", closer + 1)) {
                continue;
            }
            int afterEnd = endOfSentence(text, closer + 1, Math.min(text.length(), closer + 1 + AFTER_WINDOW));
            SpeakerResolver.Speaker speaker = speakers.after(text, closer + 1, afterEnd, mentions);
            if (speaker == null || speaker.entityId() == null) {
                continue;
            }
            out.add(new Span(start, closer + 1, false, true));
            read++;
        }
        if (read > 0) {
            warnings.add(read + " quotation(s) missing their opening quote mark were read from the start of "
                    + "their sentence to the closing mark");
            out.sort(Comparator.comparingInt(Span::start));
        }
        return out;
    }

    /** The quoted words without the marks and without a trailing comma. */
    private static String inner(String text, Span span) {
        int s = span.unopened() ? span.start() : span.start() + 1;
        int e = span.continues() ? span.end() : span.end() - 1;
        String w = text.substring(Math.min(s, e), e).strip();
        while (w.endsWith(",")) {
            w = w.substring(0, w.length() - 1).strip();
        }
        return w;
    }

    /** The end of the clause after a quotation: a full stop, line break or the limit. */
    private static int endOfSentence(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i > from)) {
                return i;
            }
            if (isOpener(c) && i > from) {
                return i;
            }
        }
        return limit;
    }

    /**
     * "Putin told reporters the sides “had closed every open question.” Those are questions “left over ...”": a
     * quotation naming no speaker in the sentence right after another speaker's quotation, in the same
     * paragraph, with nobody named and no speech verb between, goes on giving that speaker's words. Further
     * away, or with a person, body or pronoun in between, the words may be anyone's and stay unattributed.
     */
    private static boolean continuesInNextSentence(String text, List<Sentence> sentences, List<EntityMention> mentions,
                                                   int prevEnd, Span cur) {
        int from = prevEnd, to = cur.start();
        if (from > to || text.substring(from, to).indexOf('\n') >= 0) {
            return false;
        }
        int starts = 0;
        for (Sentence s : sentences) {
            if (s.start() > from && s.start() <= to) {
                starts++;
            }
        }
        if (starts > 1) {
            return false;
        }
        for (EntityMention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.kind() != dev.parallax.core.model.EntityKind.PLACE) {
                return false;
            }
        }
        String between = text.substring(from, to);
        return !SPEECH_VERB.find(between) && !between.matches("(?s).*\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\b.*");
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".,;:–—-".indexOf(c) < 0) {
                return false;
            }
        }
        return !text.substring(from, to).contains("\n\n");
    }

    private static int sentenceStart(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = sentences.get(mid).start();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** “, «, „ and the Japanese corner brackets 「 and 『. */
    static boolean isOpener(char c) {
        return c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '\u300C' || c == '\u300E';
    }

    static boolean isCloser(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u300D' || c == '\u300F';
    }

    /** Quotation spans, line by line; a line left open continues when the next paragraph reopens the quote. */
    static List<Span> findSpans(String text, List<String> warnings) {
        return findSpans(text, warnings, new ArrayList<>());
    }

    /** As {@link #findSpans(String, List)}, noting where closing marks without an opening one are. */
    static List<Span> findSpans(String text, List<String> warnings, List<Integer> unmatchedClosers) {
        List<Span> spans = new ArrayList<>();
        int unmatchedOpen = 0;
        int unmatchedClose = 0;
        int open = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = i;
                    while (next < n && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < n && (isOpener(text.charAt(next)) || text.charAt(next) == '"')) {
                        spans.add(new Span(open, trimEnd(text, open, i), true));
                    } else {
                        unmatchedOpen++;
                    }
                    open = -1;
                }
                continue;
            }
            if (c == '"') {
                if (open < 0) {
                    open = i;
                } else if (text.charAt(open) == '"' || !isOpener(text.charAt(open))) {
                    spans.add(new Span(open, i + 1, false));
                    open = -1;
                }
            } else if (isOpener(c)) {
                if (open < 0) {
                    open = i;
                }
            } else if (isCloser(c)) {
                if (open >= 0 && text.charAt(open) != '"') {
                    spans.add(new Span(open, i + 1, false));
                    open = -1;
                } else if (open < 0) {
                    unmatchedClose++;
                    unmatchedClosers.add(i);
                }
            }
        }
        if (open >= 0) {
            unmatchedOpen++;
        }
        if (unmatchedOpen > 0) {
            warnings.add(unmatchedOpen + " opening quote mark(s) without a closing one; those quotations were skipped");
        }
        if (unmatchedClose > 0) {
            warnings.add(unmatchedClose + " closing quote mark(s) without an opening one");
        }
        // a continued span whose continuation never came is not a quotation
        List<Span> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.continues() && (k + 1 == spans.size())) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Reported speech in sentences without a direct quotation: "Lukashenko stressed that ...". */
    /** The matches of {@link #INDIRECT} in a sentence, as {@code find()} gives them. */
    static List<java.util.regex.MatchResult> reportingVerbs(String sentence) {
        return INDIRECT_VERBS.findAll(sentence);
    }

    /** Whether a sentence ends with a verb {@link #TRAILING} can end with (then optional space and "." or "!"). */
    private static boolean endsWithTrailingVerb(String sentence) {
        int end = sentence.length();
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--; // "$" also matches before a final line break
        }
        if (end > 0 && (sentence.charAt(end - 1) == '.' || sentence.charAt(end - 1) == '!')) {
            end--;
        }
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        return TRAILING_LAST_WORDS.contains(asciiLower(sentence, start, end));
    }

    private static final java.util.Set<String> TRAILING_LAST_WORDS = java.util.Set.of("said", "says", "reporters",
            "journalists", "media", "added", "noted", "stressed", "explained", "claimed", "insisted");

    /** The text between two offsets with ASCII letters lowered, as {@code (?i)} without Unicode case compares them. */
    private static String asciiLower(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            chars[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(chars);
    }

    private List<Quote> indirect(String text, List<Sentence> sentences, List<EntityMention> mentions, List<Quote> direct) {
        List<Quote> out = new ArrayList<>();
        int d = 0;
        for (Sentence s : sentences) {
            while (d < direct.size() && direct.get(d).end() <= s.start()) {
                d++;
            }
            if (d < direct.size() && direct.get(d).start() < s.end()) {
                continue;
            }
            String st = s.text();
            if (st.endsWith("?") || st.length() > 2000) {
                continue;
            }
            Matcher trailing = TRAILING.matcher(st);
            if (endsWithTrailingVerb(st) && trailing.find() && trailing.start() > 0) {
                int whoStart = s.start() + trailing.start(1);
                SpeakerResolver.Speaker speaker = speakers.before(text, whoStart, s.end(), mentions);
                if (speaker != null) {
                    int clauseEnd = s.start() + trailing.start();
                    String clause = text.substring(s.start(), clauseEnd).strip();
                    out.add(new Quote(s.start(), clauseEnd, clause, QuoteKind.INDIRECT, speaker.entityId(), speaker.words(),
                            speaker.start(), speaker.end(), speakers.sourcing(text, s.start(), s.end(), mentions)));
                    continue;
                }
            }
            Matcher m;
            // a reporting verb followed by "that" is the surest ("dismissed claims of X and stated that ...")
            List<java.util.regex.MatchResult> candidates = reportingVerbs(st);
            candidates.sort(Comparator.comparing((java.util.regex.MatchResult r) -> !r.group().endsWith("that")));
            boolean found = false;
            for (java.util.regex.MatchResult r : candidates) {
                Matcher one = INDIRECT.matcher(st);
                if (!one.find(r.start())) {
                    continue;
                }
                m = one;
                int verbStart = s.start() + m.start();
                int clauseStart = s.start() + m.end();
                // "told reporters in the Kremlin on Friday that ...": what was said starts after the "that"
                Matcher that = THAT_AFTER_VERB.matcher(text).region(clauseStart, s.end());
                if (!m.group().endsWith("that") && that.lookingAt()) {
                    clauseStart = that.end();
                }
                while (clauseStart < s.end() && (Character.isWhitespace(text.charAt(clauseStart)) || text.charAt(clauseStart) == ',')) {
                    clauseStart++;
                }
                int clauseEnd = s.end();
                while (clauseEnd > clauseStart && ".!;:".indexOf(text.charAt(clauseEnd - 1)) >= 0) {
                    clauseEnd--;
                }
                int according = text.substring(clauseStart, clauseEnd).indexOf(", according to");
                if (according > 0) {
                    clauseEnd = clauseStart + according; // the sourcing is not part of what was said
                }
                Matcher relayed = RELAYED_BY.matcher(text).region(clauseStart, clauseEnd);
                if (relayed.find()) {
                    clauseEnd = relayed.start(); // ", BelTA has learned": nor is who relayed it
                }
                String clause = text.substring(clauseStart, clauseEnd).strip();
                if (clause.split("\\s+").length < 3) {
                    continue;
                }
                int from = Math.max(s.start(), verbStart - 80);
                // "Putin, standing next to Lukashenko, said that ...": the subject, not the person the aside names
                SpeakerResolver.Speaker speaker = speakers.subjectBeforeAside(text, s.start(), verbStart, mentions);
                if (speaker == null) {
                    speaker = speakers.before(text, from, verbStart + (m.group().length()), mentions);
                }
                if (speaker == null) {
                    continue;
                }
                String sourcing = speakers.sourcing(text, s.start(), s.end(), mentions);
                out.add(new Quote(clauseStart, clauseEnd, clause, QuoteKind.INDIRECT, speaker.entityId(), speaker.words(),
                        speaker.start(), speaker.end(), sourcing));
                found = true;
                break;
            }
            if (!found) {
                Quote with = withParticiple(text, s, mentions);
                if (with != null) {
                    out.add(with);
                }
            }
        }
        return out;
    }

    /**
     * "..., with Lukashenko noting that they had postponed it": reported speech in an absolute clause, the
     * speaker named between "with" and the participle. Only tried on a sentence no reporting verb claimed.
     */
    private Quote withParticiple(String text, Sentence s, List<EntityMention> mentions) {
        String st = s.text();
        if (!st.contains("ing") || !(st.contains("with ") || st.contains("With "))) {
            return null;
        }
        Matcher m = WITH_PARTICIPLE.matcher(st);
        while (m.find()) {
            SpeakerResolver.Speaker speaker = speakers.named(text, s.start() + m.start(1), s.start() + m.end(1), mentions);
            if (speaker == null) {
                continue;
            }
            int clauseStart = s.start() + m.end();
            while (clauseStart < s.end() && Character.isWhitespace(text.charAt(clauseStart))) {
                clauseStart++;
            }
            int clauseEnd = s.end();
            while (clauseEnd > clauseStart && ".!;:".indexOf(text.charAt(clauseEnd - 1)) >= 0) {
                clauseEnd--;
            }
            String clause = text.substring(clauseStart, clauseEnd).strip();
            if (clause.split("\\s+").length < 3) {
                continue;
            }
            return new Quote(clauseStart, clauseEnd, clause, QuoteKind.INDIRECT, speaker.entityId(), speaker.words(),
                    speaker.start(), speaker.end(), speakers.sourcing(text, s.start(), s.end(), mentions));
        }
        return null;
    }
}
