package vn.egov.portal.setup.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a seed file from the file system when the location names an existing file, otherwise from
 * the class path. Operators can so replace the shipped data without rebuilding.
 */
public final class SeedFiles {

    private SeedFiles() {}

    public static <T> T read(String location, Class<T> type) {
        try (InputStream in = open(location);
                Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + location, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse seed file " + location + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = SeedFiles.class.getClassLoader().getResourceAsStream(location);
        if (resource == null) {
            throw new IOException("No file or class-path resource named " + location);
        }
        return resource;
    }
}
