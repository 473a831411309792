package vn.egov.portal.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * The database schema belongs to the migrations under {@code db/migration}, never to the JPA
 * provider: {@code common/} holds SQL that H2 and PostgreSQL both run, {@code h2/} and
 * {@code postgresql/} what only one of them understands. Versions are one sequence over all three.
 *
 * <p>A database of the release before migrations has the portal's tables but no history: it is
 * recorded at version 1 (its schema is V1, as EclipseLink made it) and upgraded from there. A
 * database without the portal's tables starts at V1, also when another component already put its
 * own tables there (the batch runtime's job repository shares the database).
 */
public final class SchemaMigration {

    /** Where the migrations live on the class path. */
    public static final String LOCATION = "db/migration";

    /** The version whose schema databases of the release before migrations have. */
    static final String PREVIOUS_RELEASE = "1";

    /** A table every database of that release has. */
    static final String PREVIOUS_RELEASE_TABLE = "site";

    static final String HISTORY_TABLE = "flyway_schema_history";

    /**
     * Flyway's own java.util.logging writer, named: left to guess, it would pick the SLF4J API that
     * Tika brings along, which has no binding here and would swallow every line.
     */
    private static final String JUL_LOGS = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    /** What a start did to the schema. */
    public record Outcome(String vendor, String version, int applied, boolean baselined) {}

    private SchemaMigration() {}

    /**
     * Brings the schema up to the newest migration, or fails with the reason (a checksum that
     * changed, a migration that does not run, a database that is newer than this release).
     */
    public static Outcome migrate(DataSource dataSource, ClassLoader classes) {
        Inspection found = inspect(dataSource);
        boolean previousRelease = !found.history() && found.previousReleaseTables();
        Flyway flyway = Flyway.configure(classes)
                .dataSource(dataSource)
                .locations(locations(found.vendor(), classes))
                .table(HISTORY_TABLE)
                .loggers(JUL_LOGS)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                // A migration this release does not know means the database is a newer release's: refuse it.
                .ignoreMigrationPatterns(new ValidatePattern[0])
                .baselineOnMigrate(true)
                .baselineVersion(previousRelease ? PREVIOUS_RELEASE : "0")
                .baselineDescription(
                        previousRelease
                                ? "schema of the release before migrations, as EclipseLink made it"
                                : "tables of other components only")
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
        return new Outcome(found.vendor(), version, result.migrationsExecuted, previousRelease);
    }

    /** The folders to read for this database: the common one and the vendor's, where it has one. */
    static String[] locations(String vendor, ClassLoader classes) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:" + LOCATION + "/common");
        if (classes.getResource(LOCATION + "/" + vendor) != null) {
            locations.add("classpath:" + LOCATION + "/" + vendor);
        }
        return locations.toArray(String[]::new);
    }

    private record Inspection(String vendor, boolean history, boolean previousReleaseTables) {}

    private static Inspection inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String vendor = vendor(meta.getDatabaseProductName());
            String schema = connection.getSchema();
            return new Inspection(
                    vendor,
                    hasTable(meta, schema, HISTORY_TABLE, false),
                    hasTable(meta, schema, PREVIOUS_RELEASE_TABLE, true));
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be read: " + e.getMessage(), e);
        }
    }

    /** The folder name of a database product; only the two the portal is built and tested for. */
    static String vendor(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return "h2";
        }
        if (name.startsWith("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("Unsupported database " + product + ": use H2 or PostgreSQL");
    }

    /** Unquoted names fold (H2 to upper case, PostgreSQL to lower); Flyway's history table is quoted. */
    private static boolean hasTable(DatabaseMetaData meta, String schema, String table, boolean folded)
            throws SQLException {
        String name = folded && meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet tables = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
