package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.SideBySide.ChangeKind;
import dev.parallax.comparator.report.SideBySide.InlineChange;
import dev.parallax.comparator.report.Span;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Comparison#sideBySide} (sentences split into words once, similarity keys as numbers) against
 * the plain way it replaced: every sentence split again for its keys and again for its word diff,
 * keys compared as sets of strings. Both must answer the same, row for row and offset for offset.
 */
class SideBySideReferenceTest {
    private static final String[] ACCOUNTS = {
            """
            The Orlen river bridge at Kessvik reopened on Tuesday after eleven months of repairs.
            Mayor Aleksandra Voronova cut the ribbon at 9.30 in front of about 400 residents.
            The works cost 14.2 million euros, a third more than the council had planned.
            "We kept our promise to the north bank," Voronova said.
            Lorries over 7.5 tonnes stay banned until the spring inspection.""",
            """
            Kessvik’s Orlen bridge is open again.
            Mayor Alexandra Voronova reopened it on Tuesday morning, eleven months after it was closed for repairs.
            Some 300 people watched the ceremony.
            The repairs cost 14.2 million euros — about a third over budget, council papers show.
            Heavy lorries remain banned for now.""",
            """
            After nearly a year of works, traffic crossed the Orlen bridge in Kessvik again on Tuesday.
            "We kept our promise to the north bank," said Mayor Voronowa, who opened the crossing.
            The council says the bill came to 19 million euros.
            Cyclists get a new lane on the eastern side. Café owners on the quay welcomed the news 😀.""",
            """
            Kessvik's mayor opened the repaired Orlen bridge on Wednesday.

            Residents had waited eleven months; the detour through Haldby added 25 minutes to each trip.
            The mayor, Aleksandra Voronova, said the north bank had been promised a quick fix.
            Trucks heavier than 7.5 tonnes are still not allowed on the bridge."""
    };

