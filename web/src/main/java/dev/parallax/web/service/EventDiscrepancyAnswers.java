package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/events/{id}/discrepancies} as JSON bytes, kept per event and page and served
 * again while the event's stamp is unchanged. The stamp is one small query, read before the answer
 * is made, of everything the answer shows (the event's live discrepancies): the event row
 * (re-comparison rewrites it), the reviews of its discrepancies (count, versions and row versions:
 * any update of a review row changes its {@code xmin}), and its accounts with their outlets (row
 * versions: a deleted article or a renamed outlet changes them). It comes from the database, so instances sharing it never serve
 * each other's stale answers; an answer made after a change but kept under the older stamp is
 * only made again, never served stale.
 */
@ApplicationScoped
public class EventDiscrepancyAnswers {
    /** Bump when the answer's shape changes, so ETags of the old shape stop matching. */
    private static final String SHAPE = "1";
    private static final String STAMP = """
            select e.id, e.xmin::text, e.updated_at::text,
                   (select count(*) || ':' || coalesce(sum(r.version), 0) || ':'
                           || coalesce(string_agg(r.xmin::text, ',' order by r.id), '')
                    from discrepancies d join reviews r on r.fingerprint = d.fingerprint where d.event_id = e.id),
                   (select count(*) || ':' || coalesce(string_agg(a.xmin::text || '.' || o.xmin::text, ','
                                                                  order by a.id), '')
                    from event_articles ea join articles a on a.id = ea.article_id join outlets o on o.id = a.outlet_id
                    where ea.event_id = e.id)
            from events e where e.public_id = ?""";

    /** A page of an event's discrepancies as JSON, with an ETag that changes whenever the answer may. */
    public record Answer(byte[] json, String etag) {}

    private record Key(String event, int offset, int limit) {}

    private final ReviewQueryService queries;
    private final AgroalDataSource database;
    private final ObjectMapper json;
    private final AnswerCache<Key, String> cache;

    public EventDiscrepancyAnswers(ReviewQueryService queries, AgroalDataSource database, ObjectMapper json,
                                   @ConfigProperty(name = "parallax.api.answer-cache-mb", defaultValue = "64")
                                   int cacheMegabytes) {
        this.queries = queries;
        this.database = database;
        this.json = json;
        this.cache = new AnswerCache<>(cacheMegabytes * 1024L * 1024L);
    }

    /** The page, from memory when nothing it shows changed; 404 problem when there is no such event. */
    public Answer ofEvent(String eventId, int offset, int limit) {
        String stamp = stamp(eventId);
        if (stamp == null) {
            // no such event (the query answers the 404 problem), or one stored just now: answer, keep nothing
            return new Answer(write(eventId, offset, limit), null);
        }
        Key key = new Key(eventId, offset, limit);
        AnswerCache.Entry<String> kept = cache.get(key, stamp);
        if (kept != null) {
            return new Answer(kept.json(), kept.etag());
        }
        byte[] bytes = write(eventId, offset, limit); // read after the stamp: never older than it
        String etag = "\"" + etag(SHAPE + '\n' + eventId + '\n' + offset + '\n' + limit + '\n' + stamp) + "\"";
        cache.put(key, new AnswerCache.Entry<>(stamp, bytes, etag));
        return new Answer(bytes, etag);
    }

    private byte[] write(String eventId, int offset, int limit) {
        try {
            return json.writeValueAsBytes(queries.ofEvent(eventId, offset, limit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the discrepancies of " + eventId + " as JSON", e);
        }
    }

    /** What the answer is made of, as one string; null when there is no such event. */
    private String stamp(String eventId) {
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(STAMP)) {
            st.setString(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                StringBuilder stamp = new StringBuilder();
                stamp.append(rs.getLong(1));
                for (int i = 2; i <= 5; i++) {
                    stamp.append('|').append(rs.getString(i));
                }
                return stamp.toString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stamp of event " + eventId, e);
        }
    }

    private static String etag(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
