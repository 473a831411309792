package vn.egov.portal.backup.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rebuilds a restored copy of the embedded H2 database into a fresh database file, for restore.sh.
 *
 * <p>The backup is H2's online {@code BACKUP TO}, a byte copy of the store taken while the portal
 * writes. Such a copy opened and served every record at its first start, but twice in about a dozen
 * test runs H2 refused it at the start after that ("File corrupted while reading record"): what the
 * copy carries beyond its last complete chunk is the suspect. Reading the copy out as SQL
 * ({@code SCRIPT}) and loading that into a new file ({@code RUNSCRIPT}) leaves none of the copy's
 * bytes in the restored database, and proves at restore time, not at some later start, that every
 * table of the copy reads whole.
 *
 * <p>Run with H2 on the class path (restore.sh takes Payara Micro's own H2):
 * {@code java EmbeddedDatabaseRebuild <copy folder> <new folder> <work file>}, the database user's
 * password on standard input (never an argument, which other users can read in the process list).
 * The database is named {@code portal} in both folders, as run.sh names it. Exit status 0 when
 * rebuilt; otherwise 1 with one line on standard error and no new database left behind.
 */
public final class EmbeddedDatabaseRebuild {

    static final String DATABASE = "portal";
    static final String USER = "portal";

    private EmbeddedDatabaseRebuild() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println(
                    "usage: EmbeddedDatabaseRebuild COPY-FOLDER NEW-FOLDER WORK-FILE (password on standard input)");
            System.exit(2);
        }
        String password = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        Path target = Path.of(args[1]);
        if (Files.exists(target.resolve(DATABASE + ".mv.db"))) {
            System.err.println("The new folder " + target + " holds a database already; nothing rebuilt.");
            System.exit(1);
        }
        try {
            rebuild(Path.of(args[0]), target, Path.of(args[2]), password);
        } catch (SQLException failed) {
            deleteDatabase(target);
            System.err.println("The database copy cannot be read whole (" + failed.getSQLState() + "): "
                    + firstLine(failed.getMessage()));
            System.exit(1);
        }
    }

    /** Dumps the copy to {@code script} (compressed) and loads it into a new database in {@code target}. */
    public static void rebuild(Path copy, Path target, Path script, String password) throws SQLException {
        try (Connection source = DriverManager.getConnection(url(copy) + ";IFEXISTS=TRUE", USER, password);
                PreparedStatement dump = source.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
            dump.setString(1, script.toString());
            dump.execute();
        }
        try (Connection fresh = DriverManager.getConnection(url(target), USER, password);
                PreparedStatement load = fresh.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
            load.setString(1, script.toString());
            load.execute();
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DATABASE);
    }

    private static void deleteDatabase(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(DATABASE + ".mv.db"));
        Files.deleteIfExists(folder.resolve(DATABASE + ".trace.db"));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
