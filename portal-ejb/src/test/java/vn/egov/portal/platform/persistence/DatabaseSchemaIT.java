package vn.egov.portal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations against the entities, on both databases the portal runs on: a new database is
 * migrated to exactly the schema the entities ask for (as EclipseLink would make it from them), and
 * a database made by the release before migrations is recorded at V1, upgraded to the same schema,
 * and keeps every row. Run with {@code -Dschema.draft=/some/folder} to get the entities' DDL per
 * database in that folder, the starting point of a new migration.
 */
class DatabaseSchemaIT {

    /** Databases made by earlier releases, all before migrations: each must upgrade. */
    private static final Path PREVIOUS_RELEASES = Path.of("src/test/resources/previous-release");

    private static final ClassLoader CLASSES = DatabaseSchemaIT.class.getClassLoader();

    private static LocalPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        var bin = LocalPostgres.installed();
        if (bin.isPresent()) {
            postgres = LocalPostgres.start(bin.get());
        } else if (LocalPostgres.required()) {
            throw new IllegalStateException("PostgreSQL is required (PORTAL_REQUIRE_POSTGRES) but not installed");
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aNewDatabaseIsMigratedToExactlyTheSchemaTheEntitiesAskFor(String vendor) throws Exception {
        Database migrated = newDatabase(vendor);
        SchemaMigration.Outcome outcome = SchemaMigration.migrate(migrated.source(), CLASSES);

        assertThat(outcome.vendor()).isEqualTo(vendor);
        assertThat(outcome.baselined()).isFalse();
        assertThat(outcome.applied()).isEqualTo(migrationCount(vendor));
        assertThat(differencesFromTheEntities(migrated, vendor)).isEmpty();
        assertThat(SchemaMigration.migrate(migrated.source(), CLASSES).applied())
                .as("a second start applies nothing")
                .isZero();
    }

    @ParameterizedTest
    @CsvSource({"ea57bc2, h2", "ea57bc2, postgresql", "221dc8c, h2"})
    void aDatabaseOfAnEarlierReleaseIsRecordedAtV1UpgradedAndKeepsEveryRow(String release, String vendor)
            throws Exception {
        Database old = newDatabase(vendor);
        loadRelease(old, release, vendor);
        Map<String, Long> rowsBefore = rowCounts(old);

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(old.source(), CLASSES);

        assertThat(outcome.baselined()).isTrue();
        assertThat(outcome.applied()).isEqualTo(migrationCount(vendor) - 1);
        assertThat(differencesFromTheEntities(old, vendor)).isEmpty();
        Map<String, Long> rowsAfter = rowCounts(old);
        rowsBefore.forEach((table, rows) ->
                assertThat(rowsAfter.get(table)).as("rows of " + table).isEqualTo(rows));
        assertThat(rowsBefore.get("qa_question")).isPositive();
        assertThat(single(old, "select name_vi from site where slug = 'xa-dam-thuy'"))
                .isEqualTo("Trang thông tin điện tử xã Đàm Thủy");
        assertThat(single(old, "select min(\"version\") from \"flyway_schema_history\" where \"type\" = 'BASELINE'"))
                .isEqualTo("1");
    }

    /**
     * ea57bc2 kept signed legal files by their SHA-256 and a media type, and sealed attachments by a
     * stored name: after the upgrade each row names its file's place in the one file store, where the
     * files still are, with its format and whether it is sealed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void filesStoredInTheOldLayoutsAreFoundInTheFileStoreAfterTheUpgrade(String vendor) throws Exception {
        Database old = newDatabase(vendor);
        loadRelease(old, "ea57bc2", vendor);
        String sha = "ab".repeat(32);
        execute(
                old,
                "insert into legal_file (id, filename, mediatype, sha256, size, uploadedat)"
                        + " values (900001, 'quyet-dinh.pdf', 'application/pdf', '" + sha
                        + "', 10, current_timestamp)");
        execute(
                old,
                "insert into qa_attachment (id, filename, format, sizebytes, storedname, uploadedat)"
                        + " values (900002, 'giay-to.pdf', 'PDF', 10, 'cd0123456789', current_timestamp)");

        SchemaMigration.migrate(old.source(), CLASSES);

        assertThat(single(old, "select location || ' ' || format || ' ' || sealed from legal_file where id = 900001")
                        .toLowerCase())
                .isEqualTo("legal-files/ab/" + sha + " pdf false");
        assertThat(single(old, "select location || ' ' || sealed from qa_attachment where id = 900002")
                        .toLowerCase())
                .isEqualTo("qa-attachments/cd/cd0123456789 true");
    }

    @Test
    void tablesOfTheBatchRuntimeAloneDoNotPassForThePreviousRelease() throws Exception {
        Database shared = newDatabase("h2");
        execute(shared, "create table JOBSTATUS (ID bigint primary key, OBJ blob)");

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(shared.source(), CLASSES);

        assertThat(outcome.baselined()).isFalse();
        assertThat(outcome.applied()).isEqualTo(migrationCount("h2"));
        assertThat(differencesFromTheEntities(shared, "h2")).isEmpty();
    }

    @Test
    void aDatabaseAlreadyMigratedByANewerReleaseIsRefused() throws Exception {
        Database newer = newDatabase("h2");
        SchemaMigration.migrate(newer.source(), CLASSES);
        execute(
                newer,
                "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                        + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " values (99, '99', 'from a later release', 'SQL', 'V99__later.sql', 0, 'portal', 1, true)");

        assertThatThrownBy(() -> SchemaMigration.migrate(newer.source(), CLASSES))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("99");
    }

    @Test
    void onlyTheTwoDatabasesThePortalIsTestedOnAreAccepted() {
        assertThat(SchemaMigration.vendor("H2")).isEqualTo("h2");
        assertThat(SchemaMigration.vendor("PostgreSQL")).isEqualTo("postgresql");
        assertThatThrownBy(() -> SchemaMigration.vendor("MySQL")).hasMessageContaining("MySQL");
    }

    private record Database(String vendor, String name, String url, DataSource source) {}

    private static Database newDatabase(String vendor) throws Exception {
        String name = "schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (vendor.equals("h2")) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(url);
            source.setUser(LocalPostgres.USER);
            source.setPassword(LocalPostgres.PASSWORD);
            return new Database(vendor, name, url, source);
        }
        assumeTrue(postgres != null, "PostgreSQL is not installed");
        String url = postgres.createDatabase(name);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(LocalPostgres.USER);
        source.setPassword(LocalPostgres.PASSWORD);
        return new Database(vendor, name, url, source);
    }

    private static void loadRelease(Database database, String release, String vendor) throws Exception {
        Path dump = PREVIOUS_RELEASES.resolve(release).resolve(vendor + ".sql");
        if (vendor.equals("h2")) {
            try (Connection connection = database.source().getConnection();
                    Reader script = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
                RunScript.execute(connection, script);
            }
        } else {
            postgres.load(database.name(), dump);
        }
    }

    /** The migrated schema against a new database of the same kind that the entities made for themselves. */
    private static List<String> differencesFromTheEntities(Database migrated, String vendor) throws Exception {
        Database reference = newDatabase(vendor);
        String draft = System.getProperty("schema.draft");
        Path folder = draft == null ? null : Files.createDirectories(Path.of(draft, vendor));
        Set<String> lobs = EntitySchema.create(reference.url(), LocalPostgres.USER, LocalPostgres.PASSWORD, folder);
        try (Connection mine = migrated.source().getConnection();
                Connection theirs = reference.source().getConnection()) {
            SchemaSnapshot expected = SchemaSnapshot.of(theirs);
            if (vendor.equals("postgresql")) {
                expected = expected.withUnboundedText(lobs);
            }
            return SchemaSnapshot.of(mine).differencesTo(expected);
        }
    }

    @Test
    void longTextsFitTheirColumnsOnPostgresql() throws Exception {
        Database migrated = newDatabase("postgresql");
        SchemaMigration.migrate(migrated.source(), CLASSES);
        String body = "<p>" + "Cổng thông tin điện tử tỉnh Cao Bằng. ".repeat(2_000) + "</p>";
        try (Connection connection = migrated.source().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into article_revision (id, actor, revision_no, savedat, title, body_html)"
                    + " values (1, 'bientap', 1, current_timestamp, 'Tin', '" + body + "')");
            try (ResultSet rows = statement.executeQuery("select length(body_html) from article_revision")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(body.length());
            }
        }
    }

    /** The migration files this database runs: the common ones and its own. */
    private static int migrationCount(String vendor) throws Exception {
        int count = 0;
        for (String folder : List.of("common", vendor)) {
            Path path = Path.of("src/main/resources", SchemaMigration.LOCATION, folder);
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    count += (int)
                            files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                                    .count();
                }
            }
        }
        return count;
    }

    private static Map<String, Long> rowCounts(Database database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.source().getConnection()) {
            List<String> tables =
                    new ArrayList<>(SchemaSnapshot.of(connection).tables().keySet());
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                        rows.next();
                        counts.put(table, rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static String single(Database database, String sql) throws SQLException {
        try (Connection connection = database.source().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.source().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
