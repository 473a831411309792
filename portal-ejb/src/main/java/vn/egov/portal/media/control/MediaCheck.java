package vn.egov.portal.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an upload is acceptable: its format is detected from its bytes (Apache Tika's magic
 * numbers), never from the name the uploader chose; the format must be one the feature's
 * {@link FileRules} take, the name must agree with the content, the size must be within the limit of
 * the format's group, and what it would expand to when opened must be bounded ({@link Expansion}).
 * Text must be UTF-8, since it is served as such (Article 6.1: Unicode). Each refusal names the rule
 * it broke. Every upload of the portal goes through here, by way of the file store.
 */
public final class MediaCheck {

    /** The outcome: the accepted format, or the message key of the broken rule. */
    public record Verdict(MediaFormat format, String detectedType, String refusalKey) {
        public boolean accepted() {
            return refusalKey == null;
        }
    }

    private final FileRules rules;

    public MediaCheck(FileRules rules) {
        this.rules = rules;
    }

    /**
     * The first broken rule of a form's files, if any: more than {@code maxFiles} of them
     * ({@code countKey}), one over the largest size the rules take or left unread for it
     * ({@code sizeKey}), or one refused by {@link #check} on its content. The feature names the count
     * and size refusals in its own words; the content refusals are the file store's.
     */
    public Optional<String> firstRefusal(
            List<? extends Incoming> files, int maxFiles, String countKey, String sizeKey) {
        if (files.size() > maxFiles) {
            return Optional.of(countKey);
        }
        for (Incoming file : files) {
            String refusal = file.content() == null || file.size() > rules.largest()
                    ? sizeKey
                    : check(file.fileName(), file.size(), file.stream()).refusalKey();
            if (refusal != null) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
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
        List<MediaFormat> taken = byContent.stream().filter(rules::accepts).toList();
        if (taken.isEmpty()) {
            return new Verdict(null, detected, rules.notAcceptedKey());
        }
        Optional<MediaFormat> format =
                taken.stream().filter(candidate -> candidate.namedAs(fileName)).findFirst();
        if (format.isEmpty()) {
            return new Verdict(null, detected, "media.error.extension");
        }
        if (size > rules.limitOf(format.get())) {
            return new Verdict(
                    format.get(),
                    detected,
                    "media.error.tooLarge." + format.get().group().name());
        }
        return new Verdict(format.get(), detected, contentRefusal(format.get(), size, content));
    }

    /**
     * A decompression bomb (an image of too many pixels, an archive or ODT that unpacks far past its
     * size) or text that is not UTF-8.
     */
    private static String contentRefusal(MediaFormat format, long size, InputStream content) {
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
            if (format == MediaFormat.TXT) {
                return isUtf8(content) ? null : "media.error.textEncoding";
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
    }

    private static boolean isUtf8(InputStream content) throws IOException {
        Reader text = new InputStreamReader(
                content,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        char[] buffer = new char[8192];
        try {
            while (text.read(buffer) >= 0) {
                // Decoding is the check.
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
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
