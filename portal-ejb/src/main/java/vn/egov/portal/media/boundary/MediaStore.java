package vn.egov.portal.media.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.media.control.MediaCheck;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.media.control.Renditions;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.platform.boundary.PortalConfig;
import vn.egov.portal.platform.control.Slug;

/**
 * Keeps uploaded files under {@code $PORTAL_DATA/media}: streamed to a private temporary file while
 * the SHA-256 is computed, checked by content, then moved to a random name two folders deep. The
 * security boundary is {@link MediaLibrary}; this bean also serves the demo loader, which runs
 * before anyone is logged in.
 */
@Stateless
// Open to every caller on purpose: the guarded media library and the demo data call it.
@PermitAll
public class MediaStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long MB = 1024L * 1024L;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.image", defaultValue = "10")
    long maxImageMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.document", defaultValue = "20")
    long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.archive", defaultValue = "50")
    long maxArchiveMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.audio", defaultValue = "50")
    long maxAudioMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.video", defaultValue = "300")
    long maxVideoMb;

    public MediaFile store(String fileName, InputStream content, String actor) {
        Path incoming = null;
        try {
            Path root = root();
            Files.createDirectories(root.resolve("incoming"));
            incoming = Files.createTempFile(root.resolve("incoming"), "up", ".part");
            String sha256 = copyHashing(content, incoming);
            long size = Files.size(incoming);
            MediaCheck.Verdict verdict;
            try (InputStream head = new BufferedInputStream(Files.newInputStream(incoming))) {
                verdict = check().check(fileName, size, head);
            }
            if (!verdict.accepted()) {
                throw InvalidInputException.of("file", verdict.refusalKey());
            }
            return keep(incoming, safeName(fileName, verdict.format()), verdict.format(), size, sha256, actor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    private MediaFile keep(Path incoming, String name, MediaFormat format, long size, String sha256, String actor)
            throws IOException {
        String token = randomToken();
        String relative = token.substring(0, 2) + "/" + token.substring(2, 4) + "/" + token;
        Path target = root().resolve(relative);
        Files.createDirectories(target.getParent());
        Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        MediaFile file = new MediaFile(token, name, format, size, sha256, relative, actor, clock.instant());
        if (format.isWebImage()) {
            Optional<Renditions.Size> dimensions = Renditions.measure(target);
            if (dimensions.isEmpty() || Renditions.tooLarge(dimensions.get())) {
                Files.deleteIfExists(target);
                throw InvalidInputException.of("file", "media.error.imageDimensions");
            }
            file.measured(dimensions.get().width(), dimensions.get().height());
            Renditions.write(target, format, dimensions.get());
        }
        em.persist(file);
        return file;
    }

    public Optional<MediaFile> find(String token) {
        return em
                .createNamedQuery(MediaFile.BY_TOKEN, MediaFile.class)
                .setParameter("token", token)
                .getResultList()
                .stream()
                .findFirst();
    }

    public MediaFile get(String token) {
        return find(token).orElseThrow(() -> new NotFoundException("Media file", token));
    }

    public List<MediaFile> list(List<String> tokens) {
        return tokens.isEmpty()
                ? List.of()
                : em.createNamedQuery(MediaFile.BY_TOKENS, MediaFile.class)
                        .setParameter("tokens", tokens)
                        .getResultList();
    }

    /** The stored file, or its rendition of the given width when one was made. */
    public Path fileOf(MediaFile file, Integer width) {
        Path original = root().resolve(file.getStoredPath()).normalize();
        if (width != null && file.isImage()) {
            Path rendition = Renditions.pathOf(original, width);
            if (Files.isRegularFile(rendition)) {
                return rendition;
            }
        }
        return original;
    }

    public Path root() {
        return config.dataDirectory().resolve("media");
    }

    MediaCheck check() {
        return new MediaCheck(java.util.Map.of(
                MediaFormat.Group.IMAGE, maxImageMb * MB,
                MediaFormat.Group.DOCUMENT, maxDocumentMb * MB,
                MediaFormat.Group.ARCHIVE, maxArchiveMb * MB,
                MediaFormat.Group.AUDIO, maxAudioMb * MB,
                MediaFormat.Group.VIDEO, maxVideoMb * MB));
    }

    private static String copyHashing(InputStream content, Path target) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
                content.transferTo(out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Ảnh Hội nghị.JPG" becomes "anh-hoi-nghi.jpg": safe in URLs, headers and file systems. */
    static String safeName(String fileName, MediaFormat format) {
        String extension = MediaFormat.extensionOf(fileName);
        String base = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        String slug;
        try {
            slug = Slug.fromTitle(base).value();
        } catch (IllegalArgumentException noLetters) {
            slug = format.name().toLowerCase(java.util.Locale.ROOT);
        }
        return (slug.length() > 100 ? slug.substring(0, 100) : slug) + "." + extension;
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A left-over part file in the private incoming folder harms nobody; the next start may clean it.
            }
        }
    }
}
