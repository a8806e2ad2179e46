package dev.parallax.web.service;

import dev.parallax.db.DiscrepancyFilter;
import dev.parallax.db.DiscrepancyRepository;
import dev.parallax.db.DiscrepancyRow;
import dev.parallax.db.EvidenceRow;
import dev.parallax.db.ReviewAuditEntity;
import dev.parallax.db.ReviewAuditRepository;
import dev.parallax.db.ReviewEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Discrepancies for other tools: schema.org ClaimReview (confirmed ones), W3C Web Annotations
 * (every piece of evidence) and CSV. Maps keep insertion order, so the same data always gives the
 * same bytes.
 */
@ApplicationScoped
public class ExportService {
    /** Code points of text kept before and after an annotated span (TextQuoteSelector prefix/suffix). */
    static final int QUOTE_CONTEXT = 32;
    private static final int CHUNK = 1000;

    private final DiscrepancyRepository discrepancies;
    private final ReviewAuditRepository audit;

    public ExportService(DiscrepancyRepository discrepancies, ReviewAuditRepository audit) {
        this.discrepancies = discrepancies;
        this.audit = audit;
    }

    /** Confirmed live discrepancies as ClaimReview objects; {@code base} is the server's URL ending in '/'. */
    @Transactional
    public List<Map<String, Object>> claimReviews(DiscrepancyFilter filter, String base) {
        List<DiscrepancyRow> rows = discrepancies.all(filter.withStatus(ReviewEntity.CONFIRMED).withOrphaned(false));
        Map<Long, List<EvidenceRow>> evidence = evidence(rows, 0);
        Map<String, ReviewAuditEntity> confirmed = audit.lastStatusChange(
                rows.stream().map(DiscrepancyRow::fingerprint).toList(), ReviewEntity.CONFIRMED);
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (DiscrepancyRow row : rows) {
            ReviewAuditEntity by = confirmed.get(row.fingerprint());
            String reviewer = by != null ? by.actor : row.reviewedBy();
            OffsetDateTime when = by != null ? by.at : row.reviewedAt();
            List<EvidenceRow> spans = evidence.getOrDefault(row.discrepancyId(), List.of());

            List<Map<String, Object>> appearances = new ArrayList<>();
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            EvidenceRow first = null;
            for (EvidenceRow e : spans) {
                if (!seen.add(e.articleId())) {
                    continue;
                }
                if (first == null || e.published() != null && (first.published() == null
                        || e.published().isBefore(first.published()))) {
                    first = e;
                }
                appearances.add(appearance(e, base));
            }
            Map<String, Object> claim = object("Claim");
            if (first != null) {
                claim.put("author", named("Organization", first.outlet()));
                putIfPresent(claim, "datePublished", instant(first.published()));
                claim.put("firstAppearance", appearance(first, base));
            }
            claim.put("appearance", appearances);

            Map<String, Object> rating = rating(row.verdict());
            putIfPresent(rating, "ratingExplanation", row.note());

            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@context", "https://schema.org");
            review.put("@type", "ClaimReview");
            review.put("url", base + "discrepancies/" + row.fingerprint());
            review.put("identifier", row.fingerprint());
            review.put("claimReviewed", row.summary());
            review.put("reviewAspect", row.type());
            review.put("reviewRating", rating);
            review.put("itemReviewed", claim);
            review.put("author", named("Person", reviewer != null ? reviewer : "unknown"));
            review.put("datePublished", when == null ? null
                    : when.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString());
            reviews.add(review);
        }
        return reviews;
    }

    /** Every piece of evidence of the matching live discrepancies as a Web Annotation. */
    @Transactional
    public List<Map<String, Object>> annotations(DiscrepancyFilter filter, String base) {
        List<DiscrepancyRow> rows = discrepancies.all(filter.withOrphaned(false));
        Map<Long, List<EvidenceRow>> evidence = evidence(rows, QUOTE_CONTEXT);
        List<Map<String, Object>> annotations = new ArrayList<>();
        for (DiscrepancyRow row : rows) {
            for (EvidenceRow e : evidence.getOrDefault(row.discrepancyId(), List.of())) {
                Map<String, Object> annotation = new LinkedHashMap<>();
                annotation.put("@context", "http://www.w3.org/ns/anno.jsonld");
                annotation.put("id", base + "discrepancies/" + row.fingerprint() + "#evidence-" + e.position());
                annotation.put("type", "Annotation");
                annotation.put("motivation", "highlighting");
                annotation.put("body", List.of(
                        body("describing", row.summary()),
                        body("classifying", row.type()),
                        body("tagging", "severity:" + row.severity()),
                        body("tagging", "status:" + row.status())));
                Map<String, Object> quote = new LinkedHashMap<>();
                quote.put("type", "TextQuoteSelector");
                quote.put("exact", e.exact());
                quote.put("prefix", e.before());
                quote.put("suffix", e.after());
                Map<String, Object> position = new LinkedHashMap<>();
                position.put("type", "TextPositionSelector");
                position.put("start", e.start());
                position.put("end", e.end());
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("source", WebUrls.isHttp(e.url()) ? e.url() : "urn:parallax:article:" + e.articleId());
                target.put("selector", List.of(quote, position));
                annotation.put("target", target);
                annotations.add(annotation);
            }
        }
        return annotations;
    }

