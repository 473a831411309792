package vn.egov.portal.platform.address.control;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * A path segment of a public address: lower-case ASCII letters, digits and single hyphens. Which
 * words the portal's own pages hold at the top of the address space is the features' to say
 * ({@code platform/address/boundary/AddressSpace}), not a slug's.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

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
        return new Slug(hyphenated);
    }

    /**
     * The slug of the title, or with "-2", "-3", ... appended, whichever is not {@code taken} first:
     * how a feature gives a new item a readable address that no other holds.
     */
    public static String firstFree(String title, java.util.function.Predicate<String> taken) {
        String base = fromTitle(title).value();
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    @Override
    public String toString() {
        return value;
    }
}
