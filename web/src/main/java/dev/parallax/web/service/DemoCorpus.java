package dev.parallax.web.service;

import dev.parallax.core.model.ReadProblem;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.EventRepository;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.service.ArticleImportService.NamedInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo corpus shipped on the class path: {@code <location>/index.txt} lists article files
 * relative to {@code <location>}, one per line ({@code #} comments and blank lines are skipped).
 * Loading goes through the ordinary import, so repeating it stores nothing twice; its outlets and
 * articles are marked fictional, so pages and the API label them and {@link #remove} takes them out
 * again with everything derived from them.
 */
@ApplicationScoped
public class DemoCorpus {
    /** What to type to take the demo out; said wherever the demo stands beside real articles. */
    public static final String REMOVE_COMMAND = "./parallax demo --remove";

    private final ArticleImportService imports;
    private final ParallaxConfig config;
    private final ArticleRepository articles;
    private final EventRepository events;
    private final JobService jobs;
    private final AnalysisService analysis;
    private final Workspace workspace;

    public DemoCorpus(ArticleImportService imports, ParallaxConfig config, ArticleRepository articles,
                      EventRepository events, JobService jobs, AnalysisService analysis, Workspace workspace) {
        this.workspace = workspace;
        this.imports = imports;
        this.config = config;
        this.articles = articles;
        this.events = events;
        this.jobs = jobs;
        this.analysis = analysis;
    }

    /**
     * Loads the configured corpus, only into a workspace that holds no real article: invented
     * outlets must never sit beside real ones in one event. Refused (one problem, nothing stored)
     * otherwise.
     */
    public ImportReport load() {
        ArticleRepository.Counts counts = QuarkusTransaction.requiringNew().call(articles::counts);
        if (counts.real() > 0) {
            return new ImportReport(List.of(), List.of(), List.of(new ReadProblem("demo", 0, "this workspace holds "
                    + counts.real() + " real article" + (counts.real() == 1 ? "" : "s") + "; the fictional demo corpus "
                    + "goes only into an empty workspace: start one with PARALLAX_DATA_DIR=/another/folder ./parallax demo")));
        }
        return load(config.demo().location());
    }

    /** Loads the corpus at {@code location} and marks it fictional; whether it belongs here is the caller's question. */
    public ImportReport load(String location) {
        String index = read(location + "/index.txt");
        if (index == null) {
            return new ImportReport(List.of(), List.of(),
                    List.of(new ReadProblem(location + "/index.txt", 0, "the demo corpus is missing from this build")));
        }
        List<NamedInput> inputs = new ArrayList<>();
        List<ReadProblem> missing = new ArrayList<>();
        int lineNo = 0;
        for (String line : index.lines().toList()) {
            lineNo++;
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            String name = location + "/" + path;
            String content = read(name);
            if (content == null) {
                missing.add(new ReadProblem(location + "/index.txt", lineNo, "lists " + path + ", which is not there"));
            } else {
                inputs.add(new NamedInput(name, content.getBytes(StandardCharsets.UTF_8)));
            }
        }
        ImportReport report = imports.importInputs(inputs, null);
        markFictional(report);
        workspace.changed();
        if (missing.isEmpty()) {
            return report;
        }
        List<ReadProblem> failed = new ArrayList<>(missing);
        failed.addAll(report.failed());
        return new ImportReport(report.created(), report.existing(), failed, report.job());
    }

    private void markFictional(ImportReport report) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (ImportedArticle a : report.created()) {
            ids.add(a.id());
            outlets.add(a.outlet());
        }
        for (ImportedArticle a : report.existing()) {
            ids.add(a.id());
            outlets.add(a.outlet());
        }
        if (ids.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            var em = articles.getEntityManager();
            em.createNativeQuery("update articles set fictional = true where id in (:ids) and not fictional")
                    .setParameter("ids", ids).executeUpdate();
            // an outlet is invented only when all of its articles are
            em.createNativeQuery("""
                    update outlets o set fictional = true where o.name in (:names) and not o.fictional
                      and not exists (select 1 from articles a where a.outlet_id = o.id and not a.fictional)""")
                    .setParameter("names", outlets).executeUpdate();
        });
    }

    /** What {@link #remove} took out. */
    public record Removed(int articles, int outlets, int events, int reviews, JobRef job) {}

    /**
     * Removes every fictional article with everything derived from it: analyses, memberships,
     * evidence, events of demo accounts only, reviews and their audit rows of findings that rest on
     * demo accounts alone, grouping decisions about them, and the fictional outlets left empty. An
     * event that also holds real accounts keeps them and is compared again by a job (named in the answer).
     */
    public Removed remove() {
        record Done(List<String> articles, int outlets, int events, int reviews, List<String> recompute) {}
        Done done = QuarkusTransaction.requiringNew().call(() -> {
            var em = articles.getEntityManager();
            events.lockForWriting();
            // lets this transaction remove audit rows about the demo (see V12); nothing else may
            em.createNativeQuery("select set_config('parallax.removing_demo', 'on', true)").getSingleResult();
            @SuppressWarnings("unchecked")
            List<String> fictional = em.createNativeQuery("select id from articles where fictional order by id")
                    .getResultList();
            if (fictional.isEmpty()) {
                return new Done(List.of(), 0, 0, 0, List.of());
            }
            // reviews of findings that rest on demo accounts alone (live, or orphaned with demo evidence only)
            @SuppressWarnings("unchecked")
            List<Number> reviews = em.createNativeQuery("""
                    select r.id from reviews r
                    where exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint
                                  and not exists (select 1 from evidence v join articles a on a.id = v.article_id
                                                  where v.discrepancy_id = d.id and not a.fictional))
                       or (not exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint)
                           and jsonb_typeof(r.snapshot -> 'evidence') = 'array'
                           and jsonb_array_length(r.snapshot -> 'evidence') > 0
                           and not exists (select 1 from jsonb_array_elements(r.snapshot -> 'evidence') x
                                           where not exists (select 1 from articles a
                                                             where a.id = x ->> 'article' and a.fictional)))
                    """).getResultList();
            List<Long> reviewIds = reviews.stream().map(Number::longValue).toList();
            if (!reviewIds.isEmpty()) {
                em.createNativeQuery("delete from review_audit where review_id in (:ids)").setParameter("ids", reviewIds)
                        .executeUpdate();
                em.createNativeQuery("delete from reviews where id in (:ids)").setParameter("ids", reviewIds)
                        .executeUpdate();
            }
            // events: demo-only ones go; those with real accounts keep them and are compared again
            @SuppressWarnings("unchecked")
            List<Object[]> touched = em.createNativeQuery("""
                    select ea.event_id, count(*) filter (where not a.fictional)
                    from event_articles ea join articles a on a.id = ea.article_id
                    where ea.event_id in (select x.event_id from event_articles x join articles y on y.id = x.article_id
                                          where y.fictional)
                    group by ea.event_id""").getResultList();
            List<String> recompute = new ArrayList<>();
            int removedEvents = 0;
            for (Object[] t : touched) {
                long event = ((Number) t[0]).longValue();
                long real = ((Number) t[1]).longValue();
                @SuppressWarnings("unchecked")
                List<String> members = em.createNativeQuery("""
                        select ea.article_id from event_articles ea join articles a on a.id = ea.article_id
                        where ea.event_id = :e and not a.fictional""").setParameter("e", event).getResultList();
                recompute.addAll(members); // compared again, or (left alone) placed again with a reason
                if (real < 2) {
                    events.deleteEvent(event);
                    removedEvents++;
                }
            }
            em.createNativeQuery("""
                    delete from grouping_audit g where jsonb_array_length(g.articles) > 0
                      and not exists (select 1 from jsonb_array_elements_text(g.articles) x
                                      where not exists (select 1 from articles a where a.id = x and a.fictional))""")
                    .executeUpdate();
            em.createNativeQuery("""
                    delete from jobs j where j.state in ('done', 'failed') and jsonb_array_length(j.article_ids) > 0
                      and not exists (select 1 from jsonb_array_elements_text(j.article_ids) x
                                      where not exists (select 1 from articles a where a.id = x and a.fictional))""")
                    .executeUpdate();
            em.createNativeQuery("delete from articles where fictional").executeUpdate();
            int outlets = em.createNativeQuery("""
                    delete from outlets o where o.fictional
                      and not exists (select 1 from articles a where a.outlet_id = o.id)""").executeUpdate();
            em.createNativeQuery("""
                    delete from event_redirects r
                    where not exists (select 1 from events e where e.public_id = r.target_public_id)""").executeUpdate();
            return new Done(fictional, outlets, removedEvents, reviewIds.size(), recompute);
        });
        done.articles().forEach(analysis::forget);
        workspace.changed();
        JobRef job = done.recompute().isEmpty() ? null : jobs.enqueueAnalysis(done.recompute(), null);
        return new Removed(done.articles().size(), done.outlets(), done.events(), done.reviews(), job);
    }

    private static String read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
