package dev.parallax.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.db.ArticleEntity;
import dev.parallax.db.ArticleRepository;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.List;

/**
 * Marks a stored account as the official record of its event, or clears the mark, as an editor decides
 * after the import: the event is compared again, by a job queued once the change is committed.
 */
@ApplicationScoped
public class ArticleRecordService {
    private final ArticleRepository articles;
    private final ArticleQueryService queries;
    private final JobService jobs;

    public ArticleRecordService(ArticleRepository articles, ArticleQueryService queries, JobService jobs) {
        this.articles = articles;
        this.queries = queries;
        this.jobs = jobs;
    }

    /**
     * Applies {@code {"record": true|false}}; answers the article as changed. An account of an outlet of
     * the kind official record stays a record whatever its own mark says.
     */
    public ArticleDetail patch(String id, JsonNode patch) {
        boolean changed = QuarkusTransaction.requiringNew().call(() -> apply(id, patch));
        if (changed) {
            jobs.enqueueAnalysis(List.of(id), null);
        }
        return queries.get(id);
    }

    private boolean apply(String id, JsonNode patch) {
        ArticleEntity article = articles.findByIdOptional(id).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not Found", "no article with id " + id, List.of()));
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badField("body", "must be a JSON object with record");
        }
        for (Iterator<String> fields = patch.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!field.equals("record")) {
                throw ProblemException.badField(field, "cannot be changed; an article's record mark can");
            }
        }
        if (!patch.has("record")) {
            throw ProblemException.badField("body", "is empty: send record");
        }
        JsonNode value = patch.get("record");
        if (!value.isBoolean()) {
            throw ProblemException.badField("record", "must be true or false");
        }
        boolean before = article.record;
        article.record = value.booleanValue();
        articles.flush();
        return before != article.record;
    }
}
