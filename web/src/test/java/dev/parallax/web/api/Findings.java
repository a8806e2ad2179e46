package dev.parallax.web.api;

import dev.parallax.db.ArticleEntity;
import dev.parallax.db.ClaimGroupEntity;
import dev.parallax.db.DiscrepancyEntity;
import dev.parallax.db.EventEntity;
import dev.parallax.db.EvidenceEntity;
import dev.parallax.db.ReviewRepository;
import dev.parallax.db.UserEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Stores events, claim groups, discrepancies and evidence the way the analysis would, so review
 * tests do not depend on what the comparator finds. Evidence is located in the article's cleaned
 * text by its words; offsets are code points like everywhere else.
 */
@ApplicationScoped
public class Findings {
    private final EntityManager em;
    private final ReviewRepository reviews;

    public Findings(EntityManager em, ReviewRepository reviews) {
        this.em = em;
        this.reviews = reviews;
    }

    /** One account's words: the first occurrence of {@code words} in the article's cleaned text. */
    public record Words(String articleId, String words) {}

    public static Words words(String articleId, String words) {
        return new Words(articleId, words);
    }

    /** An event with a public id no other test uses. */
    @Transactional
    public String event(String label, LocalDate date) {
        EventEntity event = new EventEntity();
        event.publicId = "ev-test-" + UUID.randomUUID();
        event.label = label;
        event.eventDate = date;
        em.persist(event);
        return event.publicId;
    }

    /** A discrepancy of the event with a fresh fingerprint; returns the fingerprint. */
    @Transactional
    public String discrepancy(String eventId, String type, String severity, int rank, String summary, Words... evidence) {
        return discrepancy(eventId, newFingerprint(), type, severity, rank, summary, evidence);
    }

    @Transactional
    public String discrepancy(String eventId, String fingerprint, String type, String severity, int rank, String summary,
                              Words... evidence) {
        EventEntity event = event(eventId);
        ClaimGroupEntity group = new ClaimGroupEntity();
        group.event = event;
        group.publicId = "cg-test-" + UUID.randomUUID();
        group.position = rank;
        group.summary = "claims about " + summary;
        group.members = "[]";
        group.independent = evidence.length;
        em.persist(group);
        DiscrepancyEntity d = new DiscrepancyEntity();
        d.event = event;
        d.claimGroup = group;
        d.fingerprint = fingerprint;
        d.type = type;
        d.severity = severity;
        d.rank = rank;
        d.summary = summary;
        em.persist(d);
        int position = 0;
        for (Words w : evidence) {
            ArticleEntity article = em.find(ArticleEntity.class, w.articleId());
            int at = article.cleanedText.indexOf(w.words());
            if (at < 0) {
                throw new IllegalArgumentException("\"" + w.words() + "\" is not in article " + w.articleId());
            }
            EvidenceEntity e = new EvidenceEntity();
            e.discrepancy = d;
            e.articleId = w.articleId();
            e.position = position++;
            e.text = w.words();
            e.start = article.cleanedText.codePointCount(0, at);
            e.end = e.start + w.words().codePointCount(0, w.words().length());
            em.persist(e);
        }
        return fingerprint;
    }

    /**
     * What comparing an event again does to its findings: every discrepancy row of the event is
     * deleted; the caller then stores the new ones (same fingerprints for unchanged findings) and
     * calls {@link #synced()}.
     */
    @Transactional
    public void forgetFindings(String eventId) {
        EventEntity event = event(eventId);
        em.createQuery("delete from EvidenceEntity e where e.discrepancy.event = :event").setParameter("event", event)
                .executeUpdate();
        em.createQuery("delete from DiscrepancyEntity d where d.event = :event").setParameter("event", event)
                .executeUpdate();
        em.createQuery("delete from ClaimGroupEntity g where g.event = :event").setParameter("event", event)
                .executeUpdate();
    }

    /** A new user with this role (unique name) and password {@link #PASSWORD}; returns the name. */
    @Transactional
    public String user(String role) {
        UserEntity user = new UserEntity();
        user.username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        user.role = role;
        user.passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4);
        em.persist(user);
        return user.username;
    }

    public static final String PASSWORD = "a reviewer's passphrase";

    /** Reviews marked orphaned or not, snapshots refreshed; returns how many are orphaned in all. */
    @Transactional
    public long synced() {
        return reviews.syncWithDiscrepancies();
    }

    @Transactional
    public boolean orphanedFlag(String fingerprint) {
        return reviews.findByFingerprint(fingerprint).orElseThrow().orphaned;
    }

    private EventEntity event(String publicId) {
        return em.createQuery("from EventEntity where publicId = :id", EventEntity.class).setParameter("id", publicId)
                .getSingleResult();
    }

    public static String newFingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> list(String... values) {
        return List.of(values);
    }
}
