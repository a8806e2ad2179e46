package dev.parallax.core.meaning;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.Meaning.Role;
import dev.parallax.core.model.Meaning.SpanVector;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Embeds, once per article, the spans comparison reads by meaning: the lead (title and opening
 * sentences) and the first statements (claims and the other sentences that state something, which
 * comparison aligns), within {@link MeaningLimits}. All texts go
 * to the encoder in one call; the unit vectors come back quantized to int8. The same article gives
 * the same {@link Meaning} (the encoder is deterministic and the selection depends only on the analysis).
 */
public final class SpanEmbedder {
    private final SentenceEncoder encoder;
    private final MeaningLimits limits;

    public SpanEmbedder(SentenceEncoder encoder, MeaningLimits limits) {
        this.encoder = java.util.Objects.requireNonNull(encoder, "encoder");
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /** The embeddings of one article and what the reader should know about them (a cap hit, a language left out). */
    public record Embedded(Meaning meaning, List<String> warnings) {
        public static final Embedded NONE = new Embedded(Meaning.NONE, List.of());

        public Embedded {
            warnings = List.copyOf(warnings);
        }
    }

    /** A span chosen for embedding and the words the encoder reads for it. */
    record Span(Role role, int start, int end, String text) {}

    /** The spans chosen for embedding (lead first, then claims, then quotes) and the warnings the choice gives. */
    record Selection(List<Span> spans, List<String> warnings) {}

    public Embedded embed(String title, String text, List<Sentence> sentences, List<Claim> claims, List<Quote> quotes,
                          String language) {
        Selection selection = select(limits, title, sentences, claims, quotes, language);
        if (selection.spans().isEmpty()) {
            return new Embedded(Meaning.NONE, selection.warnings());
        }
        // one encoder call per article; a text that occurs twice (a quote repeated) is encoded once
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (Span s : selection.spans()) {
            distinct.putIfAbsent(s.text(), distinct.size());
        }
        List<float[]> unit = encoder.encode(List.copyOf(distinct.keySet()));
        if (unit == null || unit.size() != distinct.size()) {
            throw new IllegalStateException("the encoder returned " + (unit == null ? 0 : unit.size()) + " vectors for "
                    + distinct.size() + " texts");
        }
        List<SpanVector> vectors = new ArrayList<>(selection.spans().size());
        for (Span s : selection.spans()) {
            float[] v = unit.get(distinct.get(s.text()));
            if (v.length != encoder.dimensions()) {
                throw new IllegalStateException("the encoder returned " + v.length + " dimensions, not " + encoder.dimensions());
            }
            vectors.add(new SpanVector(s.role(), s.start(), s.end(), quantize(v)));
        }
        vectors.sort(Comparator.comparingInt(SpanVector::start).thenComparing(SpanVector::role).thenComparingInt(SpanVector::end));
        return new Embedded(new Meaning(encoder.model(), encoder.dimensions(), vectors), selection.warnings());
    }

    static Selection select(MeaningLimits limits, String title, List<Sentence> sentences, List<Claim> claims,
                            List<Quote> quotes, String language) {
        List<Span> spans = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Span lead = lead(limits.leadChars(), title, sentences);
        if (lead != null) {
            spans.add(lead);
        }
        String primary = language == null ? "und" : language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!limits.sentenceLanguages().contains(primary)) {
            if (!claims.isEmpty() || !quotes.isEmpty()) {
                warnings.add("meaning: only the lead is embedded; the sentence model reads " + String.join(", ",
                        limits.sentenceLanguages().stream().sorted().toList()) + ", not " + language);
            }
            return new Selection(spans, warnings);
        }
        // the statements in text order: the sentences of four words or more that are not questions, and
        // every sentence the analyzer made a claim of; the title, embedded in the lead, is not repeated
        java.util.Set<Integer> claimed = new java.util.HashSet<>();
        for (Claim c : claims) claimed.add(c.sentenceIndex());
        String heading = title == null ? "" : title.strip();
        List<Sentence> statements = sentences.stream()
                .filter(s -> claimed.contains(s.index()) || states(s.text()))
                .filter(s -> !(s.index() == 0 && s.text().strip().equalsIgnoreCase(heading)))
                .toList();
        List<Sentence> chosen = statements.subList(0, Math.min(statements.size(), limits.maxStatements()));
        for (Sentence s : chosen) {
            spans.add(new Span(Role.CLAIM, s.start(), s.end(), s.text()));
        }
        List<Quote> quoted = quotes.stream().filter(q -> q.text() != null && !q.text().isBlank())
                .sorted(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end)).toList();
        for (Quote q : quoted.subList(0, Math.min(quoted.size(), limits.maxQuotes()))) {
            spans.add(new Span(Role.QUOTE, q.start(), q.end(), q.text()));
        }
        List<String> capped = new ArrayList<>();
        if (statements.size() > chosen.size()) {
            capped.add(String.format(Locale.ROOT, "the first %d of %d statements", chosen.size(), statements.size()));
        }
        if (limits.maxQuotes() > 0 && quoted.size() > limits.maxQuotes()) {
            capped.add(String.format(Locale.ROOT, "the first %d of %d quotes", limits.maxQuotes(), quoted.size()));
        }
        if (!capped.isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "meaning: embedded %s (at most %d statements per article)",
                    String.join(" and ", capped), limits.maxStatements()));
        }
        return new Selection(spans, warnings);
    }

    /** Four words or more and not a question: a sentence that states something. */
    static boolean states(String sentence) {
        String t = sentence.strip();
        if (t.endsWith("?")) return false;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetter(t.charAt(i));
            if (letter && !inWord && ++words >= 4) return true;
            inWord = letter || (inWord && Character.isLetterOrDigit(t.charAt(i)));
        }
        return false;
    }

    /**
     * The title and whole opening sentences up to about {@code chars} characters (at least the first
     * sentence); its span covers those sentences. The cleaner puts a known title first in the text, so
     * a title that is the first sentence is read once.
     */
    static Span lead(int chars, String title, List<Sentence> sentences) {
        StringBuilder words = new StringBuilder();
        String heading = title == null ? "" : title.strip();
        int start = sentences.isEmpty() ? 0 : sentences.get(0).start();
        int end = start;
        if (!sentences.isEmpty() && sentences.get(0).text().strip().equalsIgnoreCase(heading)) {
            heading = "";
        }
        words.append(heading);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i > 0 && words.length() + 1 + s.text().length() > chars) {
                break;
            }
            if (!words.isEmpty()) {
                words.append(i == 0 ? "\n" : " ");
            }
            words.append(s.text().strip());
            end = s.end();
        }
        return words.toString().isBlank() ? null : new Span(Role.LEAD, start, end, words.toString());
    }

    /** A unit vector as int8: {@code x * 127} rounded half to even (so {@code -x} gives the negation), clamped, as {@link Meaning} stores it. */
    public static byte[] quantize(float[] unit) {
        byte[] q = new byte[unit.length];
        for (int i = 0; i < unit.length; i++) {
            float x = unit[i];
            q[i] = (byte) Math.max(-127, Math.min(127, Math.rint(Float.isNaN(x) ? 0 : x * 127.0)));
        }
        return q;
    }
}
