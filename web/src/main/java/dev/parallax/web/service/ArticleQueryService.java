package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.ArticleEntity;
import dev.parallax.db.ArticleFilter;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.ArticleRow;
import dev.parallax.db.EventRepository;
import dev.parallax.db.GroupingRepository;
import dev.parallax.db.OutletRepository;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ArticlePage;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.api.OutletSummary;
import dev.parallax.web.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads articles and outlets out, as DTOs. */
@ApplicationScoped
public class ArticleQueryService {
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final ObjectMapper json;
    private final EventRepository events;
    private final GroupingRepository grouping;

    public ArticleQueryService(ArticleRepository articles, OutletRepository outlets, ObjectMapper json,
                               EventRepository events, GroupingRepository grouping) {
        this.events = events;
        this.grouping = grouping;
        this.articles = articles;
        this.outlets = outlets;
        this.json = json;
    }

    @Transactional
    public ArticlePage list(ArticleFilter filter, int offset, int limit) {
        List<ArticleSummary> items = articles.list(filter, offset, limit).stream()
                .map(ArticleQueryService::summary).toList();
        long total = ListingTotal.of(items.size(), offset, limit, () -> articles.count(filter));
        return new ArticlePage(items, total, offset, limit);
    }

    @Transactional
    public ArticleDetail get(String id) {
        ArticleEntity a = articles.findByIdOptional(id).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not Found", "no article with id " + id, List.of()));
        String event = events.eventsOf(List.of(a.id)).values().stream().findFirst()
                .map(row -> events.findById(row).publicId).orElse(null);
        String reason = event != null ? null : unassignedReason(a.id, grouping.reasons(List.of(a.id)).get(a.id));
        return new ArticleDetail(a.id, a.outlet.name, a.title, a.url, utc(a.published), a.byline, a.language,
                a.source, a.format, utc(a.importedAt), a.rawText, a.cleanedText, read(a.removed), read(a.dateline),
                strings(read(a.warnings)), a.fictional, event, reason,
                a.record || OutletService.OFFICIAL_RECORD.equals(a.outlet.kind), a.outlet.kind);
    }

    @Transactional
    public List<OutletSummary> outlets() {
        return outlets.listWithCounts().stream()
                .map(o -> new OutletSummary(o.id(), o.name(), o.kind(), o.articleCount(), o.fictional())).toList();
    }

    @Transactional
    public long articleCount() {
        return articles.count();
    }

    /** How many articles of the demo corpus and how many real ones the workspace holds. */
    @Transactional
    public ArticleRepository.Counts counts() {
        return articles.counts();
    }

    private static ArticleSummary summary(ArticleRow r) {
        return new ArticleSummary(r.id(), r.outlet(), r.title(), r.url(), r.published(), r.byline(), r.language(),
                r.source(), r.length(), r.importedAt(), r.fictional(), r.event(),
                r.event() != null ? null : unassignedReason(r.id(), r.unassignedReason()), r.record());
    }

    /** Why an account is in no event: the stored reason, else that nothing placed it yet. */
    static String unassignedReason(String id, String stored) {
        return stored != null ? stored : "not placed yet: its analysis has not run (an import queues it; a running "
                + "server does it)";
    }

    private static java.time.OffsetDateTime utc(java.time.OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private JsonNode read(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }
}
