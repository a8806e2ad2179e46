package dev.parallax.web.service;

import dev.parallax.db.DiscrepancyRepository;
import dev.parallax.db.DiscrepancyRow;
import dev.parallax.db.ReviewAuditRepository;
import dev.parallax.db.ReviewEntity;
import dev.parallax.db.ReviewRepository;
import dev.parallax.db.UserRepository;
import dev.parallax.web.security.Role;
import dev.parallax.web.api.DiscrepancyDetail;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.ReviewChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changes reviews: one audit row per changed field, refused (409) when based on an older version.
 * The review row is created at the first change; until then a discrepancy is "open", version 0.
 */
@ApplicationScoped
public class ReviewService {
    public static final List<String> STATUSES = List.of(ReviewEntity.OPEN, ReviewEntity.CONFIRMED,
            ReviewEntity.DISMISSED, ReviewEntity.NEEDS_SOURCE);
    private static final Set<String> FIELDS = Set.of("status", "verdict", "note", "assignee");
    static final int MAX_VERDICT = 200;
    static final int MAX_NOTE = 10_000;
    static final int MAX_ASSIGNEE = 100;

    private final ReviewQueryService queries;
    private final DiscrepancyRepository discrepancies;
    private final ReviewRepository reviews;
    private final ReviewAuditRepository audit;
    private final UserRepository users;

