package vn.egov.portal.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database's schema as the portal's code relies on it, read through JDBC metadata: per table its
 * columns (type, size, nullability), primary key, unique keys, other indexes and foreign keys, one
 * line each, in a fixed order. Two snapshots of the same database product compare line by line;
 * constraint and index names are left out (the database makes up some of them).
 */
record SchemaSnapshot(Map<String, Set<String>> tables) {

    /** Tables that belong to others: the migrations' own history, the batch runtime's job repository. */
    private static final Set<String> NOT_THE_PORTALS = Set.of(
            "flyway_schema_history",
            "jobinstancedata",
            "executioninstancedata",
            "stepexecutioninstancedata",
            "checkpointdata",
            "jobstatus",
            "stepstatus");

    static SchemaSnapshot of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> tables = new TreeMap<>();
        for (String table : tableNames(meta, schema)) {
            Set<String> lines = new TreeSet<>();
            columns(meta, schema, table, lines);
            primaryKey(meta, schema, table, lines);
            indexes(meta, schema, table, lines);
            foreignKeys(meta, schema, table, lines);
            tables.put(lower(table), lines);
        }
        return new SchemaSnapshot(tables);
    }

    /**
     * This snapshot with the named text columns unbounded, as the migrations make the entities'
     * {@code @Lob} columns on PostgreSQL where EclipseLink's own DDL would stop at 255 characters.
     */
    SchemaSnapshot withUnboundedText(Set<String> columns) {
        Map<String, Set<String>> widened = new TreeMap<>();
        tables.forEach((table, lines) -> {
            Set<String> copy = new TreeSet<>();
            for (String line : lines) {
                String[] words = line.split(" ");
                boolean lob = words.length >= 3 && words[0].equals("column") && columns.contains(words[1]);
                copy.add(lob ? line.replace("varchar(255,0)", "varchar(2147483647,0)") : line);
            }
            widened.put(table, copy);
        });
        return new SchemaSnapshot(widened);
    }

    /** What differs, as lines a person can act on ("+" only in the other snapshot, "-" only in this one). */
    List<String> differencesTo(SchemaSnapshot other) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String table : names) {
            Set<String> mine = tables.getOrDefault(table, Set.of());
            Set<String> theirs = other.tables.getOrDefault(table, Set.of());
            if (mine.isEmpty() || theirs.isEmpty()) {
                differences.add((mine.isEmpty() ? "+ table " : "- table ") + table);
                continue;
            }
            mine.stream()
                    .filter(line -> !theirs.contains(line))
                    .forEach(line -> differences.add("- " + table + ": " + line));
            theirs.stream()
                    .filter(line -> !mine.contains(line))
                    .forEach(line -> differences.add("+ " + table + ": " + line));
        }
        return differences;
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!NOT_THE_PORTALS.contains(lower(name))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void columns(DatabaseMetaData meta, String schema, String table, Set<String> lines)
            throws SQLException {
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                String type = lower(rows.getString("TYPE_NAME"));
                boolean sized = type.contains("char") || type.contains("numeric") || type.contains("decimal");
                lines.add("column " + lower(rows.getString("COLUMN_NAME")) + " " + type
                        + (sized ? "(" + rows.getInt("COLUMN_SIZE") + "," + rows.getInt("DECIMAL_DIGITS") + ")" : "")
                        + ("NO".equals(rows.getString("IS_NULLABLE")) ? " not null" : ""));
            }
        }
    }

    private static void primaryKey(DatabaseMetaData meta, String schema, String table, Set<String> lines)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        lines.add("primary key " + columns.values());
    }

    /** Unique keys and indexes by their columns; a unique constraint shows as a unique index in both databases. */
    private static void indexes(DatabaseMetaData meta, String schema, String table, Set<String> lines)
            throws SQLException {
        Map<String, Map<Integer, String>> byName = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name == null || rows.getString("COLUMN_NAME") == null) {
                    continue;
                }
                byName.computeIfAbsent(name, key -> new TreeMap<>())
                        .put((int) rows.getShort("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")));
                unique.put(name, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        byName.forEach((name, columns) -> lines.add((unique.get(name) ? "unique " : "index ") + columns.values()));
    }

    private static void foreignKeys(DatabaseMetaData meta, String schema, String table, Set<String> lines)
            throws SQLException {
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                lines.add("foreign key " + lower(rows.getString("FKCOLUMN_NAME")) + " -> "
                        + lower(rows.getString("PKTABLE_NAME")) + "." + lower(rows.getString("PKCOLUMN_NAME")));
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
