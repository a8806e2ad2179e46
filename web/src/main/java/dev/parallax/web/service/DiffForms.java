package dev.parallax.web.service;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.diff.SideBySideAligner;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.web.api.EventViews.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stored accounts made ready for side-by-side diffs ({@link SideBySideAligner.Prepared}: sentences
 * split into words, folded and keyed once), kept per article within a memory budget, least recently
 * used dropped first. A form is made from the analysis held in memory when there is one, else from
 * the few parts of the stored analysis a diff reads (never the whole stored analysis), else from the
 * analysis made now. A form never outlives its analysis: a re-analysis or a deletion drops it, and a
 * form made while its analysis changed is used once but not kept.
 */
@ApplicationScoped
public class DiffForms {
    /** An account ready for diffs: what the diff says of it, and its prepared sentences. */
    public record Form(Account account, SideBySideAligner.Prepared prepared) {
        long bytes() {
            return prepared.bytes() + 256;
        }
    }

    private final AnalysisService analysis;
    private final Comparison comparison;
    private final long budget;
    private long bytes;
    private final LinkedHashMap<String, Form> forms = new LinkedHashMap<>(256, 0.75f, true);
    /** Forms being made, by the call making them (guarded by {@code forms}). */
    private final Map<String, Object> making = new HashMap<>();

    public DiffForms(AnalysisService analysis, EventPipeline pipeline,
                     @ConfigProperty(name = "parallax.api.diff-form-cache-mb", defaultValue = "64") int megabytes) {
        this.analysis = analysis;
        this.comparison = pipeline.comparison();
        this.budget = Math.max(0, megabytes) * 1024L * 1024L;
        analysis.onChange(ids -> {
            synchronized (forms) {
                ids.forEach(id -> {
                    drop(id);
                    making.remove(id);
                });
            }
        });
    }

    public Comparison comparison() {
        return comparison;
    }

    /** The form of a stored article (an id of 64 hex digits), or null when there is no such article. */
    public Form form(String id) {
        return forms(List.of(id)).get(0);
    }

    /**
     * The forms of stored articles (ids of 64 hex digits), in order, null where there is no such
     * article; those neither kept nor held in memory are read from the database together.
     */
    public List<Form> forms(List<String> ids) {
        Form[] found = new Form[ids.size()];
        boolean complete = true;
        synchronized (forms) {
            for (int i = 0; i < found.length; i++) {
                found[i] = forms.get(ids.get(i));
                complete &= found[i] != null;
            }
        }
        if (complete) {
            return Arrays.asList(found);
        }
        // ids being made by this call: a change of one of them meanwhile withdraws it, so it is used, not kept
        Object token = new Object();
        synchronized (forms) {
            for (int i = 0; i < found.length; i++) {
                if (found[i] == null) {
                    making.put(ids.get(i), token);
                }
            }
        }
        Map<String, Form> made = new HashMap<>();
        try {
            List<String> toRead = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                if (found[i] == null) {
                    AnalyzedArticle held = analysis.held(ids.get(i));
                    if (held != null) {
                        found[i] = of(held);
                    } else {
                        toRead.add(ids.get(i));
                    }
                }
            }
            Map<String, AnalysisService.DiffParts> parts = toRead.isEmpty() ? Map.of() : analysis.diffParts(toRead);
            for (int i = 0; i < found.length; i++) {
                String id = ids.get(i);
                if (found[i] == null) {
                    AnalysisService.DiffParts p = parts.get(id);
                    // else not analyzed yet (or unreadable): analyzed now, or there is no such article
                    AnalyzedArticle a = p == null ? analysis.analysis(id) : null;
                    found[i] = p != null ? of(p) : a == null ? null : of(a);
                }
                if (found[i] != null && !made.containsKey(id)) {
                    made.put(id, found[i]);
                }
            }
        } finally {
            synchronized (forms) {
                for (String id : ids) {
                    if (making.get(id) == token) {
                        making.remove(id);
                        Form form = made.get(id);
                        if (form != null) {
                            keep(id, form);
                        }
                    }
                }
            }
        }
        return Arrays.asList(found);
    }

    /** The form of an analysis. */
    public Form of(AnalyzedArticle a) {
        return new Form(account(a.id(), a.meta()), comparison.sideBySideForm(a));
    }

    /** The form of a stored analysis's parts: the same as {@link #of(AnalyzedArticle)} of the whole analysis. */
    public Form of(AnalysisService.DiffParts p) {
        return new Form(account(p.id(), p.meta()), comparison.sideBySideForm(p.id(), p.text(), p.sentenceBounds()));
    }

    /** An account as the diff names it. */
    static Account account(String id, ArticleMeta m) {
        return new Account(id, m == null ? null : m.outlet(), m == null ? null : m.title(), m == null ? null : m.url(),
                m == null || m.published() == null ? null : m.published().withOffsetSameInstant(ZoneOffset.UTC));
    }

    private void keep(String id, Form form) {
        long size = form.bytes();
        if (size > budget / 4) {
            return; // one huge account must not empty the cache
        }
        drop(id);
        forms.put(id, form);
        bytes += size;
        for (Iterator<Map.Entry<String, Form>> it = forms.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
            bytes -= it.next().getValue().bytes();
            it.remove();
        }
    }

    private void drop(String id) {
        Form old = forms.remove(id);
        if (old != null) {
            bytes -= old.bytes();
        }
    }
}
