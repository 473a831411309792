package vn.egov.portal.eservice.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of an administrative procedure as the national procedure database writes it: the
 * procedure itself ({@code 1.001234}: a one-digit group, a six-digit number) and, for the procedure
 * as carried out by one agency, the agency's identifier ({@code .000.00.00.H12}: three numeric
 * groups and the unit code of the e-government identifier list). Typed codes come with spaces,
 * lower case and full-width or odd dots; they are read to one canonical text so that look-ups and
 * the unique index agree.
 */
public record ProcedureCode(int group, String number, String agencySuffix) {

    private static final Pattern FORM =
            Pattern.compile("([1-9])\\.([0-9]{6})(\\.([0-9]{3})\\.([0-9]{2})\\.([0-9]{2})\\.([A-Z][0-9]{2}))?");

    /** The canonical text, e.g. {@code 1.001234.000.00.00.H12} or {@code 2.000123}. */
    public String text() {
        return agencySuffix == null ? group + "." + number : group + "." + number + "." + agencySuffix;
    }

    /** The national procedure this one carries out, without the agency part. */
    public String nationalCode() {
        return group + "." + number;
    }

    public boolean agencySpecific() {
        return agencySuffix != null;
    }

    /** Reads a typed code; empty when it is not one. */
    public static Optional<ProcedureCode> read(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String cleaned = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .replace('·', '.')
                .replace('。', '.')
                .toUpperCase(Locale.ROOT);
        Matcher matcher = FORM.matcher(cleaned);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String suffix = matcher.group(3) == null ? null : matcher.group(3).substring(1);
        return Optional.of(new ProcedureCode(Integer.parseInt(matcher.group(1)), matcher.group(2), suffix));
    }
}
