package dev.parallax.web.service;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.db.EntityAliasRepository;
import dev.parallax.db.EntityMergeRepository;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The analyzer every part of Parallax should analyze articles with: core's analyzer over the
 * effective gazetteer, that is the shipped {@code gazetteer.tsv} plus the aliases and merges
 * editors stored ({@code entity_aliases}, {@code entity_merges}; see {@link GazetteerOverlay}), with
 * sentence embeddings of the lead, claims and quotes ({@link MiniLmSentenceEncoder}, loaded once per
 * process on the first analysis).
 *
 * <p>Background analysis and re-analysis jobs call {@link #current()} once per job (or per batch)
 * and use the returned {@link ArticleAnalyzer} for every article of it; never
 * {@code ArticleAnalyzer.withDefaults()}, which would ignore what editors taught Parallax. The
 * analyzer is rebuilt only when the stored rows changed, which a cheap query checks on every call,
 * so instances sharing one database pick up each other's edits. The returned analyzer is
 * immutable and safe to share between threads.
 */
@ApplicationScoped
public class AnalyzerProvider {
    /** The shipped gazetteer inside core's jar (core's {@code Gazetteer.DEFAULT_RESOURCE}). */
    static final String SHIPPED_GAZETTEER = "/dev/parallax/core/entity/gazetteer.tsv";

    private final EntityAliasRepository aliases;
    private final EntityMergeRepository merges;
    private final String shippedTsv;
    private volatile Built built;

    private record Built(String stamp, Gazetteer gazetteer, ArticleAnalyzer analyzer) {}

    public AnalyzerProvider(EntityAliasRepository aliases, EntityMergeRepository merges) {
        this.aliases = aliases;
        this.merges = merges;
        this.shippedTsv = readShipped();
    }

    /** The analyzer with every stored alias and merge applied. */
    @Transactional
    public ArticleAnalyzer current() {
        return built().analyzer();
    }

    /** The effective gazetteer {@link #current()} links names with. */
    @Transactional
    public Gazetteer gazetteer() {
        return built().gazetteer();
    }

    /** The effective gazetteer as text, in the shipped file's format. */
    @Transactional
    public String effectiveTsv() {
        return GazetteerOverlay.apply(shippedTsv, storedAliases(), storedMerges());
    }

    private Built built() {
        String stamp = stamp();
        Built cached = built;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached;
        }
        synchronized (this) {
            if (built != null && built.stamp().equals(stamp)) {
                return built;
            }
            Gazetteer gazetteer = parse(GazetteerOverlay.apply(shippedTsv, storedAliases(), storedMerges()));
            built = new Built(stamp, gazetteer, new ArticleAnalyzer(AnalyzerConfig.defaults().withGazetteer(gazetteer)
                    .withEncoder(MiniLmSentenceEncoder.shared())));
            return built;
        }
    }

    /**
     * Changes whenever a row is added to either table. Rows are never deleted, and the only update
     * (a merge moving aliases) comes with a new merge row, so counts and top ids are enough.
     */
    private String stamp() {
        Object row = aliases.getEntityManager().createNativeQuery("""
                select (select count(*) || ':' || coalesce(max(id), 0) from entity_aliases)
                    || '/' || (select count(*) || ':' || coalesce(max(id), 0) from entity_merges)""")
                .getSingleResult();
        return String.valueOf(row);
    }

    private List<GazetteerOverlay.Alias> storedAliases() {
        return aliases.listInOrder().stream().map(a -> new GazetteerOverlay.Alias(a.entityId, a.alias)).toList();
    }

    private List<GazetteerOverlay.Merge> storedMerges() {
        return merges.listInOrder().stream().map(m -> new GazetteerOverlay.Merge(m.fromId, m.intoId)).toList();
    }

    private static Gazetteer parse(String tsv) {
        try {
            return Gazetteer.parse(new StringReader(tsv), "gazetteer.tsv with stored aliases and merges");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readShipped() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException("core's gazetteer " + SHIPPED_GAZETTEER + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
