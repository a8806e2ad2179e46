package dev.parallax.core.entity;

import dev.parallax.core.model.Entity;
import dev.parallax.core.model.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities Parallax knows by name, read from a tab-separated data file so it can be edited
 * without recompiling (see the header of {@code gazetteer.tsv} for the format). Immutable.
 */
public final class Gazetteer {
    static final String DEFAULT_RESOURCE = "/dev/parallax/core/entity/gazetteer.tsv";

    private final Map<String, Entity> entities;
    private final List<RoleBinding> roles;
    private final List<String> problems;

    private Gazetteer(Map<String, Entity> entities, List<RoleBinding> roles, List<String> problems) {
        this.entities = entities;
        this.roles = List.copyOf(roles);
        this.problems = List.copyOf(problems);
    }

    /** The gazetteer shipped with Parallax. */
    public static Gazetteer defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final Gazetteer DEFAULTS = loadResource();

        private static Gazetteer loadResource() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    return new Gazetteer(Map.of(), List.of(), List.of("shipped gazetteer is missing"));
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads an external gazetteer file in the same format as the shipped one. */
    public static Gazetteer load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /** Parses gazetteer lines; bad lines are skipped and listed in {@link #problems()}. */
    public static Gazetteer parse(Reader reader, String sourceName) throws IOException {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<RoleBinding> roles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].isBlank() || cols[2].isBlank()) {
                problems.add(sourceName + ":" + number + ": expected id, kind, name[, aliases[, roles[, within]]]");
                continue;
            }
            EntityKind kind;
            try {
                kind = EntityKind.valueOf(cols[1].trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(sourceName + ":" + number + ": unknown kind '" + cols[1] + "'");
                continue;
            }
            String id = cols[0].trim();
            List<String> aliases = cols.length > 3 ? split(cols[3]) : List.of();
            List<String> roleCells = cols.length > 4 ? split(cols[4]) : List.of();
            List<String> rolePhrases = new ArrayList<>();
            for (String cell : roleCells) {
                try {
                    RoleBinding binding = parseRole(id, cell);
                    roles.add(binding);
                    rolePhrases.add(binding.phrase());
                } catch (DateTimeParseException e) {
                    problems.add(sourceName + ":" + number + ": bad date in role '" + cell + "'");
                }
            }
            if (entities.containsKey(id)) {
                problems.add(sourceName + ":" + number + ": duplicate id " + id);
            }
            List<String> within = cols.length > 5 ? split(cols[5]) : List.of();
            entities.put(id, new Entity(id, cols[2].trim(), kind, aliases, rolePhrases.stream().distinct().toList(), within));
        }
        for (Entity e : entities.values()) {
            for (String w : e.within()) {
                Entity around = entities.get(w);
                if (around == null || around.kind() != EntityKind.PLACE) problems.add(sourceName + ": " + e.id() + " lies within '" + w + "', which is no place of the gazetteer");
            }
        }
        return new Gazetteer(entities, roles, problems);
    }

    /** Whether one place lies in the other, directly or through places between ("place:gaza" in "place:middle-east"). */
    public boolean within(String inner, String outer) {
        Entity place = entities.get(inner);
        if (place == null || place.within().isEmpty()) return false; // most entities lie in nothing the data names
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(inner));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!seen.add(id)) continue;
            Entity e = entities.get(id);
            if (e == null) continue;
            for (String w : e.within()) {
                if (w.equals(outer)) return true;
                todo.add(w);
            }
        }
        return false;
    }

    static RoleBinding parseRole(String id, String cell) {
        int at = cell.indexOf('@');
        String phrase = (at < 0 ? cell : cell.substring(0, at)).trim().toLowerCase(java.util.Locale.ROOT);
        if (at < 0) {
            return new RoleBinding(phrase, id, null, null, false);
        }
        String range = cell.substring(at + 1).trim();
        if (range.isEmpty()) {
            return new RoleBinding(phrase, id, null, null, true);
        }
        int dots = range.indexOf("..");
        String from = dots < 0 ? range : range.substring(0, dots);
        String to = dots < 0 ? "" : range.substring(dots + 2);
        return new RoleBinding(phrase, id, from.isBlank() ? null : LocalDate.parse(from.trim()),
                to.isBlank() ? null : LocalDate.parse(to.trim()), false);
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public List<RoleBinding> roles() {
        return roles;
    }

    /** Lines that could not be read; an empty list for a clean file. */
    public List<String> problems() {
        return problems;
    }
}
