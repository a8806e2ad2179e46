package dev.parallax.web.service;

import dev.parallax.db.EntityAliasEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the effective gazetteer: the shipped tab-separated file with what editors stored on top.
 * Plain text in, plain text out, so core parses it exactly like the shipped file and the result is
 * the same for the same rows, byte for byte.
 *
 * <ul>
 *   <li>an alias is appended to its entity's alias column;</li>
 *   <li>an entity merged away loses its line; its name, aliases and role phrases move to the line
 *       of the entity it was merged into (a role cell binds to the line it sits on);</li>
 *   <li>rows naming an entity the file does not have are ignored (nothing to attach them to).</li>
 * </ul>
 */
public final class GazetteerOverlay {
    /** A stored alias: {@code alias} is another way to write {@code entityId}. */
    public record Alias(String entityId, String alias) {}

    /** A stored merge: {@code fromId} is the same entity as {@code intoId}. */
    public record Merge(String fromId, String intoId) {}

    private GazetteerOverlay() {}

    public static String apply(String baseTsv, List<Alias> aliases, List<Merge> merges) {
        Map<String, String> mergedInto = new HashMap<>();
        for (Merge m : merges) {
            mergedInto.put(m.fromId(), m.intoId());
        }
        List<String> lines = baseTsv.lines().toList();
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines) {
            String id = idOf(line);
            if (id != null) {
                String[] cols = line.split("\t", -1);
                rows.putIfAbsent(id, Arrays.copyOf(cols, Math.max(5, cols.length)));
            }
        }
        Map<String, Set<String>> extraAliases = new LinkedHashMap<>();
        Map<String, Set<String>> extraRoles = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String target = resolve(row.getKey(), mergedInto);
            if (!target.equals(row.getKey()) && rows.containsKey(target)) {
                String[] cols = row.getValue();
                Set<String> names = extraAliases.computeIfAbsent(target, k -> new LinkedHashSet<>());
                names.add(cols[2].trim());
                names.addAll(cells(cols[3]));
                extraRoles.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(cells(cols[4]));
            }
        }
        for (Alias a : aliases) {
            String target = resolve(a.entityId(), mergedInto);
            if (rows.containsKey(target)) {
                extraAliases.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(a.alias().strip());
            }
        }
        StringBuilder out = new StringBuilder();
        Set<String> written = new java.util.HashSet<>();
        for (String line : lines) {
            String id = idOf(line);
            if (id == null) {
                out.append(line).append('\n');
                continue;
            }
            String target = resolve(id, mergedInto);
            boolean mergedAway = !target.equals(id) && rows.containsKey(target);
            // a merged-away entity lives on in its target's line; a repeated id keeps its first line
            if (mergedAway || !written.add(id)) {
                continue;
            }
            String[] cols = rows.get(id);
            if (!extraAliases.containsKey(id) && !extraRoles.containsKey(id)) {
                out.append(line).append('\n');
                continue;
            }
            String canonical = key(cols[2]);
            Map<String, String> aliasByKey = new LinkedHashMap<>();
            for (String alias : concat(cells(cols[3]), extraAliases.getOrDefault(id, Set.of()))) {
                if (!key(alias).equals(canonical)) {
                    aliasByKey.putIfAbsent(key(alias), alias);
                }
            }
            Set<String> roles = new LinkedHashSet<>(cells(cols[4]));
            roles.addAll(extraRoles.getOrDefault(id, Set.of()));
            cols[3] = String.join("|", aliasByKey.values());
            cols[4] = String.join("|", roles);
            out.append(String.join("\t", Arrays.stream(cols).map(c -> c == null ? "" : c).toList())).append('\n');
        }
        return out.toString();
    }

    /** Follows merges to the entity that remains; a cycle (never stored, but) stops where it began. */
    static String resolve(String id, Map<String, String> mergedInto) {
        String current = id;
        for (int hops = 0; hops <= mergedInto.size() && mergedInto.containsKey(current); hops++) {
            current = mergedInto.get(current);
        }
        return current;
    }

    /** The spelling as compared for sameness (the key stored aliases are unique by). */
    public static String key(String name) {
        return EntityAliasEntity.keyOf(name);
    }

    private static String idOf(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        String[] cols = line.split("\t", -1);
        return cols.length < 3 || cols[0].isBlank() || cols[2].isBlank() ? null : cols[0].trim();
    }

    private static List<String> cells(String column) {
        if (column == null) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> concat(List<String> first, Set<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
