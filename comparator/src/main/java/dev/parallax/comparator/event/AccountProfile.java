package dev.parallax.comparator.event;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What grouping compares of one account: the meaning of its lead, its weighted words, the people,
 * places and other names it is about (weighted by where and how often they are named), its language
 * and its days. Built once per account per grouping run.
 *
 * @param terms  ids of its highest-weighted words (sorted), {@code weights} their unit-normalized TF-IDF
 * @param rare   ids of its words that few other accounts of the batch use (sorted): the specifics of a story
 *               (a figure, a minister's name, a document) that two accounts of one meeting share
 * @param people main people (entity ids, sorted): the most named, the opening counting triple, asides left out
 * @param places where it says it happened (entity ids and the dateline's place, sorted)
 * @param things other names it is about: bodies, documents, weapon systems, unknown multi-word names (sorted)
 * @param venues where its opening says the meeting took place ({@link MeetingVenue}; entity ids, sorted)
 * @param day    the event day as an epoch day, {@link Long#MIN_VALUE} when it has none
 * @param leadSquares the lead vector's sum of squares ({@link Meaning#squares}), computed once for its many pairs
 * @param leadValues  the lead vector widened to ints ({@link Meaning#widen}), for fast cosines; null without a lead
 * @param names  {@code people}, {@code places} and {@code things} as numbers for the batch (same number, same name),
 *               each sorted: pairs count shared names without comparing strings
 */
record AccountProfile(String id, String language, byte[] lead, int[] terms, double[] weights, int[] rare, String[] people,
                      String[] places, String[] things, String[] venues, EventDates.Dating dating, String[] blockKeys,
                      long day, long leadSquares, int[] leadValues, Names names) {

    /** An account's names as batch numbers, each array sorted. */
    record Names(int[] people, int[] places, int[] things) {}

    static final int MAIN_PEOPLE = 4;
    static final int MAIN_PLACES = 4;
    static final int MAIN_THINGS = 6;
    /** Sentences whose names count double: where a report says who, where and what. */
    static final int OPENING_SENTENCES = 3;
    /** Sentences read for where the meeting was: a scraped page's opening often holds a caption or a kicker first. */
    static final int VENUE_SENTENCES = 5;
    /** A rare word is used by at most one account in this many of the batch. */
    static final int RARE_SHARE = 5;

    boolean dated() {
        return day != Long.MIN_VALUE;
    }

    /** Profiles of a batch: TF-IDF needs the batch's document frequencies. */
    static AccountProfile[] of(List<AnalyzedArticle> articles, int termsPerArticle) {
        int n = articles.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> termCounts = new ArrayList<>(n);
        int[] df = new int[16];
        int[] ids = new int[64];
        for (AnalyzedArticle a : articles) {
            String text = a.text();
            int words = 0;
            for (Word w : Words.split(text.length() > 60_000 ? text.substring(0, 60_000) : text)) {
                String key = Words.contentKey(w.text());
                if (key == null || key.length() < 3) continue;
                int id = vocabulary.computeIfAbsent(key, k -> vocabulary.size());
                if (words == ids.length) ids = Arrays.copyOf(ids, words * 2);
                ids[words] = id;
                if (++words > 5_000) break;
            }
            // (id, count) pairs in id order: sorted ids counted run by run
            Arrays.sort(ids, 0, words);
            int distinct = 0;
            for (int k = 0; k < words; k++) if (k == 0 || ids[k] != ids[k - 1]) distinct++;
            int[] packed = new int[distinct * 2];
            int k = 0;
            for (int x = 0; x < words; ) {
                int y = x;
                while (y < words && ids[y] == ids[x]) y++;
                if (ids[x] >= df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, ids[x] + 1));
                df[ids[x]]++;
                packed[k++] = ids[x];
                packed[k++] = y - x;
                x = y;
            }
            termCounts.add(packed);
        }
        AccountProfile[] out = new AccountProfile[n];
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out[i] = profile(articles.get(i), termCounts.get(i), df, n, termsPerArticle, names);
            termCounts.set(i, null);
        }
        return out;
    }

    private static AccountProfile profile(AnalyzedArticle a, int[] packed, int[] df, int n, int termsPerArticle,
                                          Map<String, Integer> names) {
        int terms = packed.length / 2;
        double[] w = new double[terms];
        for (int t = 0; t < terms; t++) {
            int id = packed[2 * t];
            // a word no other account of the batch uses can match nothing: weighed, it would only take a place among
            // the kept terms and lower every cosine of the account (the rarest words score highest by TF-IDF)
            w[t] = n > 1 && df[id] < 2 ? 0 : (1 + Math.log(packed[2 * t + 1])) * Math.log(1.0 + (double) n / df[id]);
        }
        // terms by weight, highest first, ties by word id (ids are distinct, so the order is total)
        int[] order = byWeight(w, packed);
        int weighed = 0;
        for (double x : w) if (x > 0) weighed++;
        int keep = Math.min(weighed, termsPerArticle);
        // the kept terms in word-id order: packed lists terms by id, so their positions sorted are that order
        int[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept);
        int[] ids = new int[keep];
        double[] weights = new double[keep];
        double norm = 0;
        for (int k = 0; k < keep; k++) {
            ids[k] = packed[2 * kept[k]];
            weights[k] = w[kept[k]];
            norm += weights[k] * weights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < keep; k++) weights[k] /= norm == 0 ? 1 : norm;
        // the batch's rare words: used by at most a few accounts, but by more than this one, and by no more than a
        // fifth of the batch: in a handful of pages any two long ones share words no third one uses, and five
        // meetings of the same two leaders, saved without dates, would read as one
        int rareLimit = Math.min(Math.max(2, n / 20), n / RARE_SHARE);
        int[] rare = java.util.stream.IntStream.range(0, terms).map(t -> packed[2 * t])
                .filter(id -> df[id] >= 2 && df[id] <= rareLimit).sorted().toArray();

        int opening = 0;
        for (Sentence s : a.sentences()) {
            if (s.index() >= OPENING_SENTENCES) break;
            opening = s.end();
        }
        Map<String, Integer> people = new TreeMap<>(), places = new TreeMap<>(), things = new TreeMap<>();
        for (EntityMention m : a.mentions()) {
            // a topic of talks (AI, climate change) comes up at many meetings: it tells no meeting from another
            if (m.entityId() == null || m.entityId().startsWith(dev.parallax.core.entity.EntityLinker.TOPIC)) continue;
            int weight = m.start() < opening ? 3 : 1;
            boolean unknown = m.entityId().startsWith("unknown:");
            if (m.kind() == EntityKind.PERSON && !unknown) people.merge(m.entityId(), weight, Integer::sum);
            else if (m.kind() == EntityKind.PLACE && !unknown) places.merge(m.entityId(), weight, Integer::sum);
            else if (m.kind() != EntityKind.PERSON && m.kind() != EntityKind.PLACE && (!unknown || multiWordName(m.surface()))) {
                things.merge(m.entityId(), weight, Integer::sum);
            }
        }
        String[] mainPeople = top(withoutAsides(people), MAIN_PEOPLE);
        List<String> placeList = new ArrayList<>(List.of(top(places, MAIN_PLACES)));
        if (a.dateline() != null && a.dateline().place() != null) placeList.add("dateline:" + Words.fold(a.dateline().place()));
        String[] mainPlaces = placeList.stream().distinct().sorted().toArray(String[]::new);
        String[] mainThings = top(things, MAIN_THINGS);

        Set<String> keys = new LinkedHashSet<>();
        if (mainPeople.length >= 2) {
            for (int x = 0; x < mainPeople.length; x++)
                for (int y = x + 1; y < mainPeople.length; y++) keys.add("p:" + mainPeople[x] + "|" + mainPeople[y]);
        }
        for (String p : mainPeople) keys.add("p:" + p);
        // rare terms catch accounts whose participants were not linked (or that name only one of them)
        for (int k = 0; k < Math.min(2, keep); k++) keys.add("t:" + packed[2 * order[k]]);
        for (String t : mainThings) keys.add("x:" + t);
        byte[] lead = a.meaning() == null || a.meaning().isEmpty() ? null : a.meaning().lead();
        String[] venues = MeetingVenue.of(a, VENUE_SENTENCES).stream().map(v -> v.mention().entityId()).distinct().sorted()
                .toArray(String[]::new);
        EventDates.Dating dating = EventDates.dating(a);
        return new AccountProfile(a.id(), a.language(), lead, ids, weights, rare, mainPeople, mainPlaces, mainThings, venues,
                dating, keys.toArray(String[]::new), dating.event() == null ? Long.MIN_VALUE : dating.event().toEpochDay(),
                Meaning.squares(lead), Meaning.widen(lead), new Names(numbers(mainPeople, names), numbers(mainPlaces, names), numbers(mainThings, names)));
    }

    /** The batch numbers of names (a name new to the batch gets the next number), sorted. */
    private static int[] numbers(String[] values, Map<String, Integer> names) {
        int[] out = new int[values.length];
        for (int k = 0; k < values.length; k++) out[k] = names.computeIfAbsent(values[k], x -> names.size());
        Arrays.sort(out);
        return out;
    }

    /**
     * Positions 0..w.length-1 ordered by weight descending, ties by the term's id ({@code packed[2 * t]}): the order
     * {@code Comparator.comparingDouble(t -> -w[t]).thenComparingInt(t -> packed[2 * t])} gives, without boxing.
     */
    private static int[] byWeight(double[] w, int[] packed) {
        int[] order = new int[w.length];
        for (int t = 0; t < order.length; t++) order[t] = t;
        int[] buffer = new int[order.length];
        mergeSort(order, buffer, 0, order.length, w, packed);
        return order;
    }

    private static void mergeSort(int[] a, int[] buffer, int from, int to, double[] w, int[] packed) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, w, packed);
        mergeSort(a, buffer, mid, to, w, packed);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) buffer[k++] = before(a[j], a[i], w, packed) ? a[j++] : a[i++];
        while (i < mid) buffer[k++] = a[i++];
        while (j < to) buffer[k++] = a[j++];
        System.arraycopy(buffer, from, a, from, to - from);
    }

    private static boolean before(int x, int y, double[] w, int[] packed) {
        int c = Double.compare(-w[x], -w[y]);
        return c != 0 ? c < 0 : packed[2 * x] < packed[2 * y];
    }

    /** "Atlantic Declaration", "Technology Safeguards Agreement": a name the gazetteer does not know, but a name. */
    private static boolean multiWordName(String surface) {
        String[] words = surface.strip().split("\\s+");
        if (words.length < 2 || words.length > 6) return false;
        int capitalized = 0;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) capitalized++;
        return capitalized >= 2;
    }

    /**
     * A person whose weight is under a quarter of the most named one's is an aside: a leader a quote stands against
     * ("against Putin's tyranny"), a word the linker took for a name once ("Mars", "School"). An account with two
     * leaders and an aside shares the aside with other meetings of one of them, and an aside among only four main
     * people dilutes the overlap with accounts of its own meeting.
     */
    static final int ASIDE_RATIO = 4;

    /** The people weighed, asides left out ({@link #ASIDE_RATIO}). */
    private static Map<String, Integer> withoutAsides(Map<String, Integer> people) {
        int most = people.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> out = new TreeMap<>();
        people.forEach((id, w) -> {
            if (w * ASIDE_RATIO >= most) out.put(id, w);
        });
        return out;
    }

    /** The most weighted ids (ties by id), sorted. */
    private static String[] top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).sorted().toArray(String[]::new);
    }
}
