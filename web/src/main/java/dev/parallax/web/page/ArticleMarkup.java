package dev.parallax.web.page;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Cuts an analyzed article's text into flat runs, each marked with what covers it (claim, quote,
 * entity), so a template can show the highlights with plain escaped text and no nested markup.
 */
public final class ArticleMarkup {
    private ArticleMarkup() {}

    /** A run of text and how to show it; {@code anchor} is set where a claim starts (its permalink). */
    public record Run(String text, String css, String title, String anchor) {
        public boolean plain() {
            return css.isEmpty() && title == null && anchor == null;
        }
    }

    public record Paragraph(List<Run> runs) {}

    public static List<Paragraph> paragraphs(AnalyzedArticle article) {
        String text = article.text();
        int n = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Claim c : article.claims()) {
            cut(cuts, c.start(), c.end(), n);
        }
        for (Quote q : article.quotes()) {
            cut(cuts, q.start(), q.end(), n);
        }
        for (EntityMention m : article.mentions()) {
            cut(cuts, m.start(), m.end(), n);
        }
        int p = text.indexOf("\n\n");
        while (p >= 0) {
            cuts.add(p);
            int after = p;
            while (after < n && text.charAt(after) == '\n') {
                after++;
            }
            cuts.add(after);
            p = text.indexOf("\n\n", after);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                String piece = text.substring(previous, cut);
                if (piece.startsWith("\n\n") && piece.isBlank()) {
                    if (!current.isEmpty()) {
                        paragraphs.add(new Paragraph(List.copyOf(current)));
                        current.clear();
                    }
                } else {
                    add(current, run(article, previous, cut, piece));
                }
            }
            previous = cut;
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(current)));
        }
        return paragraphs;
    }

    private static void cut(TreeSet<Integer> cuts, int start, int end, int n) {
        if (start >= 0 && end <= n && start < end) {
            cuts.add(start);
            cuts.add(end);
        }
    }

    private static Run run(AnalyzedArticle article, int start, int end, String piece) {
        List<String> css = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String anchor = null;
        for (Claim c : article.claims()) {
            if (c.start() <= start && end <= c.end()) {
                css.add("claim");
                if (c.start() == start) {
                    anchor = c.id();
                }
                break;
            }
        }
        for (Quote q : article.quotes()) {
            if (q.start() <= start && end <= q.end()) {
                css.add("quote");
                titles.add("quote" + (q.speaker() != null ? " by " + q.speaker() : q.speakerId() != null
                        ? " by " + q.speakerId() : ", speaker unknown"));
                break;
            }
        }
        for (EntityMention m : article.mentions()) {
            if (m.start() <= start && end <= m.end()) {
                css.add("ent ent-" + m.kind().name().toLowerCase(Locale.ROOT));
                titles.add(m.kind().name().toLowerCase(Locale.ROOT) + (m.entityId() != null ? ": " + m.entityId() : ""));
                break;
            }
        }
        return new Run(piece, String.join(" ", css), titles.isEmpty() ? null : String.join("; ", titles), anchor);
    }

    private static void add(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (run.anchor() == null && last.css().equals(run.css()) && java.util.Objects.equals(last.title(), run.title())) {
                runs.set(runs.size() - 1, new Run(last.text() + run.text(), last.css(), last.title(), last.anchor()));
                return;
            }
        }
        runs.add(run);
    }
}
