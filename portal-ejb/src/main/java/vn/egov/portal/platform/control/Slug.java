package vn.egov.portal.platform.control;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A path segment of a public address: lower-case ASCII letters, digits and single hyphens. Some
 * words are reserved because the portal's own pages live at the top of the address space.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    /** Top-level paths of the portal's own pages; no sub-portal may take them. */
    private static final Set<String> RESERVED = Set.of(
            "admin",
            "api",
            "en",
            "vi",
            "health",
            "openapi",
            "metrics",
            "login",
            "logout",
            "resources",
            "jakarta.faces.resource",
            "javax.faces.resource",
            "feed",
            "search",
            "tim-kiem",
            "static",
            "media",
            "error",
            "chuyen-muc",
            "tin",
            "van-ban",
            "cong-bao",
            "lich",
            "hoi-dap",
            "lay-y-kien",
            "dich-vu-cong",
            "to-chuc",
            "lanh-dao",
            "lien-he",
            "bao-cao",
            "thong-ke",
            "tra-cuu",
            "hien-thi");

    /**
     * Checks the form only: codes below the top level (a category at /chuyen-muc/dich-vu-cong) may use a
     * reserved word; {@link #isValid} and {@code Site} keep the top level free of them.
     */
    public Slug {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a valid slug: " + value);
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && FORM.matcher(candidate).matches();
    }

    /** Well formed and free to use at the top level of the address space. */
    public static boolean isValid(String candidate) {
        return isWellFormed(candidate) && !RESERVED.contains(candidate);
    }

    public static boolean isReserved(String candidate) {
        return RESERVED.contains(candidate);
    }

    /** Derives a slug from a Vietnamese title: "Sở Tư pháp" becomes "so-tu-phap". */
    public static Slug fromTitle(String title) {
        String folded = Text.fold(Objects.requireNonNull(title, "title"));
        String hyphenated = NOT_ALLOWED.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (hyphenated.length() > MAX_LENGTH) {
            hyphenated = hyphenated.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (hyphenated.isEmpty()) {
            throw new IllegalArgumentException("A slug needs at least one letter or digit: " + title);
        }
        return new Slug(RESERVED.contains(hyphenated) ? hyphenated + "-1" : hyphenated);
    }

    @Override
    public String toString() {
        return value;
    }
}
