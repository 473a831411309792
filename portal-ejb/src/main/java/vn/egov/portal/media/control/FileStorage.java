package vn.egov.portal.media.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.random.control.Randomness;
import vn.egov.portal.privacy.control.FieldCipher;

/**
 * Where the portal keeps files: under the data folder, never in the web root, each file under a
 * random name two folders deep in its feature's folder ({@code media/3f/a9/3fa9…}), so names typed
 * by users never reach the file system and files cannot be guessed. An upload is checked by content
 * ({@link MediaCheck}) before it is placed, and nothing past the largest limit is read. Public files
 * stream through a private part file while their SHA-256 is computed; personal files are read into
 * memory (their limits are small), checked and sealed there, and never touch the disk in clear.
 * Plain Java: the boundary gives it the data folder, the sealing key and the transaction.
 */
public final class FileStorage {

    /** A feature folder, then hexadecimal names: what every stored location looks like, old and new. */
    private static final Pattern LOCATION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[0-9a-f]{2,64})+");

    private final Path root;
    private final Supplier<FieldCipher> cipher;

    public FileStorage(Path root, Supplier<FieldCipher> cipher) {
        this.root = root.toAbsolutePath().normalize();
        this.cipher = cipher;
    }

    /** Checks the upload against the rules and keeps it; nothing is left behind when it is refused. */
    public StoredFile store(FileRules rules, String fileName, InputStream content)
            throws RejectedFileException, IOException {
        Path incoming = Files.createDirectories(root.resolve(rules.folder()).resolve("incoming"));
        Path part = Files.createTempFile(incoming, "up", ".part");
        try {
            return rules.sealed()
                    ? storeSealed(rules, fileName, content, part)
                    : storePublic(rules, fileName, content, part);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private StoredFile storePublic(FileRules rules, String fileName, InputStream content, Path part)
            throws RejectedFileException, IOException {
        MessageDigest sha = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
            size = copyAtMost(content, out, rules.largest() + 1);
        }
        MediaFormat format;
        try (InputStream written = new BufferedInputStream(Files.newInputStream(part))) {
            format = checked(rules, fileName, size, written);
        }
        StoredFile file = StoredFile.of(
                FileNames.stored(fileName, format),
                format,
                size,
                HexFormat.of().formatHex(sha.digest()),
                place(part, rules));
        return format.isWebImage() ? measured(file, rules.renditions()) : file;
    }

    private StoredFile storeSealed(FileRules rules, String fileName, InputStream content, Path part)
            throws RejectedFileException, IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        copyAtMost(content, plain, rules.largest() + 1);
        byte[] bytes = plain.toByteArray();
        MediaFormat format = checked(rules, fileName, bytes.length, new ByteArrayInputStream(bytes));
        Files.write(part, cipher.get().sealBytes(bytes));
        return StoredFile.sealed(FileNames.stored(fileName, format), format, bytes.length, place(part, rules));
    }

    /** The file's bytes (opened when sealed), or the rendition of that width when one was made. */
    public FileContent open(StoredFile file, Integer width) throws IOException {
        Optional<Path> rendition = width == null ? Optional.empty() : rendition(file, width);
        if (rendition.isPresent()) {
            String type = "png".equals(Renditions.outputFormat(file.getFormat())) ? "image/png" : "image/jpeg";
            return new FileContent(type, Files.size(rendition.get()), Files.newInputStream(rendition.get()), width);
        }
        Path path = pathOf(file);
        if (file.isSealed()) {
            byte[] opened = cipher.get().openBytes(Files.readAllBytes(path));
            return new FileContent(file.getServedType(), opened.length, new ByteArrayInputStream(opened), null);
        }
        return new FileContent(file.getServedType(), Files.size(path), Files.newInputStream(path), null);
    }

    /** The scaled copy of that width, if the file is an image that has one. */
    public Optional<Path> rendition(StoredFile file, int width) {
        if (file.isSealed() || !file.getFormat().isWebImage() || !Renditions.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Path rendition = Renditions.pathOf(pathOf(file), width);
        return Files.isRegularFile(rendition) ? Optional.of(rendition) : Optional.empty();
    }

    /** Removes the file and its renditions. */
    public void delete(StoredFile file) throws IOException {
        Path path = pathOf(file);
        for (int width : Renditions.WIDTHS) {
            Files.deleteIfExists(Renditions.pathOf(path, width));
        }
        Files.deleteIfExists(path);
    }

    /** Where the bytes are; a location that would lead anywhere else than into a feature folder is refused. */
    public Path pathOf(StoredFile file) {
        String location = file.getLocation();
        Path path = root.resolve(location).normalize();
        if (!LOCATION.matcher(location).matches() || !path.startsWith(root)) {
            throw new IllegalArgumentException("Not a stored file's location");
        }
        return path;
    }

    private static MediaFormat checked(FileRules rules, String fileName, long size, InputStream content)
            throws RejectedFileException {
        MediaCheck.Verdict verdict = new MediaCheck(rules).check(fileName, size, content);
        if (!verdict.accepted()) {
            throw new RejectedFileException(verdict.refusalKey());
        }
        return verdict.format();
    }

    /** Moves the checked part file to a random name two folders deep; answers its location. */
    private String place(Path part, FileRules rules) throws IOException {
        byte[] random = new byte[16];
        Randomness.source().nextBytes(random);
        String name = HexFormat.of().formatHex(random);
        String location = rules.folder() + "/" + name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
        Path target = root.resolve(location);
        Files.createDirectories(target.getParent());
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return location;
    }

    /** The image's dimensions from its header, and its renditions when the rules ask for them. */
    private StoredFile measured(StoredFile file, boolean renditions) throws IOException {
        Path original = pathOf(file);
        Optional<Renditions.Size> size = Renditions.measure(original);
        if (size.isEmpty()) {
            return file;
        }
        if (renditions) {
            Renditions.write(original, file.getFormat(), size.get());
        }
        return file.measured(size.get().width(), size.get().height());
    }

    /** Copies at most {@code cap} bytes: a stream longer than any limit is not read to its end. */
    private static long copyAtMost(InputStream in, OutputStream out, long cap) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < cap && (n = in.read(buffer, 0, (int) Math.min(buffer.length, cap - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