    /** RFC 4180 CSV (CRLF, quoted where needed), one row per discrepancy, safe to open in a spreadsheet. */
    @Transactional
    public String csv(DiscrepancyFilter filter) {
        List<DiscrepancyRow> rows = discrepancies.all(filter);
        Map<Long, List<EvidenceRow>> evidence = evidence(rows, 0);
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, List.of("id", "event", "event_date", "type", "severity", "rank", "status", "verdict", "assignee",
                "orphaned", "summary", "outlets", "evidence"));
        for (DiscrepancyRow row : rows) {
            List<EvidenceRow> spans = evidence.getOrDefault(row.discrepancyId(), List.of());
            LinkedHashSet<String> outlets = new LinkedHashSet<>();
            List<String> words = new ArrayList<>();
            for (EvidenceRow e : spans) {
                outlets.add(e.outlet());
                words.add(e.outlet() + ": " + e.text());
            }
            Csv.row(csv, java.util.Arrays.asList(row.fingerprint(), row.event(),
                    row.eventDate() == null ? null : row.eventDate().toString(), row.type(), row.severity(),
                    row.rank() == null ? null : row.rank().toString(), row.status(), row.verdict(), row.assignee(),
                    Boolean.toString(row.orphaned()), row.summary(), String.join("; ", outlets),
                    String.join(" | ", words)));
        }
        return csv.toString();
    }

    private Map<Long, List<EvidenceRow>> evidence(List<DiscrepancyRow> rows, int context) {
        List<Long> ids = rows.stream().map(DiscrepancyRow::discrepancyId).filter(Objects::nonNull).toList();
        Map<Long, List<EvidenceRow>> byDiscrepancy = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) { // bind parameters are limited per statement
            for (EvidenceRow e : discrepancies.evidence(ids.subList(from, Math.min(ids.size(), from + CHUNK)), context)) {
                byDiscrepancy.computeIfAbsent(e.discrepancyId(), k -> new ArrayList<>()).add(e);
            }
        }
        return byDiscrepancy;
    }

    /**
     * The verdict on the ClaimReview scale ({@link Verdict}): ratingValue 1 (false) to 5 (accurate),
     * bestRating 5, worstRating 1, the verdict's label as alternateName. A verdict from before the
     * vocabulary (kept in old backups) keeps its words and the scale, without a value it never had.
     */
    static Map<String, Object> rating(String verdict) {
        Map<String, Object> rating = object("Rating");
        java.util.Optional<Verdict> known = Verdict.parse(verdict);
        known.ifPresent(v -> rating.put("ratingValue", v.rating()));
        rating.put("bestRating", Verdict.BEST);
        rating.put("worstRating", Verdict.WORST);
        rating.put("alternateName", known.map(Verdict::label).orElse(verdict != null ? verdict : "Confirmed discrepancy"));
        return rating;
    }

    private static Map<String, Object> appearance(EvidenceRow e, String base) {
        Map<String, Object> article = object("NewsArticle");
        // where the outlet published it; an article with no (http) URL is named, not linked to
        // Parallax's own sign-in-protected API
        if (WebUrls.isHttp(e.url())) {
            article.put("url", e.url());
        }
        article.put("identifier", "urn:parallax:article:" + e.articleId());
        putIfPresent(article, "headline", e.title());
        putIfPresent(article, "datePublished", instant(e.published()));
        article.put("publisher", named("Organization", e.outlet()));
        if (e.byline() != null && !e.byline().isBlank()) {
            article.put("author", named("Person", e.byline()));
        }
        return article;
    }

    private static Map<String, Object> body(String purpose, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("format", "text/plain");
        body.put("value", value);
        return body;
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        return object;
    }

    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> object = object(type);
        object.put("name", name);
        return object;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null
                : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
