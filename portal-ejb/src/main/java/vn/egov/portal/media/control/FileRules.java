package vn.egov.portal.media.control;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one feature takes in and how the file store keeps it: the formats of Article 11.2 it
 * accepts (by group, each group with its size limit), the folder under {@code $PORTAL_DATA} its
 * files go to, whether they are sealed with the personal-data key (files a person sent, which may
 * show them), and whether images get scaled copies for pages. {@code notAcceptedKey} is the
 * feature's message for a format of Article 11.2 that it does not take (audio with a question).
 *
 * <p>{@code FileRules.of("dich-vu-cong", Map.of(Group.DOCUMENT, 10 << 20), "eservice.error.format").sealed()}
 */
public record FileRules(
        String folder,
        Map<MediaFormat.Group, Long> maxBytes,
        String notAcceptedKey,
        boolean sealed,
        boolean renditions) {

    private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FileRules {
        if (folder == null || !FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("A file folder is a lower-case word with hyphens: " + folder);
        }
        maxBytes = Map.copyOf(maxBytes);
        if (maxBytes.isEmpty()) {
            throw new IllegalArgumentException("Rules that accept no format");
        }
        Objects.requireNonNull(notAcceptedKey, "notAcceptedKey");
        if (sealed && renditions) {
            throw new IllegalArgumentException("Sealed files are never scaled: nobody may see them in clear");
        }
    }

    public static FileRules of(String folder, Map<MediaFormat.Group, Long> maxBytes, String notAcceptedKey) {
        return new FileRules(folder, maxBytes, notAcceptedKey, false, false);
    }

    /**
     * Rules for documents the portal generates and keeps (receipts, summaries, reports): PDF, ODT, ODS
     * and CSV, each up to {@code maxBytes}, checked by content like any upload.
     */
    public static FileRules generated(String folder, long maxBytes) {
        return of(
                folder,
                Map.of(MediaFormat.Group.DOCUMENT, maxBytes, MediaFormat.Group.GENERATED, maxBytes),
                "media.error.format");
    }

    /** The same rules, with the files sealed at rest. */
    public FileRules sealedAtRest() {
        return new FileRules(folder, maxBytes, notAcceptedKey, true, renditions);
    }

    /** The same rules, with scaled copies of web images ({@link Renditions#WIDTHS}). */
    public FileRules withRenditions() {
        return new FileRules(folder, maxBytes, notAcceptedKey, sealed, true);
    }

    public boolean accepts(MediaFormat format) {
        return maxBytes.containsKey(format.group());
    }

    /** The size limit of the format's group; zero for a format these rules do not accept. */
    public long limitOf(MediaFormat format) {
        return maxBytes.getOrDefault(format.group(), 0L);
    }

    /** The largest file any accepted group may have: past it, nothing more is read. */
    public long largest() {
        return maxBytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
