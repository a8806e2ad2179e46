package dev.parallax.comparator.record;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A record read as passages a quotation can render: one per sentence of speech, each with its speaker. In a
 * transcript the speech is the speaker turns (core's TRANSCRIPT quotes) and the speaker is the turn's; the
 * page's headings, times and narrative are not speech. A record without turns (a joint statement, a readout)
 * speaks in its own voice: every sentence but the title is a passage, given to the person a readout says
 * spoke it when core found one ("The President reaffirmed ..."). Words are read once, with an index from
 * each word's key to the passages holding it, so a quotation meets only the passages that share its words.
 *
 * <p>A sentence whose clauses a colon or a semicolon joins ("Our farmers have done a good job this year: we will
 * harvest more grain than last year.") is two passages, so a quotation of one clause meets that clause alone;
 * a quotation of the whole sentence meets the two together.
 *
 * <p>A record whose last passage stops without a sentence's end (a page cut mid-word) is partial: Parallax
 * holds only its first part, and what comes after the cut is unknown.
 */
public final class RecordPassages {
    /**
     * One sentence of the record's speech.
     *
     * @param speakerId    the entity id of who speaks it, or null (the record's own voice, or an unnamed speaker)
     * @param speakerLabel the transcript's words for the speaker ("PRIME MINISTER STARMER"), or null
     * @param fromTurn     the speaker comes from a transcript's turn label (firm), not from a readout's wording
     * @param turn         passages of one turn share it; a record without turns has one per paragraph
     * @param question     a reporter's question ("Q"), not words of the record's speakers
     * @param cut          the passage where the record stops mid-sentence
     */
    public record Passage(int index, int start, int end, String speakerId, String speakerLabel, boolean fromTurn,
                          int turn, boolean question, boolean cut, int sentence) {}

    /** A passage's words: folded forms and keys (null for function words), with their offsets. */
    record PassageWords(String[] folds, String[] keys, int[] starts, int[] ends, Set<String> keySet) {}

    private static final Pattern QUESTION_LABEL = Pattern.compile("(?i)q|question|reporter|journalist|audience member|participant");
    private static final Pattern TIME = Pattern.compile("(?i)\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?.*|end");
    /** A page's closing dateline ("May 17, 2024, Harbin", "17 May 2024, Harbin"): the page's end, not cut words. */
    private static final Pattern DATELINE = Pattern.compile("(?i)(?:(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december)\\s+\\d{1,2},?|\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december))\\s+\\d{4}(?:\\s*,\\s*[\\p{L} .'’-]{1,40})?");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"”’'»)\\]]*\\s*$");

    private final AnalyzedArticle record;
    private final List<Passage> passages;
    private final List<PassageWords> words;
    /** Each key's number; the passages holding it; its weight (rarer keys weigh more); each passage's keys by number, sorted. */
    private final Map<String, Integer> ids;
    private final int[][] holding;
    private final double[] weights;
    private final int[][] passageIds;
    private final boolean partial;
    private final boolean turns;

    private RecordPassages(AnalyzedArticle record, List<Passage> passages, List<PassageWords> words, Map<String, Integer> ids,
                           int[][] holding, boolean partial, boolean turns) {
        this.record = record;
        this.passages = List.copyOf(passages);
        this.words = List.copyOf(words);
        this.ids = ids;
        this.holding = holding;
        this.partial = partial;
        this.turns = turns;
        int n = passages.size();
        this.weights = new double[holding.length];
        for (int i = 0; i < holding.length; i++) weights[i] = weight(n, holding[i].length);
        this.passageIds = new int[n][];
        for (int p = 0; p < n; p++) {
            Set<String> keys = words.get(p).keySet();
            int[] own = new int[keys.size()];
            int k = 0;
            for (String key : keys) own[k++] = ids.get(key);
            java.util.Arrays.sort(own);
            passageIds[p] = own;
        }
    }

    /** How much a key weighs when {@code df} of the record's {@code n} passages hold it: a rare word says more. */
    static double weight(int n, int df) {
        return 1 + Math.log(1 + (double) n / (1 + df));
    }

    public static RecordPassages of(AnalyzedArticle record, Vocabulary vocabulary) {
        String text = record.text();
        List<Quote> turnQuotes = record.quotes().stream().filter(q -> q.kind() == QuoteKind.TRANSCRIPT).toList();
        boolean turns = !turnQuotes.isEmpty();
        Map<Integer, String> readoutSpeakers = new HashMap<>();
        for (Claim c : record.claims()) {
            if (c.speakerId() != null && c.speakerId().startsWith("person:")) readoutSpeakers.put(c.sentenceIndex(), c.speakerId());
        }
        String title = record.meta() == null || record.meta().title() == null ? "" : record.meta().title().strip();
        List<Passage> passages = new ArrayList<>();
        for (Sentence s : record.sentences()) {
            if (turns) {
                for (Quote q : turnQuotes) {
                    int start = Math.max(s.start(), q.start()), end = Math.min(s.end(), q.end());
                    if (start >= end || text.substring(start, end).isBlank()) continue;
                    int[] trimmed = trim(text, start, end);
                    if (trimmed == null || pageEnd(text.substring(trimmed[0], trimmed[1]))) continue;
                    String label = q.speaker() == null ? null : q.speaker().strip();
                    boolean question = label != null && QUESTION_LABEL.matcher(label).matches();
                    for (int[] clause : clauses(text, trimmed[0], trimmed[1])) {
                        passages.add(new Passage(passages.size(), clause[0], clause[1], question ? null : q.speakerId(), label,
                                true, q.speakerStart() >= 0 ? q.speakerStart() : q.start(), question, false, s.index()));
                    }
                }
            } else {
                if (s.index() == 0 && s.text().strip().equalsIgnoreCase(title)) continue;
                int[] trimmed = trim(text, s.start(), s.end());
                if (trimmed == null || pageEnd(text.substring(trimmed[0], trimmed[1])) || Words.split(text.substring(trimmed[0], trimmed[1])).size() < 3) continue;
                // a heading ("Global Partners for the Future", "Read the joint statement") says nothing anyone quotes; the
                // last sentence may be cut, so it stays
                boolean last = s.index() == record.sentences().size() - 1;
                if (!last && !ENDS_SENTENCE.matcher(text.substring(trimmed[0], trimmed[1])).find()
                        && Words.split(text.substring(trimmed[0], trimmed[1])).size() < 8) continue;
                for (int[] clause : clauses(text, trimmed[0], trimmed[1])) {
                    passages.add(new Passage(passages.size(), clause[0], clause[1], readoutSpeakers.get(s.index()), null, false,
                            s.paragraph(), false, false, s.index()));
                }
            }
        }
        if (turns && !passages.isEmpty() && !record.sentences().isEmpty()) {
            // a transcript cut mid-sentence may end in a short line that reads like a heading, outside every turn: it is the
            // last speaker's words, cut
            Sentence end = record.sentences().get(record.sentences().size() - 1);
            Passage last = passages.get(passages.size() - 1);
            String words = text.substring(end.start(), end.end()).strip();
            if (end.start() >= last.end() && !ENDS_SENTENCE.matcher(words).find() && Words.split(words).size() >= 4
                    && !pageEnd(words)) {
                int[] trimmed = trim(text, end.start(), end.end());
                if (trimmed != null) {
                    passages.add(new Passage(passages.size(), trimmed[0], trimmed[1], last.speakerId(), last.speakerLabel(), true,
                            last.turn(), last.question(), false, end.index()));
                }
            }
        }
        boolean partial = false;
        if (!passages.isEmpty()) {
            Passage last = passages.get(passages.size() - 1);
            String tail = text.substring(last.start(), last.end());
            // a record that stops before a sentence ends is partial (only its first part is held); the page's own end
            // (a time stamp, "END", a heading) follows the last turn, so look at the text after the last passage too
            String rest = text.substring(last.end()).strip();
            if (!ENDS_SENTENCE.matcher(tail).find() && rest.isEmpty()) {
                partial = true;
                passages.set(passages.size() - 1, new Passage(last.index(), last.start(), last.end(), last.speakerId(),
                        last.speakerLabel(), last.fromTurn(), last.turn(), last.question(), true, last.sentence()));
            }
        }
        List<PassageWords> words = new ArrayList<>(passages.size());
        Map<String, Integer> ids = new HashMap<>();
        List<List<Integer>> byKey = new ArrayList<>();
        List<EntityMention> names = record.mentions().stream().filter(RecordPassages::keyed)
                .sorted(java.util.Comparator.comparingInt(EntityMention::start)).toList();
        for (Passage p : passages) {
            PassageWords w = words(text, p.start(), p.end(), vocabulary, names);
            words.add(w);
            for (String k : w.keySet()) {
                Integer id = ids.get(k);
                if (id == null) {
                    id = ids.size();
                    ids.put(k, id);
                    byKey.add(new ArrayList<>());
                }
                byKey.get(id).add(p.index());
            }
        }
        int[][] holding = new int[byKey.size()][];
        for (int i = 0; i < holding.length; i++) holding[i] = byKey.get(i).stream().mapToInt(Integer::intValue).toArray();
        return new RecordPassages(record, passages, words, ids, holding, partial, turns);
    }

    static PassageWords words(String text, int start, int end, Vocabulary vocabulary) {
        return words(text, start, end, vocabulary, List.of());
    }

    /**
     * The words of {@code text[start, end)}. A word inside a name the analysis linked is keyed by the entity, so
     * "President Zelenskyy" meets "Volodymyr" and "the Russian leader" meets "Putin" when core knows them as one.
     */
    static PassageWords words(String text, int start, int end, Vocabulary vocabulary, List<EntityMention> mentions) {
        List<Word> list = Words.split(text.substring(start, end), start);
        List<EntityMention> names = new ArrayList<>();
        for (EntityMention m : mentions) if (m.end() > start && m.start() < end && keyed(m)) names.add(m);
        int n = list.size();
        String[] folds = new String[n], keys = new String[n];
        int[] starts = new int[n], ends = new int[n];
        Set<String> keySet = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            Word w = list.get(i);
            folds[i] = Words.fold(w.text());
            keys[i] = vocabulary.key(folds[i]);
            for (EntityMention m : names) {
                if (m.start() <= w.start() && w.end() <= m.end()) {
                    keys[i] = "@" + m.entityId();
                    break;
                }
            }
            starts[i] = w.start();
            ends[i] = w.end();
            if (keys[i] != null) keySet.add(keys[i]);
        }
        return new PassageWords(folds, keys, starts, ends, keySet);
    }

    /** A name worth keying a word by: linked to a known entity, not a guess by spelling alone. */
    static boolean keyed(EntityMention m) {
        return m.entityId() != null && !m.entityId().startsWith("unknown:") && m.match() != MatchKind.FUZZY
                && m.confidence() >= 0.8;
    }

    private static final Pattern CLAUSE = Pattern.compile("[:;]\\s+");

    /** A sentence's clauses joined by a colon or a semicolon, each of three words or more; else the sentence. */
    static List<int[]> clauses(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = CLAUSE.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (Words.split(text.substring(from, m.start())).size() >= 3 && Words.split(text.substring(m.end(), end)).size() >= 3) {
                out.add(new int[] {from, m.start() + 1});
                from = m.end();
            }
        }
        out.add(new int[] {from, end});
        return out;
    }

    /** The span without surrounding spaces and quote marks; null when nothing is left. */
    private static int[] trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "\"“”'‘’«»".indexOf(text.charAt(start)) >= 0)) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start < end ? new int[] {start, end} : null;
    }

    public AnalyzedArticle record() {
        return record;
    }

    public List<Passage> passages() {
        return passages;
    }

    PassageWords words(int passage) {
        return words.get(passage);
    }

    /** A key's number, or -1 when no passage holds it. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /** The passages holding the key of this number, in order. */
    int[] holding(int id) {
        return holding[id];
    }

    /** The weight of the key of this number; {@link #absentWeight()} for a key no passage holds. */
    double weight(int id) {
        return id < 0 ? absentWeight() : weights[id];
    }

    double absentWeight() {
        return weight(passages.size(), 0);
    }

    /** The numbers of a passage's keys, sorted. */
    int[] ids(int passage) {
        return passageIds[passage];
    }

    /** Whether the record stops mid-sentence: Parallax holds only its first part. */
    /** A line that closes the page (a time stamp, "END", a dateline), not words anyone said. */
    private static boolean pageEnd(String words) {
        String w = words.strip();
        return TIME.matcher(w).matches() || DATELINE.matcher(w).matches();
    }

    public boolean partial() {
        return partial;
    }

    /** Whether the record is a transcript read by speaker turns. */
    public boolean turns() {
        return turns;
    }

    public String text(Passage p) {
        return record.text().substring(p.start(), p.end());
    }
}
