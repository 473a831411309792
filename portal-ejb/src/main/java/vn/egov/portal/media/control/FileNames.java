package vn.egov.portal.media.control;

import java.util.Locale;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * The names files are handed out under. The stored name is the one the uploader gave, readable
 * ("Đơn đề nghị.pdf"), without any folder part, control or direction characters or quotes, in NFC,
 * with the extension of what the file really is; it never reaches the file system. Addresses and the
 * plain {@code filename=} of a download use its ASCII form ("don-de-nghi.pdf").
 */
public final class FileNames {

    /** Code points of the name's stem at most: a sealed name must fit its column (1000 characters). */
    static final int MAX_STEM = 120;

    private FileNames() {}

    /** The name to keep for an upload the check found to be {@code format}. */
    public static String stored(String typed, MediaFormat format) {
        String base =
                typed == null ? "" : typed.substring(Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\')) + 1);
        String extension = format.namedAs(base) ? MediaFormat.extensionOf(base) : defaultExtension(format);
        int dot = base.lastIndexOf('.');
        String stem = Text.clean(readable(dot < 0 ? base : base.substring(0, dot)));
        if (stem == null) {
            stem = defaultExtension(format);
        }
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).strip();
        }
        return stem + "." + extension;
    }

    /** "Ảnh Hội nghị.png" becomes "anh-hoi-nghi.png": safe in addresses, headers and any file system. */
    public static String ascii(String name) {
        String extension = MediaFormat.extensionOf(name).replaceAll("[^a-z0-9]", "");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String slug;
        try {
            slug = Slug.fromTitle(stem).value();
        } catch (IllegalArgumentException noLetters) {
            slug = extension.isEmpty() ? "file" : extension;
        }
        return extension.isEmpty() ? slug : slug + "." + extension;
    }

    private static String readable(String stem) {
        StringBuilder kept = new StringBuilder(stem.length());
        stem.codePoints()
                .filter(c -> c >= 0x20 && c != 0x7F && c != '"' && c != '\\' && !Character.isISOControl(c))
                .filter(c -> Text.isStorable(Character.toString(c)))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String defaultExtension(MediaFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
