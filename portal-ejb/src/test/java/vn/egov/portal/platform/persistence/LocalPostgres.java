package vn.egov.portal.platform.persistence;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for one test class, in a temporary folder on a free port, as the
 * smoke tests make theirs (initdb and pg_ctl of the installed server; as the postgres user when the
 * build runs as root). Found where Debian puts it; absent, the tests that need it are skipped unless
 * PORTAL_REQUIRE_POSTGRES=true (CI).
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "portal";
    static final String PASSWORD = "schema-test-only";

    private final Path bin;
    private final Path folder;
    private final int port;

    private LocalPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** The server's binaries, if PostgreSQL is installed. */
    static Optional<Path> installed() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException absent) {
            return Optional.empty();
        }
    }

    static boolean required() {
        return "true".equals(System.getenv("PORTAL_REQUIRE_POSTGRES"));
    }

    static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("portal-schema-pg");
        folder.toFile().setReadable(true, false);
        folder.toFile().setExecutable(true, false);
        if (asRoot()) {
            run(List.of("chown", "postgres", folder.toString()));
        }
        int port = freePort();
        LocalPostgres server = new LocalPostgres(bin, folder, port);
        server.asPostgres(
                "initdb",
                "-D",
                folder.resolve("cluster").toString(),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        server.asPostgres(
                "pg_ctl",
                "-D",
                folder.resolve("cluster").toString(),
                "-l",
                folder.resolve("log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1",
                "start");
        server.psql("postgres", "create role " + USER + " login password '" + PASSWORD + "'");
        return server;
    }

    /** A new, empty database owned by the portal's role. */
    String createDatabase(String name) throws IOException, InterruptedException {
        psql("postgres", "create database " + name + " owner " + USER + " encoding 'UTF8'");
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** Runs a plain SQL dump (pg_dump's format, COPY included) into a database as the portal's role. */
    void load(String database, Path dump) throws IOException, InterruptedException {
        // A copy the postgres user may read, one per load (the same dump is loaded into several databases).
        Path readable = Files.createTempFile(folder, "dump-", ".sql");
        Files.copy(dump, readable, StandardCopyOption.REPLACE_EXISTING);
        readable.toFile().setReadable(true, false);
        asPostgres(
                "psql",
                "-h",
                folder.toString(),
                "-p",
                String.valueOf(port),
                "-U",
                USER,
                "-d",
                database,
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-f",
                readable.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asPostgres("pg_ctl", "-D", folder.resolve("cluster").toString(), "-m", "fast", "stop");
        run(List.of("rm", "-rf", folder.toString()));
    }

    private void psql(String database, String sql) throws IOException, InterruptedException {
        asPostgres(
                "psql",
                "-h",
                folder.toString(),
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-d",
                database,
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql);
    }

    private void asPostgres(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        File output = File.createTempFile("portal-schema-pg", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command.subList(0, Math.min(6, command.size()))) + " failed: "
                        + Files.readString(output.toPath(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