    public ReviewService(ReviewQueryService queries, DiscrepancyRepository discrepancies, ReviewRepository reviews,
                         ReviewAuditRepository audit, UserRepository users) {
        this.users = users;
        this.queries = queries;
        this.discrepancies = discrepancies;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** A review's version was not the one the change was based on. */
    public static final class StaleVersionException extends ProblemException {
        private final long current;

        StaleVersionException(String fingerprint, long sent, long current) {
            super(409, "stale-version", "Conflict", "the review of " + fingerprint + " changed since you read it: you sent "
                    + "version " + sent + ", the current version is " + current
                    + "; read it again and apply your change to version " + current,
                    List.of(Problem.Error.field("version", "is " + sent + ", the current version is " + current)));
            this.current = current;
        }

        public long current() {
            return current;
        }
    }

    /**
     * Applies {@code change} by {@code actor}. {@code ifMatch} is the version from an If-Match header
     * (null when none); the body's version wins when both agree, and they must agree.
     */
    @Transactional
    public DiscrepancyDetail change(String fingerprint, ReviewChange change, Long ifMatch, String actor) {
        if (change == null) {
            throw ProblemException.badField("body", "is required: a JSON object with status, verdict, note or "
                    + "assignee, and the version you read");
        }
        String status = status(change.status());
        String verdict = verdict(change.verdict());
        String note = note(change.note());
        String assignee = assignee(change.assignee());
        if (change.status() == null && change.verdict() == null && change.note() == null && change.assignee() == null) {
            throw ProblemException.badField("body", "nothing to change: send at least one of " + String.join(", ",
                    List.of("status", "verdict", "note", "assignee")));
        }
        long expected = expectedVersion(change.version(), ifMatch);

        reviews.lockForEdit(queries.find(fingerprint).fingerprint());
        DiscrepancyRow row = queries.find(fingerprint); // again, under the lock: what the last editor left
        if (expected != row.version()) {
            throw new StaleVersionException(fingerprint, expected, row.version());
        }
        ReviewEntity review = reviews.findByFingerprint(fingerprint).orElse(null);
        List<String[]> changed = new ArrayList<>();
        String before = review == null ? ReviewEntity.OPEN : review.status;
        compare(changed, "status", before, status, change.status() != null);
        compare(changed, "verdict", review == null ? null : review.verdict, verdict, change.verdict() != null);
        compare(changed, "note", review == null ? null : review.note, note, change.note() != null);
        compare(changed, "assignee", review == null ? null : review.assignee, assignee, change.assignee() != null);
        if (changed.isEmpty()) {
            return queries.get(fingerprint); // nothing differs: no new version, no audit row
        }
        String finalStatus = change.status() != null ? status : before;
        String finalVerdict = change.verdict() != null ? verdict : review == null ? null : review.verdict;
        if (ReviewEntity.CONFIRMED.equals(finalStatus) && finalVerdict == null) {
            throw ProblemException.badField("verdict", "is required to confirm a discrepancy: one of "
                    + String.join(", ", Verdict.codes()));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (review == null) {
            review = new ReviewEntity();
            review.fingerprint = fingerprint;
            review.createdAt = now;
            review.updatedAt = now;
            reviews.persistAndFlush(review); // version 0: "never changed"; the change below makes it 1
        }
        for (String[] c : changed) {
            switch (c[0]) {
                case "status" -> review.status = c[2];
                case "verdict" -> review.verdict = c[2];
                case "note" -> review.note = c[2];
                case "assignee" -> review.assignee = c[2];
                default -> throw new IllegalStateException(c[0]);
            }
            audit.record(review, actor, now, c[0], c[1], c[2], note);
        }
        review.updatedAt = now;
        review.updatedBy = actor;
        reviews.flush();
        if (!row.orphaned()) {
            reviews.refreshSnapshot(fingerprint);
        }
        return queries.get(fingerprint);
    }

    private static void compare(List<String[]> changed, String field, String from, String to, boolean sent) {
        if (sent && !Objects.equals(from, to)) {
            changed.add(new String[] {field, from, to});
        }
    }

    private static long expectedVersion(Long body, Long ifMatch) {
        if (body == null && ifMatch == null) {
            throw ProblemException.badField("version", "is required: the review version you read (0 for a "
                    + "discrepancy nobody reviewed yet), in the body or as an If-Match header");
        }
        if (body != null && ifMatch != null && !body.equals(ifMatch)) {
            throw ProblemException.badField("version", "is " + body + " but If-Match says " + ifMatch
                    + "; send one version");
        }
        long version = body != null ? body : ifMatch;
        if (version < 0) {
            throw ProblemException.badField("version", "must be 0 or more, got " + version);
        }
        return version;
    }

    private static String status(String value) {
        if (value == null) {
            return null;
        }
        String status = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw ProblemException.badField("status", "must be one of " + String.join(", ", STATUSES) + ", got \""
                    + value + "\"");
        }
        return status;
    }

    /** Null: not sent; blank: cleared (null). */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw ProblemException.badField(field, "must be at most " + max + " characters, got "
                    + text.codePointCount(0, text.length()));
        }
        return text;
    }

    /** Null: not sent; blank: cleared (null); else one of the vocabulary's codes. */
    private static String verdict(String value) {
        String text = text("verdict", value, MAX_VERDICT);
        if (text == null) {
            return null;
        }
        return Verdict.parse(text).map(Verdict::code).orElseThrow(() -> ProblemException.badField("verdict",
                "must be one of " + String.join(", ", Verdict.codes()) + " (a note says the rest), got \"" + text + "\""));
    }

    /**
     * A note is kept as written, spaces and line breaks included (a quoted passage, an indented
     * list): only a blank one clears it. Verdicts and assignees are names and lose outer spaces.
     */
    private static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_NOTE) {
            throw ProblemException.badField("note", "must be at most " + MAX_NOTE + " characters, got "
                    + value.codePointCount(0, value.length()));
        }
        return value;
    }

    /** Null: not sent; blank: cleared; else a user of this workspace who may review. */
    private String assignee(String value) {
        String name = text("assignee", value, MAX_ASSIGNEE);
        if (name != null && !name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || ".-_@".indexOf(c) >= 0)) {
            throw ProblemException.badField("assignee", "must be a user name (letters, digits, . - _ @), got \""
                    + value + "\"");
        }
        if (name != null && !assignees().contains(name)) {
            throw ProblemException.badField("assignee", "no user '" + name + "' who may review (a fact-checker, "
                    + "editor or admin); pick one of the workspace's users");
        }
        return name;
    }

    /** The users a review may be assigned to: those who may review, by name. */
    @Transactional
    public List<String> assignees() {
        return users.listByName().stream().filter(u -> Role.parse(u.role).map(r -> r.covers(Role.FACT_CHECKER))
                .orElse(false)).map(u -> u.username).toList();
    }

    static boolean isField(String name) {
        return FIELDS.contains(name);
    }
}
