package vn.egov.portal.guard.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * Tracking codes such as "HD-7K3M-9QXP": a feature's two-letter prefix and 40 random bits in
 * Crockford's base 32, which has no letters that read like digits, so a code is easy to read out on
 * the phone and cannot be guessed. Parts of a split question add their number: "HD-7K3M-9QXP-2".
 * Each public feature has its own prefix, so a code says where to look it up.
 */
public final class TrackingCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final String prefix;
    private final Pattern form;

    /** @param prefix two capital letters that are not both digits or look-alikes, e.g. "HD" */
    public TrackingCodes(String prefix) {
        if (prefix == null || !prefix.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A tracking-code prefix is two capital letters");
        }
        this.prefix = prefix;
        this.form = Pattern.compile(prefix + "-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}(-\\d{1,2})?");
    }

    public String next() {
        return next(Randomness.source());
    }

    /** A code drawn from {@code random}: a demo data set's fixed seed gives the same codes at every install. */
    public String next(RandomGenerator random) {
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code {@code taken} does not know yet, drawn again while it does. A clash is one chance in
     * 2^40 per code held, so the loop runs once but for a freak; the unique column stays the guard.
     */
    public String next(Predicate<String> taken) {
        return next(taken, Randomness.source());
    }

    /** As {@link #next(Predicate)}, drawn from {@code random}. */
    public String next(Predicate<String> taken, RandomGenerator random) {
        String code = next(random);
        while (taken.test(code)) {
            code = next(random);
        }
        return code;
    }

    /**
     * Reads a typed code the way a person may type it: lower case, spaces, no hyphens, O for 0 and
     * I or L for 1. Empty when it cannot be a code at all.
     */
    public Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (!compact.startsWith(prefix) || compact.length() < 10) {
            return Optional.empty();
        }
        String body =
                compact.substring(2, 10).replace('O', '0').replace('I', '1').replace('L', '1');
        String part = compact.substring(10);
        String code =
                prefix + "-" + body.substring(0, 4) + "-" + body.substring(4) + (part.isEmpty() ? "" : "-" + part);
        return form.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
