package vn.egov.portal.legal.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import vn.egov.portal.media.control.MediaCheck;

/**
 * Keeps uploaded files by their SHA-256 under a folder outside the web root, so names typed by
 * users never reach the file system and the same file is stored once. A small store of the legal
 * feature; a shared media store can replace it behind the same three operations.
 */
public final class FileStore {

    /** A stored file: its kind by content, size and hash. */
    public record Stored(FileKind kind, long size, String sha256) {}

    private final Path root;
    private final long maxBytes;

    public FileStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** Stores the stream if its content is an accepted kind and within the size limit. */
    public Stored store(InputStream content) throws RejectedFileException {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(content, sha)) {
                    size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                if (size > maxBytes) {
                    throw new RejectedFileException("error.legal.file.tooLarge");
                }
                byte[] head = new byte[(int) Math.min(size, 4096)];
                try (InputStream in = Files.newInputStream(temporary)) {
                    in.readNBytes(head, 0, head.length);
                }
                FileKind kind =
                        FileKind.detect(head).orElseThrow(() -> new RejectedFileException("error.legal.file.kind"));
                if (kind == FileKind.ODT && !unpacksWithinBounds(temporary, size)) {
                    throw new RejectedFileException("media.error.archiveRatio");
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = pathOf(hash);
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                return new Stored(kind, size, hash);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OpenDocument is a ZIP archive: a decompression bomb in disguise is refused like any archive. */
    private static boolean unpacksWithinBounds(Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MediaCheck.unpacksWithinBounds(in, size);
        }
    }

    public Optional<Path> find(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = pathOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The upload is not an accepted file; the message key says why. */
    public static class RejectedFileException extends Exception {

        private static final long serialVersionUID = 1L;

        public RejectedFileException(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
