package dev.parallax.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole workspace as JSON Lines: a header, then every row of every table (parents before
 * children, each table by primary key, one {@code {"table", "row"}} line per row as PostgreSQL's
 * {@code row_to_json} writes it), the sequences, and an end line with the row count. Restore
 * inserts the rows back through {@code json_populate_record} into an empty database in one
 * transaction, so export, restore, export gives the same bytes.
 *
 * <p>Plain JDBC over the live schema, so tables added by later migrations are covered without
 * changes here. Skipped: Flyway's history (the schema comes from the migrations) and anything that
 * references it. Jobs are kept: they record who imported what ({@code created_by}); one queued or
 * running when the backup was taken is claimed again after a restore (a running one once its
 * heartbeat is stale), which analyzes nothing twice. Generated columns (full-text search) are
 * recomputed by PostgreSQL.
 */
public final class WorkspaceBackup {
    public static final String FORMAT = "parallax-workspace";
    public static final int VERSION = 1;
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history");
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkspaceBackup() {}

    /** How much was written or read. */
    public record Summary(int tables, long rows) {}

    /** A restore that must not happen: the database is not empty, or the file is not a backup of this schema. */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** Writes a consistent snapshot of the database to {@code out} (not closed). */
    public static Summary export(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement setup = connection.createStatement()) {
            setup.execute("set transaction read only");
            setup.execute("set local timezone to 'UTC'"); // timestamps as +00:00 whatever the server's zone
            List<String> tables = tables(connection);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("format", FORMAT);
            header.put("version", VERSION);
            header.put("schema", schemaVersion(connection));
            header.put("tables", tables);
            writer.write(JSON.writeValueAsString(header));
            writer.write('\n');
            long rows = 0;
            for (String table : tables) {
                String select = "select row_to_json(x)::text from (select " + String.join(", ", quoted(columns(connection,
                        table))) + " from " + quote(table) + ") x order by " + orderBy(connection, table);
                try (Statement query = connection.createStatement()) {
                    query.setFetchSize(1000);
                    try (ResultSet rs = query.executeQuery(select)) {
                        while (rs.next()) {
                            writer.write("{\"table\":\"" + table + "\",\"row\":");
                            writer.write(rs.getString(1));
                            writer.write("}\n");
                            rows++;
                        }
                    }
                }
            }
            for (Map.Entry<String, Long> sequence : sequences(connection).entrySet()) {
                writer.write("{\"sequence\":\"" + sequence.getKey() + "\",\"value\":" + sequence.getValue() + "}\n");
            }
            writer.write("{\"end\":true,\"rows\":" + rows + "}\n");
            writer.flush();
            connection.commit();
            return new Summary(tables.size(), rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Restores {@code in} into the empty database behind {@code connection}, all or nothing. */
    public static Summary restore(Connection connection, InputStream in) throws SQLException, IOException, Refused {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String first = reader.readLine();
        JsonNode header = first == null ? null : parse(first, 1);
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw new Refused("not a Parallax workspace backup (it should start with {\"format\":\"" + FORMAT + "\"...)");
        }
        if (header.path("version").asInt() != VERSION) {
            throw new Refused("backup format version " + header.path("version").asInt() + " is not supported (this "
                    + "Parallax reads version " + VERSION + ")");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String schema = schemaVersion(connection);
            String backupSchema = header.path("schema").asText();
            if (!schema.equals(backupSchema)) {
                throw new Refused("the backup is of database schema version " + backupSchema + ", this Parallax has "
                        + schema + "; restore it with the Parallax version that made it");
            }
            List<String> tables = tables(connection);
            for (JsonNode table : header.path("tables")) {
                if (!tables.contains(table.asText())) {
                    throw new Refused("the backup has table " + table.asText() + ", which this database does not have");
                }
            }
            try (Statement lock = connection.createStatement()) {
                // no import may slip in between the emptiness check and the inserts
                lock.execute("lock table " + String.join(", ", quoted(tables)) + " in exclusive mode");
            }
            for (String table : tables) {
                try (Statement check = connection.createStatement();
                     ResultSet rs = check.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new Refused("the database is not empty (table " + table + " has rows); restore needs an "
                                + "empty one, e.g. a new data directory: PARALLAX_DATA_DIR=/new/place parallax restore FILE");
                    }
                }
            }
            Summary summary = insertAll(connection, reader);
            connection.commit();
            return summary;
        } catch (SQLException | IOException | Refused | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Summary insertAll(Connection connection, BufferedReader reader)
            throws SQLException, IOException, Refused {
        Map<String, PreparedStatement> inserts = new HashMap<>();
        Map<String, Integer> pending = new LinkedHashMap<>(); // file order: parents before children
        Set<String> seen = new TreeSet<>();
        long rows = 0;
        int lineNo = 1;
        boolean ended = false;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (ended) {
                    throw new Refused("line " + lineNo + ": text after the end line");
                }
                if (line.startsWith("{\"table\":\"")) {
                    int nameEnd = line.indexOf('"', 10);
                    String table = nameEnd < 0 ? "" : line.substring(10, nameEnd);
                    if (!line.startsWith("\",\"row\":", nameEnd) || !line.endsWith("}")) {
                        throw new Refused("line " + lineNo + ": not a {\"table\", \"row\"} line");
                    }
                    PreparedStatement insert = inserts.get(table);
                    if (!pending.isEmpty() && !pending.containsKey(table)) {
                        flushAll(inserts, pending); // a new table: its parents' rows go in first
                    }
                    if (insert == null) {
                        insert = connection.prepareStatement(insertSql(connection, table, lineNo));
                        inserts.put(table, insert);
                        seen.add(table);
                    }
                    insert.setString(1, line.substring(nameEnd + 8, line.length() - 1));
                    insert.addBatch();
                    rows++;
                    if (pending.merge(table, 1, Integer::sum) >= BATCH) {
                        flushAll(inserts, pending); // keeps parents ahead of children: tables come in that order
                    }
                } else if (line.startsWith("{\"sequence\":")) {
                    flushAll(inserts, pending);
                    JsonNode sequence = parse(line, lineNo);
                    if (!sequence.path("value").isNull()) {
                        try (PreparedStatement setval = connection.prepareStatement("select setval(?, ?, true)")) {
                            setval.setString(1, quote(sequence.path("sequence").asText()));
                            setval.setLong(2, sequence.path("value").asLong());
                            setval.execute();
                        }
                    }
                } else if (line.startsWith("{\"end\":")) {
                    flushAll(inserts, pending);
                    long expected = parse(line, lineNo).path("rows").asLong(-1);
                    if (expected != rows) {
                        throw new Refused("the end line counts " + expected + " rows, the file has " + rows);
                    }
                    ended = true;
                } else if (!line.isBlank()) {
                    throw new Refused("line " + lineNo + ": not a line of a Parallax backup");
                }
            }
            if (!ended) {
                throw new Refused("the file ends before its end line: it is truncated");
            }
        } finally {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
        }
        return new Summary(seen.size(), rows);
    }

