package vn.egov.portal.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an upload is acceptable: its format is detected from its bytes (Apache Tika's magic
 * numbers), never from the name the uploader chose; the name must then agree with the content, the
 * size must be within the limit of the format's group, and what it would expand to when opened must
 * be bounded ({@link Expansion}). Each refusal names the rule it broke. Every upload of the portal,
 * public media and Q&A attachments alike, goes through here.
 */
public final class MediaCheck {

    /** The outcome: the accepted format, or the message key of the broken rule. */
    public record Verdict(MediaFormat format, String detectedType, String refusalKey) {
        public boolean accepted() {
            return refusalKey == null;
        }
    }

    private final Map<MediaFormat.Group, Long> maxBytes;

    public MediaCheck(Map<MediaFormat.Group, Long> maxBytes) {
        this.maxBytes = Map.copyOf(maxBytes);
    }

    /** Reads the head of the stream for detection; the caller supplies a mark-supporting stream. */
    public Verdict check(String fileName, long size, InputStream content) {
        if (size == 0) {
            return new Verdict(null, null, "media.error.empty");
        }
        String detected = detect(content);
        List<MediaFormat> byContent = Arrays.stream(MediaFormat.values())
                .filter(format -> format.detectedAs(detected))
                .toList();
        if (byContent.isEmpty()) {
            return new Verdict(null, detected, "media.error.format");
        }
        MediaFormat format = byContent.stream()
                .filter(candidate -> candidate.namedAs(fileName))
                .findFirst()
                .orElse(null);
        if (format == null) {
            return new Verdict(null, detected, "media.error.extension");
        }
        if (size > maxBytes.getOrDefault(format.group(), 0L)) {
            return new Verdict(
                    format, detected, "media.error.tooLarge." + format.group().name());
        }
        return new Verdict(format, detected, expansionRefusal(format, size, content));
    }

    /** A decompression bomb: an image of too many pixels, an archive (or ODT) that unpacks far past its size. */
    private static String expansionRefusal(MediaFormat format, long size, InputStream content) {
        try {
            if (format.group() == MediaFormat.Group.IMAGE) {
                Optional<Long> pixels = Expansion.pixels(content, format);
                return pixels.isPresent() && pixels.get() <= Expansion.MAX_PIXELS
                        ? null
                        : "media.error.imageDimensions";
            }
            if (format == MediaFormat.ZIP || format == MediaFormat.ODT) {
                return Expansion.archiveWithinBounds(content, size) ? null : "media.error.archiveRatio";
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
    }

    /** For stores that detect their own formats: does this ZIP-based file unpack within the bounds? */
    public static boolean unpacksWithinBounds(InputStream archive, long size) {
        return Expansion.archiveWithinBounds(archive, size);
    }

    static String detect(InputStream content) {
        try {
            MediaType type = MimeTypes.getDefaultMimeTypes().detect(content, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload for detection", e);
        }
    }
}
