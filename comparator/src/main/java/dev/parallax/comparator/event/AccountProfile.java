package dev.parallax.comparator.event;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * @param people main people (entity ids, sorted): the most named, the opening counting double
 * @param places where it says it happened (entity ids and the dateline's place, sorted)
 * @param things other names it is about: bodies, documents, weapon systems, unknown multi-word names (sorted)
 * @param venues where its opening says the meeting took place ({@link MeetingVenue}; entity ids, sorted)
 */
record AccountProfile(String id, String language, byte[] lead, int[] terms, double[] weights, int[] rare, String[] people,
                      String[] places, String[] things, String[] venues, EventDates.Dating dating, String[] blockKeys) {

    static final int MAIN_PEOPLE = 4;
    static final int MAIN_PLACES = 4;
    static final int MAIN_THINGS = 6;
    /** Sentences whose names count double: where a report says who, where and what. */
    static final int OPENING_SENTENCES = 3;
    /** Sentences read for where the meeting was: a scraped page's opening often holds a caption or a kicker first. */
    static final int VENUE_SENTENCES = 5;

    long day() {
        return dating.event() == null ? Long.MIN_VALUE : dating.event().toEpochDay();
    }

    boolean dated() {
        return dating.event() != null;
    }

    /** Profiles of a batch: TF-IDF needs the batch's document frequencies. */
    static AccountProfile[] of(List<AnalyzedArticle> articles, int termsPerArticle) {
        int n = articles.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> termCounts = new ArrayList<>(n);
        int[] df = new int[16];
        for (AnalyzedArticle a : articles) {
            Map<Integer, Integer> tf = new TreeMap<>();
            String text = a.text();
            int words = 0;
            for (Word w : Words.split(text.length() > 60_000 ? text.substring(0, 60_000) : text)) {
                String key = Words.contentKey(w.text());
                if (key == null || key.length() < 3) continue;
                int id = vocabulary.computeIfAbsent(key, k -> vocabulary.size());
                tf.merge(id, 1, Integer::sum);
                if (++words > 5_000) break;
            }
            int[] packed = new int[tf.size() * 2];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                if (e.getKey() >= df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, e.getKey() + 1));
                df[e.getKey()]++;
                packed[k++] = e.getKey();
                packed[k++] = e.getValue();
            }
            termCounts.add(packed);
        }
        AccountProfile[] out = new AccountProfile[n];
        for (int i = 0; i < n; i++) {
            out[i] = profile(articles.get(i), termCounts.get(i), df, n, termsPerArticle);
            termCounts.set(i, null);
        }
        return out;
    }

    private static AccountProfile profile(AnalyzedArticle a, int[] packed, int[] df, int n, int termsPerArticle) {
        int terms = packed.length / 2;
        double[] w = new double[terms];
        Integer[] order = new Integer[terms];
        for (int t = 0; t < terms; t++) {
            int id = packed[2 * t];
            w[t] = (1 + Math.log(packed[2 * t + 1])) * Math.log(1.0 + (double) n / df[id]);
            order[t] = t;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer t) -> -w[t]).thenComparingInt(t -> packed[2 * t]));
        int keep = Math.min(terms, termsPerArticle);
        Integer[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept, Comparator.comparingInt(t -> packed[2 * t]));
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
        // the batch's rare words: used by at most a few accounts, but by more than this one
        int rareLimit = Math.max(2, n / 20);
        int[] rare = java.util.stream.IntStream.range(0, terms).map(t -> packed[2 * t])
                .filter(id -> df[id] >= 2 && df[id] <= rareLimit).sorted().toArray();

        int opening = 0;
        for (Sentence s : a.sentences()) {
            if (s.index() >= OPENING_SENTENCES) break;
            opening = s.end();
        }
        Map<String, Integer> people = new TreeMap<>(), places = new TreeMap<>(), things = new TreeMap<>();
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null) continue;
            int weight = m.start() < opening ? 3 : 1;
            boolean unknown = m.entityId().startsWith("unknown:");
            if (m.kind() == EntityKind.PERSON && !unknown) people.merge(m.entityId(), weight, Integer::sum);
            else if (m.kind() == EntityKind.PLACE && !unknown) places.merge(m.entityId(), weight, Integer::sum);
            else if (m.kind() != EntityKind.PERSON && m.kind() != EntityKind.PLACE && (!unknown || multiWordName(m.surface()))) {
                things.merge(m.entityId(), weight, Integer::sum);
            }
        }
        String[] mainPeople = top(people, MAIN_PEOPLE);
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
        return new AccountProfile(a.id(), a.language(), lead, ids, weights, rare, mainPeople, mainPlaces, mainThings, venues,
                EventDates.dating(a), keys.toArray(String[]::new));
    }

    /** "Atlantic Declaration", "Technology Safeguards Agreement": a name the gazetteer does not know, but a name. */
    private static boolean multiWordName(String surface) {
        String[] words = surface.strip().split("\\s+");
        if (words.length < 2 || words.length > 6) return false;
        int capitalized = 0;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) capitalized++;
        return capitalized >= 2;
    }

    /** The most weighted ids (ties by id), sorted. */
    private static String[] top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).sorted().toArray(String[]::new);
    }
}
