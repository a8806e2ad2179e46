package dev.parallax.web.service;

import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.model.Entity;
import dev.parallax.core.model.EntityKind;
import dev.parallax.db.EntityAliasEntity;
import dev.parallax.db.EntityAliasRepository;
import dev.parallax.db.EntityMentionStats;
import dev.parallax.db.EntityMergeEntity;
import dev.parallax.db.EntityMergeRepository;
import dev.parallax.db.EntitySurfaceRepository;
import dev.parallax.db.SurfaceCount;
import dev.parallax.web.api.AliasAdded;
import dev.parallax.web.api.EntityPage;
import dev.parallax.web.api.EntityView;
import dev.parallax.web.api.MergeResult;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entities as the fact-checker sees them: what the gazetteer knows, what the articles say, and the
 * two edits that teach Parallax names (an alias, a merge). Both edits are stored, change what
 * {@link AnalyzerProvider#current()} links from then on, and queue the articles they affect for
 * analysis again once the edit is committed.
 */
@ApplicationScoped
public class EntityService {
    /** The kind of an entity the gazetteer does not know. */
    public static final String UNKNOWN_KIND = "UNKNOWN";
    static final int MAX_ALIAS_LENGTH = 200;

    private final AnalyzerProvider analyzers;
    private final EntityAliasRepository aliases;
    private final EntityMergeRepository merges;
    private final EntitySurfaceRepository mentions;
    private final ReanalysisQueue reanalysis;

    public EntityService(AnalyzerProvider analyzers, EntityAliasRepository aliases, EntityMergeRepository merges,
                         EntitySurfaceRepository mentions, ReanalysisQueue reanalysis) {
        this.analyzers = analyzers;
        this.aliases = aliases;
        this.merges = merges;
        this.mentions = mentions;
        this.reanalysis = reanalysis;
    }

    /** A row of the listing before its spellings are read: enough to filter, sort and page. */
    private record Row(String id, Entity entity, long mentions, long articles) {
        String kind() {
            return entity == null ? UNKNOWN_KIND : entity.kind().name();
        }
    }

    /**
     * Entities the gazetteer knows and names seen in articles, most mentioned first, then by id.
     *
     * @param kind an {@link EntityKind} name or UNKNOWN (any case), or null for all
     * @param q    a fragment of the id, name, an alias or a spelling seen (any case), or null
     */
    @Transactional
    public EntityPage list(String kind, String q, int offset, int limit) {
        String wantedKind = kind == null ? null : parseKind(kind);
        Gazetteer gazetteer = analyzers.gazetteer();
        Map<String, EntityMentionStats> stats = stats();
        List<Row> rows = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            EntityMentionStats s = stats.get(e.id());
            rows.add(new Row(e.id(), e, s == null ? 0 : s.mentions(), s == null ? 0 : s.articles()));
        }
        for (EntityMentionStats s : stats.values()) {
            if (gazetteer.entity(s.entityId()).isEmpty()) {
                rows.add(new Row(s.entityId(), null, s.mentions(), s.articles()));
            }
        }
        Set<String> bySurface = q == null ? Set.of() : new HashSet<>(mentions.idsWithSurfaceLike(q));
        String fragment = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<Row> matching = rows.stream()
                .filter(r -> wantedKind == null || wantedKind.equals(r.kind()))
                .filter(r -> fragment == null || bySurface.contains(r.id()) || mentionsFragment(r, fragment))
                .sorted(Comparator.comparingLong(Row::mentions).reversed().thenComparing(Row::id))
                .toList();
        List<Row> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        return new EntityPage(views(page), matching.size(), offset, limit);
    }

    @Transactional
    public EntityView get(String id) {
        Optional<Entity> entity = analyzers.gazetteer().entity(id);
        EntityMentionStats s = stats().get(id);
        if (entity.isEmpty() && s == null) {
            throw notFound("id", id);
        }
        return views(List.of(new Row(id, entity.orElse(null), s == null ? 0 : s.mentions(),
                s == null ? 0 : s.articles()))).get(0);
    }

    /**
     * Links {@code rawAlias} to entity {@code id} from now on and queues the articles whose text
     * contains it for analysis again. Adding a spelling the entity already has changes nothing.
     */
    public AliasAdded addAlias(String id, String rawAlias, String actor) {
        String alias = checkAlias(rawAlias);
        Stored<AliasAdded> stored = QuarkusTransaction.requiringNew().call(() -> storeAlias(id, alias, actor));
        Long job = reanalysis.enqueue(stored.articles(), actor).orElse(null);
        AliasAdded a = stored.result();
        return new AliasAdded(a.entity(), a.alias(), a.created(), a.createdBy(), a.createdAt(), a.articles(), job);
    }

    /**
     * What a write changed and the articles to analyze again. The articles are queued only once
     * the write is committed: a job that started earlier would analyze with the old names.
     */
    private record Stored<T>(T result, List<String> articles) {}

    private Stored<AliasAdded> storeAlias(String id, String alias, String actor) {
        Gazetteer gazetteer = analyzers.gazetteer();
        Entity entity = known(gazetteer, id, "id");
        String key = GazetteerOverlay.key(alias);
        Optional<Entity> owner = ownerOf(gazetteer, key);
        Optional<EntityAliasEntity> stored = aliases.findByKey(key);
        if (owner.filter(e -> !e.id().equals(id)).isPresent()) {
            throw aliasTaken(alias, owner.get().id(), owner.get().name());
        }
        if (stored.filter(a -> !a.entityId.equals(id)).isPresent()) {
            throw aliasTaken(alias, stored.get().entityId, stored.get().entityId);
        }
        if (owner.isPresent() || stored.isPresent()) {
            EntityAliasEntity row = stored.orElse(null);
            return new Stored<>(new AliasAdded(entity.id(), alias, false, row == null ? null : row.createdBy,
                    row == null ? null : row.createdAt, 0, null), List.of());
        }
        EntityAliasEntity row = new EntityAliasEntity();
        row.entityId = entity.id();
        row.alias = alias;
        row.aliasKey = key;
        row.createdBy = actor;
        try {
            aliases.persistAndFlush(row);
        } catch (PersistenceException concurrent) {
            // another request stored the same spelling between our check and our insert
            throw aliasTaken(alias, "another entity", "another entity");
        }
        List<String> articles = mentions.articlesContaining(alias);
        return new Stored<>(new AliasAdded(entity.id(), alias, true, actor, row.createdAt, articles.size(), null),
                articles);
    }

    /**
     * Folds entity {@code fromId} into {@code intoId}: stored mentions are re-linked at once, the
     * spellings of {@code fromId} link to {@code intoId} from now on, and the articles that
     * mentioned {@code fromId} are queued for analysis again so their events' discrepancies are
     * recomputed.
     */
    public MergeResult merge(String intoId, String fromId, String actor) {
        if (fromId == null || fromId.isBlank()) {
            throw ProblemException.badField("from", "is required: the id of the entity to merge into " + intoId);
        }
        String from = fromId.strip();
        if (from.equals(intoId)) {
            throw ProblemException.badField("from", "is " + intoId + " itself: name a different entity to merge into it");
        }
        Stored<MergeResult> stored = QuarkusTransaction.requiringNew().call(() -> storeMerge(intoId, from, actor));
        Long job = reanalysis.enqueue(stored.articles(), actor).orElse(null);
        MergeResult m = stored.result();
        return new MergeResult(m.into(), m.from(), m.mentionsRelinked(), m.aliasesAdded(), m.articles(), job);
    }

    private Stored<MergeResult> storeMerge(String intoId, String from, String actor) {
        Gazetteer gazetteer = analyzers.gazetteer();
        Entity into = known(gazetteer, intoId, "id");
        Optional<Entity> fromEntity = gazetteer.entity(from);
        List<SurfaceCount> fromSurfaces = mentions.surfaces(List.of(from));
        if (fromEntity.isEmpty() && fromSurfaces.isEmpty()) {
            throw notFound("from", from);
        }
        List<String> aliasesAdded = new ArrayList<>();
        if (fromEntity.isEmpty()) {
            // A name the gazetteer does not know: the spellings it was seen under become aliases.
            Map<String, String> spellings = new TreeMap<>();
            for (SurfaceCount s : fromSurfaces) {
                if (isStorableAlias(s.surface())) {
                    spellings.putIfAbsent(GazetteerOverlay.key(s.surface()), s.surface().strip());
                }
            }
            for (Map.Entry<String, String> spelling : spellings.entrySet()) {
                if (ownerOf(gazetteer, spelling.getKey()).isEmpty() && aliases.findByKey(spelling.getKey()).isEmpty()) {
                    EntityAliasEntity row = new EntityAliasEntity();
                    row.entityId = into.id();
                    row.alias = spelling.getValue();
                    row.aliasKey = spelling.getKey();
                    row.createdBy = actor;
                    aliases.persist(row);
                    aliasesAdded.add(row.alias);
                }
            }
        } else {
            aliasesAdded.add(fromEntity.get().name());
            aliasesAdded.addAll(fromEntity.get().aliases());
        }
        List<String> articles = mentions.articlesMentioning(List.of(from));
        aliases.moveTo(from, into.id());
        merges.redirect(from, into.id());
        int relinked = mentions.relink(from, into.id());
        Optional<EntityMergeEntity> earlier = merges.findByFrom(from);
        if (earlier.isPresent()) {
            // A name merged before and seen again in articles analyzed since (a spelling it had not
            // shown yet): fold the new mentions the same way; the latest merge says where it belongs.
            earlier.get().intoId = into.id();
            earlier.get().mentionsRelinked += relinked;
            return new Stored<>(new MergeResult(into.id(), from, relinked, aliasesAdded, articles.size(), null), articles);
        }
        EntityMergeEntity merge = new EntityMergeEntity();
        merge.fromId = from;
        merge.intoId = into.id();
        merge.fromName = fromEntity.map(Entity::name).orElseGet(() -> mostSeen(fromSurfaces));
        merge.mentionsRelinked = relinked;
        merge.createdBy = actor;
        try {
            merges.persistAndFlush(merge);
        } catch (PersistenceException concurrent) {
            throw new ProblemException(409, "conflict", "Conflict", from + " was merged by someone else just now",
                    List.of(Problem.Error.field("from", "already merged")));
        }
        return new Stored<>(new MergeResult(into.id(), from, relinked, aliasesAdded, articles.size(), null), articles);
    }

    private List<EntityView> views(List<Row> rows) {
        Map<String, Map<String, Map<String, Long>>> surfaces = new HashMap<>();
        for (SurfaceCount s : mentions.surfaces(rows.stream().map(Row::id).toList())) {
            surfaces.computeIfAbsent(s.entityId(), k -> new TreeMap<>())
                    .computeIfAbsent(s.outlet(), k -> new TreeMap<>())
                    .merge(s.surface(), s.count(), Long::sum);
        }
        Map<String, List<String>> added = new HashMap<>();
        for (EntityAliasEntity a : aliases.listInOrder()) {
            added.computeIfAbsent(a.entityId, k -> new ArrayList<>()).add(a.alias);
        }
        Map<String, List<String>> merged = new HashMap<>();
        for (EntityMergeEntity m : merges.listInOrder()) {
            merged.computeIfAbsent(m.intoId, k -> new ArrayList<>()).add(m.fromId);
        }
        List<EntityView> views = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Map<String, Long>> seen = surfaces.getOrDefault(r.id(), Map.of());
            String name = r.entity() != null ? r.entity().name() : mostSeen(seen);
            views.add(new EntityView(r.id(), name, r.kind(), r.entity() != null,
                    r.entity() == null ? List.of() : r.entity().aliases(), added.getOrDefault(r.id(), List.of()),
                    merged.getOrDefault(r.id(), List.of()), r.mentions(), r.articles(), seen));
        }
        return views;
    }

    private Map<String, EntityMentionStats> stats() {
        Map<String, EntityMentionStats> byId = new LinkedHashMap<>();
        for (EntityMentionStats s : mentions.stats()) {
            byId.put(s.entityId(), s);
        }
        return byId;
    }

    /** The entity {@code id} as the effective gazetteer has it, or the problem saying why there is none. */
    private Entity known(Gazetteer gazetteer, String id, String field) {
        Optional<Entity> entity = gazetteer.entity(id);
        if (entity.isPresent()) {
            return entity.get();
        }
        if (!mentions.surfaces(List.of(id)).isEmpty()) {
            throw ProblemException.badField(field, id + " is a name the gazetteer does not know; link its spellings "
                    + "to a known entity instead: POST /api/entities/{knownId}/merge with {\"from\": \"" + id + "\"}");
        }
        throw notFound(field, id);
    }

    private ProblemException notFound(String field, String id) {
        String detail = merges.findByFrom(id)
                .map(m -> id + " was merged into " + m.intoId + "; use " + m.intoId)
                .orElse("no entity with id " + id);
        return new ProblemException(404, "not-found", "Not Found", detail, List.of(Problem.Error.field(field, detail)));
    }

    private static ProblemException aliasTaken(String alias, String ownerId, String ownerName) {
        String message = "\"" + alias + "\" already names " + ownerId
                + (ownerName.equals(ownerId) ? "" : " (" + ownerName + ")")
                + "; merge the two entities if they are one";
        return new ProblemException(409, "conflict", "Conflict", "alias: " + message,
                List.of(Problem.Error.field("alias", message)));
    }

    private static Optional<Entity> ownerOf(Gazetteer gazetteer, String key) {
        for (Entity e : gazetteer.entities()) {
            if (GazetteerOverlay.key(e.name()).equals(key)
                    || e.aliases().stream().anyMatch(a -> GazetteerOverlay.key(a).equals(key))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String checkAlias(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badField("alias", "is required: the spelling to link to the entity");
        }
        String alias = raw.strip();
        if (alias.length() > MAX_ALIAS_LENGTH) {
            throw ProblemException.badField("alias", "is " + alias.length() + " characters, over the limit of "
                    + MAX_ALIAS_LENGTH);
        }
        if (!isStorableAlias(alias)) {
            throw ProblemException.badField("alias", "must be one line with at least one letter and no tab or '|'");
        }
        return alias;
    }

    /** The gazetteer file separates columns by tabs and aliases by '|': neither can be part of one. */
    private static boolean isStorableAlias(String alias) {
        return !alias.isBlank() && alias.strip().length() <= MAX_ALIAS_LENGTH && alias.codePoints().anyMatch(Character::isLetter)
                && alias.chars().noneMatch(c -> c == '|' || c == '\t' || c == '\n' || c == '\r');
    }

    private static String parseKind(String kind) {
        String k = kind.strip().toUpperCase(Locale.ROOT);
        if (k.equals(UNKNOWN_KIND)) {
            return k;
        }
        try {
            return EntityKind.valueOf(k).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("kind", "must be one of "
                    + java.util.Arrays.stream(EntityKind.values()).map(Enum::name).toList() + " or UNKNOWN, got \""
                    + kind + "\"");
        }
    }

    private static boolean mentionsFragment(Row r, String fragment) {
        if (r.id().toLowerCase(Locale.ROOT).contains(fragment)) {
            return true;
        }
        return r.entity() != null && (r.entity().name().toLowerCase(Locale.ROOT).contains(fragment)
                || r.entity().aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(fragment)));
    }

    /** The spelling written most often; ties go to the first in alphabetical order. */
    private static String mostSeen(Map<String, Map<String, Long>> byOutlet) {
        Map<String, Long> totals = new TreeMap<>();
        byOutlet.values().forEach(m -> m.forEach((surface, n) -> totals.merge(surface, n, Long::sum)));
        return totals.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String mostSeen(List<SurfaceCount> counts) {
        Map<String, Map<String, Long>> byOutlet = new TreeMap<>();
        counts.forEach(c -> byOutlet.computeIfAbsent(c.outlet(), k -> new TreeMap<>()).merge(c.surface(), c.count(), Long::sum));
        return mostSeen(byOutlet);
    }
}
