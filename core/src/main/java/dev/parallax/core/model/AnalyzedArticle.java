package dev.parallax.core.model;

import java.util.List;

/**
 * Everything core understood of one article. All spans point into {@link #text()}.
 *
 * @param id       SHA-256 (lower-case hex) of the cleaned text: the article's identity
 * @param language the language of the text (ISO 639-1, e.g. "en", "ko"): declared, else recognised; "und" when unknown
 * @param meaning  sentence embeddings of the lead, claims and quotes ({@link Meaning#NONE} without an encoder)
 * @param warnings what went wrong or looked odd; analysis never throws for bad input
 */
public record AnalyzedArticle(
        String id,
        ArticleMeta meta,
        String text,
        Dateline dateline,
        List<Removal> removed,
        List<Sentence> sentences,
        List<EntityMention> mentions,
        List<TimeExpression> times,
        List<Quantity> quantities,
        List<Quote> quotes,
        List<Claim> claims,
        String language,
        Meaning meaning,
        List<String> warnings) {
    public AnalyzedArticle {
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        language = language == null || language.isBlank() ? "und" : language;
        meaning = meaning == null ? Meaning.NONE : meaning;
        warnings = List.copyOf(warnings);
    }

    /**
     * The id's hash: an article's id is the hash of its text, so equal analyses share it, and hashing the
     * whole analysis (text, sentences, tokens, vectors) on every map lookup would cost more than the lookup.
     */
    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    public String outlet() {
        return meta.outlet();
    }

    /** Whether the account is English, or its language could not be told: what English-only readings may read. */
    public boolean readsAsEnglish() {
        return "en".equals(language) || "und".equals(language);
    }

    /** What a reader calls this account: its outlet, else the file it was read from, else the start of its id. */
    public String name() {
        return name(outlet(), meta.source(), id);
    }

    /** An account's name from its outlet, source (a path or an upload's name) and id, whichever is known first. */
    public static String name(String outlet, String source, String id) {
        if (outlet != null && !outlet.isBlank()) return outlet;
        if (source != null && !source.isBlank()) {
            String s = source.replace('\\', '/');
            String file = s.substring(s.lastIndexOf('/') + 1);
            if (!file.isBlank()) return file;
        }
        return id == null ? "?" : id.substring(0, Math.min(8, id.length()));
    }

    /** This analysis with other sentence embeddings (made after the rest, or read back). */
    /** The sentence that holds the offset, or null (sentences are in text order and do not overlap). */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /**
     * Whether {@code [start, end)} lies inside a quotation of someone's own words (a direct quote or a transcript's turn,
     * not reported speech).
     */
    public boolean inOwnWords(int start, int end) {
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.INDIRECT && start >= q.start() && end <= q.end()) return true;
        }
        return false;
    }

    public AnalyzedArticle withMeaning(Meaning newMeaning) {
        return new AnalyzedArticle(id, meta, text, dateline, removed, sentences, mentions, times, quantities, quotes, claims,
                language, newMeaning, warnings);
    }
}
