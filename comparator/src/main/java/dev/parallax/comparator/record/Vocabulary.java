package dev.parallax.comparator.record;

import dev.parallax.comparator.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fidelity check knows of words: the families of words a rendering may use for the record's
 * (on top of the comparator's {@link Words#CONTENT} key), the ladders of words that change the scope of
 * what was said, and the modal words by class. Read from {@code vocabulary.txt}; a test or a caller may
 * pass its own.
 *
 * @param families word stem (folded) to family name
 * @param ladders  word stem to its {ladder, rung}s: two words of one ladder on different rungs say different things (a
 *                 ladder of two rungs holds opposites, "uphold" / "overturn"); a word may stand on several ladders
 * @param modals   modal word (folded) to its class: POSSIBLE ("could"), FUTURE ("will", reported "would"),
 *                 OBLIGATION ("must")
 * @param negatives word stems that negate without a "not" ("unacceptable", "refused", "without")
 */
public record Vocabulary(Map<String, String> families, Map<String, List<int[]>> ladders, Map<String, Modal> modals,
                         Set<String> negatives) {
    public Vocabulary {
        families = Map.copyOf(families);
        ladders = Map.copyOf(ladders);
        modals = Map.copyOf(modals);
        negatives = Set.copyOf(negatives);
    }

    /** How a modal word frames what follows. Reported speech shifts tense inside a class ("will" / "would"). */
    public enum Modal { POSSIBLE, FUTURE, OBLIGATION }

    static final Map<String, Modal> MODALS = defaultModals();
    private static final Vocabulary DEFAULTS = load("/dev/parallax/comparator/record/vocabulary.txt");

    public static Vocabulary defaults() {
        return DEFAULTS;
    }

    /** The key a word is matched on: its content key (hyphens aside: "G-7" is "G7"), then its family; null for a function word. */
    public String key(String folded) {
        if (folded.indexOf('-') > 0) folded = folded.replace("-", "");
        String k = Words.contentKeyOfFolded(folded);
        if (k == null) return null;
        String f = families.get(k);
        if (f != null) return f;
        f = families.get(Words.stem(folded));
        return f != null ? f : k;
    }

    /** The {ladder, rung}s of a word, empty when it stands on none. */
    public List<int[]> rungs(String folded) {
        List<int[]> r = ladders.get(Words.stem(folded));
        if (r == null) r = ladders.get(folded);
        return r == null ? List.of() : r;
    }

    /** Whether two words stand on different rungs of one ladder: one put for the other changes what was said. */
    public boolean differ(String a, String b) {
        for (int[] x : rungs(a)) {
            for (int[] y : rungs(b)) if (x[0] == y[0] && x[1] != y[1]) return true;
        }
        return false;
    }

    public Modal modal(String folded) {
        return modals.get(folded);
    }

    private static Map<String, Modal> defaultModals() {
        Map<String, Modal> m = new HashMap<>();
        for (String w : List.of("can", "could", "may", "might", "possibly", "perhaps", "maybe", "probably", "likely")) {
            m.put(w, Modal.POSSIBLE);
        }
        for (String w : List.of("will", "would", "shall", "won't", "wouldn't", "'ll")) m.put(w, Modal.FUTURE);
        for (String w : List.of("must", "should", "ought", "need", "needs")) m.put(w, Modal.OBLIGATION);
        for (String w : List.of("can't", "cannot", "couldn't", "mightn't")) m.put(w, Modal.POSSIBLE);
        return m;
    }

    static Vocabulary load(String resource) {
        Map<String, String> families = new HashMap<>();
        Map<String, List<int[]>> ladders = new HashMap<>();
        Set<String> negatives = new java.util.HashSet<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            int ladder = 0;
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                line = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (line.isEmpty()) continue;
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                if (section.equals("[families]")) {
                    String[] words = line.split("\\s+");
                    String name = "~" + Words.stem(Words.fold(words[0]));
                    for (String w : words) {
                        String folded = Words.fold(w);
                        families.putIfAbsent(Words.stem(folded), name);
                        String content = Words.contentKeyOfFolded(folded);
                        if (content != null) families.putIfAbsent(content, name);
                    }
                } else if (section.equals("[negatives]")) {
                    for (String w : line.split("\\s+")) negatives.add(Words.stem(Words.fold(w)));
                } else if (section.equals("[ladders]")) {
                    ladder++;
                    String[] rungs = line.split("\\|");
                    for (int i = 0; i < rungs.length; i++) {
                        for (String w : rungs[i].strip().split("\\s+")) {
                            if (!w.isEmpty()) {
                                ladders.computeIfAbsent(Words.stem(Words.fold(w)), k -> new java.util.ArrayList<>()).add(new int[] {ladder, i});
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(families, ladders, MODALS, negatives);
    }

    /** Words that negate what they govern; "n't" endings count too. */
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither", "nor",
            "cannot", "non", "nowhere", "no-one");

    /** A word that negates with "not" or its kin ("never", "don't"). */
    static boolean negation(String folded) {
        return NEGATIONS.contains(folded) || folded.endsWith("n't") || folded.startsWith("non-");
    }

    /** A word that negates, grammatically or by its meaning ("unacceptable", "refused"). */
    boolean negative(String folded) {
        return negation(folded) || negatives.contains(Words.stem(folded)) || negatives.contains(folded);
    }
}
