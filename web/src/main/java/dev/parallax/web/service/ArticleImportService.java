package dev.parallax.web.service;

import dev.parallax.core.ArticleIds;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.clean.OutletBoilerplateLearner;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.db.ArticleAnalysisRepository;
import dev.parallax.db.ArticleRepository.OutletRawText;
import dev.parallax.web.config.ParallaxConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one way articles get in, for the API, the CLI and the demo alike: read, check, clean,
 * identify, store. Reading and cleaning happen outside any transaction; storing is batched.
 *
 * <p>An article's id is the hash of its text cleaned by the shared rules, so importing it again
 * finds it whatever was learned meanwhile. The text stored is cleaned further of its outlet's own
 * boilerplate, learned from the imported articles together with the outlet's latest stored ones
 * ({@code parallax.import.outlet-boilerplate-history}); those lines are listed as removed with the
 * reason {@code outlet-boilerplate}.
 */
@ApplicationScoped
public class ArticleImportService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ArticleImportService.class);

    private final ArticleStore store;
    private final ParallaxConfig config;
    private final JobService jobs;
    private final ArticleAnalysisRepository analyses;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final OutletBoilerplateLearner learner = OutletBoilerplateLearner.defaults();

    public ArticleImportService(ArticleStore store, ParallaxConfig config, JobService jobs,
                                ArticleAnalysisRepository analyses) {
        this.store = store;
        this.config = config;
        this.jobs = jobs;
        this.analyses = analyses;
    }

    /** One input to read, such as an uploaded file: its name tells the format. */
    public record NamedInput(String name, byte[] content) {}

    public ReadOptions readOptions(String defaultOutlet) {
        return new ReadOptions(defaultOutlet, maxArticleBytes());
    }

    public long maxArticleBytes() {
        return config.imports().maxArticleBytes().asLongValue();
    }

    public ImportReport importInputs(List<NamedInput> inputs, String defaultOutlet) {
        List<RawArticle> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (NamedInput input : inputs) {
            ReadResult result = ArticleReaders.read(input.name(), input.content(), readOptions(defaultOutlet));
            articles.addAll(result.articles());
            problems.addAll(result.problems());
        }
        return importArticles(articles, problems);
    }

    public ImportReport importPaths(List<Path> paths, String defaultOutlet) {
        ReadResult result = ArticleReaders.readPaths(paths, readOptions(defaultOutlet));
        return importArticles(result.articles(), result.problems());
    }

    /**
     * Stores what passes the checks; every article that does not becomes a problem naming its source. An
     * article whose input says outright it is not a record ({@code "record": false}) loses the record mark it
     * had, and its event is compared again; one whose input says nothing keeps its mark.
     */
    public ImportReport importArticles(List<RawArticle> raws, List<ReadProblem> readProblems) {
        List<ReadProblem> failed = new ArrayList<>(readProblems);
        List<PreparedArticle> prepared = new ArrayList<>();
        Set<String> unmark = new TreeSet<>();
        for (RawArticle read : raws) {
            String problem = check(read);
            if (problem != null) {
                failed.add(new ReadProblem(sourceOf(read), 0, problem));
                continue;
            }
            // outlets are stored by their stripped name; learned lines are looked up by it
            RawArticle raw = read.outlet().equals(read.outlet().strip()) ? read : read.withOutlet(read.outlet().strip());
            CleanedArticle cleaned = cleaner.clean(raw);
            if (cleaned.text().isBlank()) {
                failed.add(new ReadProblem(sourceOf(raw), 0, raw.format() == dev.parallax.core.model.SourceFormat.HTML
                        ? "the page has no article text (only navigation, scripts or boilerplate)"
                        : "no article text left after cleaning"));
                continue;
            }
            String id = ArticleIds.of(cleaned.text());
            if (read.notRecord()) {
                unmark.add(id);
            }
            prepared.add(new PreparedArticle(id, raw, cleaned));
        }
        prepared = withoutOutletBoilerplate(prepared);
        List<ImportedArticle> created = new ArrayList<>();
        List<ImportedArticle> existing = new ArrayList<>();
        Set<String> records = new TreeSet<>();
        prepared.stream().filter(a -> a.raw().record()).forEach(a -> records.add(a.id()));
        int batchSize = Math.max(1, config.imports().batchSize());
        for (int from = 0; from < prepared.size(); from += batchSize) {
            for (ImportedArticle result : storeBatch(prepared.subList(from, Math.min(prepared.size(), from + batchSize)))) {
                (ImportedArticle.CREATED.equals(result.status()) ? created : existing).add(result);
            }
        }
        // an account imported again as a record: its event is compared again with it as the record
        Set<String> marked = new TreeSet<>();
        existing.stream().map(ImportedArticle::id).filter(records::contains).forEach(marked::add);
        marked = marked.isEmpty() ? marked : store.markRecords(marked);
        // one imported again saying it is no record: its event is compared again without it as the record
        Set<String> unmarked = new TreeSet<>();
        existing.stream().map(ImportedArticle::id).filter(unmark::contains).filter(id -> !records.contains(id))
                .forEach(unmarked::add);
        unmarked = unmarked.isEmpty() ? unmarked : store.unmarkRecords(unmarked);
        Set<String> changed = new TreeSet<>(marked);
        changed.addAll(unmarked);
        return new ImportReport(created, existing, failed, analyze(created, existing, changed));
    }

    /**
     * The articles cleaned again with the lines their outlet repeats (learned from these articles,
     * each counted once however often it is imported, plus the outlet's latest stored ones); the
     * ids stay those of the shared cleaning. What one outlet repeats never touches another's article.
     */
    private List<PreparedArticle> withoutOutletBoilerplate(List<PreparedArticle> prepared) {
        if (prepared.isEmpty()) {
            return prepared;
        }
        Map<String, RawArticle> byId = new LinkedHashMap<>();
        Set<String> outlets = new TreeSet<>();
        for (PreparedArticle article : prepared) {
            byId.putIfAbsent(article.id(), article.raw());
            outlets.add(article.raw().outlet());
        }
        List<RawArticle> sample = new ArrayList<>(byId.values());
        int history = config.imports().outletBoilerplateHistory();
        if (history > 0) {
            for (OutletRawText stored : store.recentRawTexts(outlets, history)) {
                if (!byId.containsKey(stored.id())) {
                    sample.add(new RawArticle(stored.outlet(), null, null, null, null, null, stored.rawText(),
                            SourceFormat.TEXT, null));
                }
            }
        }
        Map<String, Set<String>> learned = learner.learnByOutlet(sample);
        if (learned.isEmpty()) {
            return prepared;
        }
        ArticleCleaner learning = new ArticleCleaner(cleaner.rules().withOutletBoilerplate(learned));
        List<PreparedArticle> cleaned = new ArrayList<>(prepared.size());
        for (PreparedArticle article : prepared) {
            CleanedArticle again = learned.containsKey(article.raw().outlet()) ? learning.clean(article.raw()) : null;
            cleaned.add(again == null || again.text().isBlank() ? article
                    : new PreparedArticle(article.id(), article.raw(), again));
        }
        return cleaned;
    }

    /**
     * Queues the analysis of the new articles, and of already stored ones never analyzed (imported
     * before the analysis existed, or whose job was lost), and of stored ones just marked as records or
     * no longer marked (their events are compared again); null when there is nothing to analyze.
     */
    private JobRef analyze(List<ImportedArticle> created, List<ImportedArticle> existing, Set<String> recordChanged) {
        Set<String> ids = new TreeSet<>(recordChanged);
        created.forEach(a -> ids.add(a.id()));
        if (!existing.isEmpty()) {
            ids.addAll(QuarkusTransaction.requiringNew().call(() ->
                    analyses.withoutAnalysis(existing.stream().map(ImportedArticle::id).distinct().toList())));
        }
        return ids.isEmpty() ? null : jobs.enqueueAnalysis(ids, null);
    }

    /**
     * Stores one batch. Concurrent imports do not collide on keys any more (see {@link ArticleStore}),
     * but PostgreSQL may still cancel a transaction that waits on another (deadlock with some other
     * writer, serialization failure): then the batch is tried again, a few times, after a short
     * random pause. The log names the SQL state only, never a value of the batch.
     */
    private List<ImportedArticle> storeBatch(List<PreparedArticle> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.store(batch);
            } catch (RuntimeException e) {
                String state = retryableState(e);
                if (state == null || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("storing a batch of %d articles failed with SQL state %s; attempt %d of %d",
                        batch.size(), state, attempt + 1, MAX_ATTEMPTS);
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    /** 40001 serialization failure, 40P01 deadlock, 23505 a unique key taken meanwhile; else null. */
    static String retryableState(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("40001", "40P01", "23505").contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private String check(RawArticle raw) {
        if (raw.outlet() == null || raw.outlet().isBlank()) {
            return "no outlet: add an \"outlet: NAME\" header line (or field), or pass the outlet with the import";
        }
        if (raw.text() == null || raw.text().isBlank()) {
            return "no article text";
        }
        for (String field : new String[] {raw.outlet(), raw.title(), raw.url(), raw.byline(), raw.language(), raw.text()}) {
            if (field != null && field.indexOf('\u0000') >= 0) {
                return "the article contains NUL characters: is it a binary file? Send text";
            }
        }
        String url = WebUrls.problem(raw.url());
        if (url != null) {
            return url;
        }
        long bytes = raw.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxArticleBytes()) {
            return "article text is " + bytes + " bytes, over the limit of " + maxArticleBytes()
                    + " bytes (parallax.import.max-article-bytes)";
        }
        return null;
    }

    private static String sourceOf(RawArticle raw) {
        return raw.source() == null ? "article" : raw.source();
    }
}
