package vn.egov.portal.search.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index's folders under {@code $PORTAL_DATA/search}: numbered generations ({@code index-1},
 * {@code index-2}, ...) and a file {@code current} naming the one in use. A rebuild fills the next
 * generation and swaps it in by replacing {@code current} in one atomic rename, so a crash at any
 * moment leaves either the old index or the new one in use, never half of one.
 */
public final class IndexFolders {

    private static final String POINTER = "current";
    private static final String PREFIX = "index-";

    private final Path root;

    public IndexFolders(Path root) {
        this.root = root;
    }

    /** The generation in use. */
    public Directory current() throws IOException {
        return FSDirectory.open(root.resolve(PREFIX + currentGeneration()));
    }

    /** The generation after the one in use, for a rebuild. */
    public Directory next() throws IOException {
        return FSDirectory.open(root.resolve(PREFIX + (currentGeneration() + 1)));
    }

    /** Sets an unreadable index aside (kept for a look, never read again) and gives its folder back empty. */
    public Directory replaceUnreadable() throws IOException {
        Path folder = root.resolve(PREFIX + currentGeneration());
        if (Files.exists(folder)) {
            Files.move(folder, root.resolve("unreadable-" + System.currentTimeMillis()));
        }
        return FSDirectory.open(folder);
    }

    /** Makes the index in the directory the one in use, in one atomic step. */
    public void makeCurrent(Directory directory) throws IOException {
        Path folder = ((FSDirectory) directory).getDirectory();
        Path written = Files.writeString(
                root.resolve(POINTER + ".new"), folder.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(written, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the generations not in use (after a swap). */
    public void deleteOthers() {
        String inUse = PREFIX + currentGeneration();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(
                            path -> path.getFileName().toString().startsWith(PREFIX))
                    .filter(path -> !path.getFileName().toString().equals(inUse))
                    .toList()) {
                delete(folder);
            }
        } catch (IOException unlisted) {
            // Old generations only take space; the next swap tries again.
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst =
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        }
    }

    private int currentGeneration() {
        Path pointer = root.resolve(POINTER);
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return Integer.parseInt(name.substring(PREFIX.length()));
        } catch (IOException | RuntimeException noPointerYet) {
            return 1;
        }
    }
}