    private static void flushAll(Map<String, PreparedStatement> inserts, Map<String, Integer> pending)
            throws SQLException {
        for (Map.Entry<String, Integer> batch : pending.entrySet()) {
            if (batch.getValue() > 0) {
                inserts.get(batch.getKey()).executeBatch();
            }
        }
        pending.clear();
    }

    private static String insertSql(Connection connection, String table, int lineNo) throws SQLException, Refused {
        List<String> columns = columns(connection, table);
        if (columns.isEmpty()) {
            throw new Refused("line " + lineNo + ": this database has no table " + table);
        }
        String list = String.join(", ", quoted(columns));
        return "insert into " + quote(table) + " (" + list + ") select " + list + " from json_populate_record(null::"
                + quote(table) + ", ?::json)";
    }

    private static JsonNode parse(String line, int lineNo) throws Refused {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new Refused("line " + lineNo + ": not JSON");
        }
    }

    /** Tables to back up, each after the tables it references; ties by name. */
    static List<String> tables(Connection connection) throws SQLException {
        Set<String> all = new TreeSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        all.forEach(t -> parents.put(t, new TreeSet<>()));
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     select child.relname, parent.relname from pg_constraint c
                     join pg_class child on child.oid = c.conrelid
                     join pg_class parent on parent.oid = c.confrelid
                     join pg_namespace n on n.oid = child.relnamespace
                     where c.contype = 'f' and n.nspname = current_schema()""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        Set<String> skipped = new TreeSet<>(SKIPPED);
        boolean grew = true;
        while (grew) { // whatever references a skipped table cannot be restored without it
            grew = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!skipped.contains(table.getKey()) && table.getValue().stream().anyMatch(skipped::contains)) {
                    skipped.add(table.getKey());
                    grew = true;
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (ordered.size() < all.size() - all.stream().filter(skipped::contains).count()) {
            boolean progress = false;
            for (String table : all) {
                if (!skipped.contains(table) && !placed.contains(table)
                        && parents.get(table).stream().allMatch(p -> placed.contains(p) || skipped.contains(p) || !all.contains(p))) {
                    ordered.add(table);
                    placed.add(table);
                    progress = true;
                    break; // restart from the first name: the order depends only on the schema
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents);
            }
        }
        return ordered;
    }

    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' "
                + "order by ordinal_position")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The primary key's columns, or every column when there is none. */
    private static String orderBy(Connection connection, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                select a.attname from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                join unnest(i.indkey) with ordinality k(attnum, ord) on true
                join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                where i.indisprimary and n.nspname = current_schema() and t.relname = ?
                order by k.ord""")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        if (key.isEmpty()) {
            return "x::text";
        }
        return String.join(", ", key.stream().map(k -> "x." + quote(k)).toList());
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select sequencename, last_value from pg_sequences "
                     + "where schemaname = current_schema()")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long value = rs.getLong(2);
                values.put(name, rs.wasNull() ? null : value); // null: never used

            }
        }
        return values;
    }

    /** The latest applied Flyway migration, e.g. "3". */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(WorkspaceBackup::quote).toList();
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