    @Test
    void fixtureAccountsDiffAsBefore() {
        Comparison comparison = Comparison.withDefaults();
        List<AnalyzedArticle> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS.length; i++) {
            accounts.add(MiniAnalyzer.analyze("Outlet " + i, "2025-03-0" + (i + 1), null, ACCOUNTS[i]));
        }
        // unsegmented: paragraphs stand in for sentences
        AnalyzedArticle plain = accounts.get(3);
        accounts.add(new AnalyzedArticle(plain.id(), plain.meta(), plain.text(), plain.dateline(), plain.removed(), List.of(),
                plain.mentions(), plain.times(), plain.quantities(), plain.quotes(), plain.claims(), plain.language(), plain.meaning(), plain.warnings()));
        for (AnalyzedArticle a : accounts) {
            for (AnalyzedArticle b : accounts) {
                if (a == b) continue;
                SideBySide expected = Reference.align(a, b);
                assertEquals(expected, comparison.sideBySide(a, b));
                assertFalse(expected.rows().isEmpty());
                // made ready once, from the analysis or from its id, text and sentence bounds alone
                assertEquals(expected, comparison.sideBySide(comparison.sideBySideForm(a), comparison.sideBySideForm(b)));
                assertEquals(expected, comparison.sideBySide(comparison.sideBySideForm(a.id(), a.text(), bounds(a)),
                        comparison.sideBySideForm(b.id(), b.text(), bounds(b))));
            }
        }
    }

    private static int[] bounds(AnalyzedArticle a) {
        return a.sentences().stream().flatMapToInt(s -> java.util.stream.IntStream.of(s.start(), s.end())).toArray();
    }

    @Test
    void mutatedAccountsDiffAsBefore() {
        Comparison comparison = Comparison.withDefaults();
        Random random = new Random(2025);
        String[] extra = {"reportedly", "Voronowa", "Kessvik", "12", "tonnes", "the", "bridge", "Ölen", "x-ray", "Ivanov’s"};
        for (int t = 0; t < 200; t++) {
            String source = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            List<String> words = new ArrayList<>(List.of(source.split(" ")));
            int edits = 1 + random.nextInt(12);
            for (int e = 0; e < edits && words.size() > 2; e++) {
                int at = random.nextInt(words.size());
                switch (random.nextInt(3)) {
                    case 0 -> words.remove(at);
                    case 1 -> words.add(at, extra[random.nextInt(extra.length)]);
                    default -> words.set(at, extra[random.nextInt(extra.length)]);
                }
            }
            AnalyzedArticle a = MiniAnalyzer.analyze("Left", "2025-03-01", null, source);
            AnalyzedArticle b = MiniAnalyzer.analyze("Right", "2025-03-02", null, String.join(" ", words));
            assertEquals(Reference.align(a, b), comparison.sideBySide(a, b));
            assertEquals(Reference.align(b, a), comparison.sideBySide(b, a));
        }
    }

    /** The side-by-side as it was computed before: the reference the faster one must match. */
    private static final class Reference {
        private static final double MIN_SIMILARITY = 0.25;
        private static final ComparisonConfig.Limits LIMITS = ComparisonConfig.defaults().limits();

        static SideBySide align(AnalyzedArticle left, AnalyzedArticle right) {
            List<String> warnings = new ArrayList<>();
            List<int[]> ls = spans(left, warnings), rs = spans(right, warnings);
            List<Set<String>> lk = ls.stream().map(s -> keys(left.text(), s)).toList();
            List<Set<String>> rk = rs.stream().map(s -> keys(right.text(), s)).toList();
            int n = ls.size(), m = rs.size();
            double[][] score = new double[n + 1][m + 1];
            double[][] sim = new double[n][m];
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sim[i][j] = dice(lk.get(i), rk.get(j));
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= m; j++) {
                    double best = Math.max(score[i - 1][j], score[i][j - 1]);
                    if (sim[i - 1][j - 1] >= MIN_SIMILARITY) best = Math.max(best, score[i - 1][j - 1] + sim[i - 1][j - 1]);
                    score[i][j] = best;
                }
            }
            List<SideBySide.Row> rows = new ArrayList<>();
            int i = n, j = m;
            boolean truncated = false;
            WordDiffer differ = new WordDiffer(LIMITS.maxDiffTokens());
            while (i > 0 || j > 0) {
                if (i > 0 && j > 0 && sim[i - 1][j - 1] >= MIN_SIMILARITY
                        && score[i][j] == score[i - 1][j - 1] + sim[i - 1][j - 1]) {
                    int[] a = ls.get(i - 1), b = rs.get(j - 1);
                    List<WordChange> changes = new ArrayList<>();
                    truncated |= diff(differ, left.text(), a[0], a[1], right.text(), b[0], b[1], changes);
                    rows.add(new SideBySide.Row(span(left, a), span(right, b), Math.round(sim[i - 1][j - 1] * 1000) / 1000.0,
                            changes.stream().map(c -> inline(c, left.text(), right.text())).toList()));
                    i--;
                    j--;
                } else if (j > 0 && (i == 0 || score[i][j] == score[i][j - 1])) {
                    rows.add(new SideBySide.Row(null, span(right, rs.get(j - 1)), 0, List.of()));
                    j--;
                } else {
                    rows.add(new SideBySide.Row(span(left, ls.get(i - 1)), null, 0, List.of()));
                    i--;
                }
            }
            Collections.reverse(rows);
            if (truncated) warnings.add("some rows were longer than the word-diff cap; their diffs stop at the cap");
            return new SideBySide(left.id(), right.id(), rows, warnings);
        }

        private static boolean diff(WordDiffer differ, String leftText, int ls, int le, String rightText, int rs, int re,
                                    List<WordChange> changes) {
            List<Word> lw = Words.split(leftText.substring(ls, le), ls);
            List<Word> rw = Words.split(rightText.substring(rs, re), rs);
            WordDiffer.WordDiff d = differ.diff(lw.stream().map(w -> Words.spellingKey(w.text())).toList(),
                    rw.stream().map(w -> Words.spellingKey(w.text())).toList());
            for (WordDiffer.Hunk h : d.hunks()) {
                if (h.kind() == WordDiffer.Kind.EQUAL) {
                    int from = 0;
                    int len = h.leftTo() - h.leftFrom();
                    while (from < len) {
                        boolean same = sameFold(lw.get(h.leftFrom() + from), rw.get(h.rightFrom() + from));
                        int to = from + 1;
                        while (to < len && sameFold(lw.get(h.leftFrom() + to), rw.get(h.rightFrom() + to)) == same) to++;
                        changes.add(change(same ? WordDiffer.Kind.EQUAL : WordDiffer.Kind.CHANGE, lw, h.leftFrom() + from,
                                h.leftFrom() + to, rw, h.rightFrom() + from, h.rightFrom() + to, leftText, rightText, !same));
                        from = to;
                    }
                } else {
                    changes.add(change(h.kind(), lw, h.leftFrom(), h.leftTo(), rw, h.rightFrom(), h.rightTo(),
                            leftText, rightText, false));
                }
            }
            return d.truncated();
        }

        private static boolean sameFold(Word a, Word b) {
            return Words.fold(a.text()).equals(Words.fold(b.text()));
        }

        private static WordChange change(WordDiffer.Kind kind, List<Word> lw, int lf, int lt, List<Word> rw, int rf, int rt,
                                         String leftText, String rightText, boolean spelling) {
            int ls = lf < lt ? lw.get(lf).start() : -1, le = lf < lt ? lw.get(lt - 1).end() : -1;
            int rs = rf < rt ? rw.get(rf).start() : -1, re = rf < rt ? rw.get(rt - 1).end() : -1;
            return new WordChange(kind, ls < 0 ? "" : leftText.substring(ls, le), ls, le,
                    rs < 0 ? "" : rightText.substring(rs, re), rs, re, spelling);
        }

        private static List<int[]> spans(AnalyzedArticle a, List<String> warnings) {
            List<int[]> out = new ArrayList<>();
            List<Sentence> sentences = a.sentences();
            if (sentences.isEmpty() && !a.text().isEmpty()) {
                int start = 0;
                for (String p : a.text().split("\n\n", -1)) {
                    if (!p.isBlank()) out.add(new int[]{start, start + p.length()});
                    start += p.length() + 2;
                }
            } else {
                for (Sentence s : sentences) {
                    if (s.start() >= 0 && s.end() <= a.text().length() && s.start() < s.end()) out.add(new int[]{s.start(), s.end()});
                }
            }
            int max = LIMITS.maxSentencesPerSide();
            if (out.size() > max) {
                warnings.add("article " + a.id().substring(0, Math.min(8, a.id().length())) + " has " + out.size()
                        + " sentences; only the first " + max + " are aligned");
                out = new ArrayList<>(out.subList(0, max));
            }
            return out;
        }

        private static Set<String> keys(String text, int[] span) {
            Set<String> keys = new HashSet<>();
            int count = 0;
            for (Word w : Words.split(text.substring(span[0], span[1]))) {
                String k = Words.contentKey(w.text());
                if (k != null) keys.add(w.capitalized() ? Words.spellingKey(w.text()) : k);
                if (++count > 2000) break;
            }
            return keys;
        }

        private static double dice(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) return 0;
            int common = 0;
            for (String s : a) if (b.contains(s)) common++;
            return 2.0 * common / (a.size() + b.size());
        }

        private static Span span(AnalyzedArticle a, int[] s) {
            return new Span(a.id(), a.text().substring(s[0], s[1]), CodePoints.offset(a.text(), s[0]),
                    CodePoints.offset(a.text(), s[1]));
        }

        private static InlineChange inline(WordChange c, String lt, String rt) {
            return new InlineChange(ChangeKind.valueOf(c.kind().name()), c.left(),
                    c.leftStart() < 0 ? -1 : CodePoints.offset(lt, c.leftStart()), c.leftEnd() < 0 ? -1 : CodePoints.offset(lt, c.leftEnd()),
                    c.right(), c.rightStart() < 0 ? -1 : CodePoints.offset(rt, c.rightStart()),
                    c.rightEnd() < 0 ? -1 : CodePoints.offset(rt, c.rightEnd()), c.spellingOnly());
        }
    }
}
