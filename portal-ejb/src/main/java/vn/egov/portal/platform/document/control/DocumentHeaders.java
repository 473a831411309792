package vn.egov.portal.platform.document.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.portal.platform.address.control.Slug;

/**
 * The response headers a generated document goes out with, the same from a page, a servlet or the
 * API: its exact type, a download under its readable name (RFC 6266 and 5987: an ASCII fallback
 * "giay-tiep-nhan.pdf" and the exact name "Giấy tiếp nhận.pdf"), {@code nosniff}, and by default
 * nothing kept by browsers or proxies, since most documents are about one person or one office.
 */
public final class DocumentHeaders {

    /** What a private document may be kept as: not at all. */
    public static final String PRIVATE = "private, no-store";

    private DocumentHeaders() {}

    /** The headers to set, in order; {@code cacheControl} is {@link #PRIVATE} unless the document is public. */
    public static Map<String, String> of(GeneratedDocument document, String cacheControl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", document.mediaType());
        headers.put("Content-Disposition", disposition(document.fileName()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", cacheControl);
        return headers;
    }

    public static Map<String, String> of(GeneratedDocument document) {
        return of(document, PRIVATE);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public static String disposition(String fileName) {
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + exact;
    }

    /** "Báo cáo quý 3.ods" becomes "bao-cao-quy-3.ods": safe in any header and file system. */
    static String ascii(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "");
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String slug;
        try {
            slug = Slug.fromTitle(stem).value();
        } catch (IllegalArgumentException noLetters) {
            slug = "document";
        }
        return extension.isEmpty() ? slug : slug + "." + extension;
    }
}
