package dev.parallax.web.service;

import dev.parallax.comparator.text.Words;
import dev.parallax.db.StoredFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which new finding an old one became after its event was compared again: the same type, and the
 * same evidence (under another event id), or evidence that grew or shrank (an account joined or
 * left), or mostly the same words. A finding nothing carries any more has no successor.
 *
 * <p>Reviewed findings choose first, best match first, and no two of them take the same successor:
 * a review never lands on a finding that already has one. Unreviewed findings may share one (only
 * their old links lead there).
 */
final class FindingSuccession {
    /** Evidence that neither contains nor is contained must share at least this much (Jaccard) to count. */
    static final double MIN_OVERLAP = 0.5;

    private FindingSuccession() {}

    /**
     * @param before the findings as they were (any number of events)
     * @param after  the findings now
     * @return old fingerprint -> new fingerprint, for each old finding that is gone but has a successor
     */
    static Map<String, String> successors(Collection<StoredFinding> before, Collection<StoredFinding> after) {
        Set<String> now = new HashSet<>();
        after.forEach(f -> now.add(f.fingerprint()));
        Set<String> reviewedNow = new HashSet<>();
        after.forEach(f -> {
            if (f.reviewed()) {
                reviewedNow.add(f.fingerprint());
            }
        });
        List<StoredFinding> gone = before.stream().filter(f -> !now.contains(f.fingerprint())).toList();
        record Candidate(StoredFinding from, StoredFinding to, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (StoredFinding f : gone) {
            for (StoredFinding g : after) {
                if (!f.type().equals(g.type())) {
                    continue;
                }
                double score = score(keys.computeIfAbsent(f.fingerprint(), k -> key(f)),
                        keys.computeIfAbsent("new:" + g.fingerprint(), k -> key(g)));
                if (score > 0) {
                    candidates.add(new Candidate(f, g, score));
                }
            }
        }
        // best first; ties by fingerprints so the outcome does not depend on row order
        candidates.sort((a, b) -> {
            int c = Double.compare(b.score(), a.score());
            if (c != 0) {
                return c;
            }
            c = a.from().fingerprint().compareTo(b.from().fingerprint());
            return c != 0 ? c : a.to().fingerprint().compareTo(b.to().fingerprint());
        });
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(reviewedNow);
        for (Candidate c : candidates) { // reviewed findings first, one successor each
            if (c.from().reviewed() && !chosen.containsKey(c.from().fingerprint()) && taken.add(c.to().fingerprint())) {
                chosen.put(c.from().fingerprint(), c.to().fingerprint());
            }
        }
        for (Candidate c : candidates) {
            if (!c.from().reviewed() && !chosen.containsKey(c.from().fingerprint())) {
                chosen.put(c.from().fingerprint(), c.to().fingerprint());
            }
        }
        return chosen;
    }

    private static Set<String> key(StoredFinding f) {
        Set<String> texts = new TreeSet<>();
        f.evidenceTexts().forEach(t -> texts.add(Words.normalizeEvidence(t)));
        return texts;
    }

    /** 3: the same evidence; 2..3: one contains the other; up to 1: enough words in common; 0: not the same finding. */
    static double score(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 3;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        if (common.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        double jaccard = (double) common.size() / union.size();
        if (common.size() == a.size() || common.size() == b.size()) {
            return 2 + jaccard;
        }
        return jaccard >= MIN_OVERLAP ? jaccard : 0;
    }
}
