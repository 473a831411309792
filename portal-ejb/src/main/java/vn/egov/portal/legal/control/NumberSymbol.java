package vn.egov.portal.legal.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * A document's number and symbol (số, ký hiệu) after Circular 01/2011/TT-BNV: "01/2014/QĐ-UBND"
 * (number / year / type-issuer) for normative documents, "45/2019/QH14" for laws, and
 * "123/UBND-VX" (number / issuer-drafting unit) for letters without a year. Typing variants meet
 * in one key: spaces around slashes, the look-alike Ð (U+00D0) for Đ, upper or lower case, "QĐ" or
 * "QD", "01" or "1".
 */
public record NumberSymbol(String number, Integer year, String symbol) {

    public static final String EXPECTED_FORM = "01/2014/QĐ-UBND, 45/2019/QH14, 123/UBND-VX";
    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;

    private static final Pattern PREFIX = Pattern.compile("^(?:số|so)\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM =
            Pattern.compile("(\\d{1,6})/(?:(\\d{4})/)?([A-Za-zĐđ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ][A-Za-zĐđ0-9]*)*)");
    private static final Pattern LEGISLATURE = Pattern.compile("[A-Za-zĐđ]+\\d+");
    private static final Pattern NUMBER_ONLY = Pattern.compile("(\\d{1,6})(?:/(\\d{4}))?/?");

    public NumberSymbol {
        if (!isValid(number, year, symbol)) {
            throw new IllegalArgumentException("Not a number and symbol: " + number + "/" + year + "/" + symbol);
        }
    }

    /** Reads a typed number and symbol; throws IllegalArgumentException naming the expected form. */
    public static NumberSymbol parse(String typed) {
        return tryParse(typed)
                .orElseThrow(
                        () -> new IllegalArgumentException("Expected a number and symbol such as " + EXPECTED_FORM));
    }

    public static Optional<NumberSymbol> tryParse(String typed) {
        String text = Text.clean(typed);
        if (text == null) {
            return Optional.empty();
        }
        text = PREFIX.matcher(text.replace('\u00D0', 'Đ').replace('\u00F0', 'đ'))
                .replaceFirst("");
        text = text.replaceAll("\\s+", "");
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            return Optional.empty();
        }
        Integer year = form.group(2) == null ? null : Integer.valueOf(form.group(2));
        return isValid(form.group(1), year, form.group(3))
                ? Optional.of(new NumberSymbol(form.group(1), year, form.group(3)))
                : Optional.empty();
    }

    /**
     * For a number typed alone ("15", "015", "15/2010"): the start that the keys of every document so
     * numbered share ("15/", "15/2010/"). Empty for anything else, a full number and symbol included.
     */
    public static Optional<String> keyPrefix(String typed) {
        String text = Text.clean(typed);
        if (text == null) {
            return Optional.empty();
        }
        Matcher form = NUMBER_ONLY.matcher(PREFIX.matcher(text).replaceFirst("").replaceAll("\\s+", ""));
        if (!form.matches() || Integer.parseInt(form.group(1)) == 0) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(form.group(1)) + "/" + (form.group(2) == null ? "" : form.group(2) + "/"));
    }

    private static boolean isValid(String number, Integer year, String symbol) {
        if (number == null || symbol == null || !number.matches("\\d{1,6}") || Integer.parseInt(number) == 0) {
            return false;
        }
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            return false;
        }
        boolean twoParts = symbol.contains("-");
        // A one-part symbol is a legislature's ("QH14"), and only with a year.
        return twoParts || (year != null && LEGISLATURE.matcher(symbol).matches());
    }

    /** As written on the document: "01/2014/QĐ-UBND". */
    public String text() {
        return number + "/" + (year == null ? "" : year + "/") + symbol;
    }

    /** What two spellings of the same number and symbol share: "1/2014/QD-UBND". */
    public String key() {
        return Integer.parseInt(number) + "/" + (year == null ? "" : year + "/")
                + foldedSymbol().toUpperCase(Locale.ROOT);
    }

    /** The document type's abbreviation ("QĐ", "NĐ", "TT") when the form carries one. */
    public Optional<String> typeAbbreviation() {
        return year != null && symbol.contains("-")
                ? Optional.of(symbol.substring(0, symbol.indexOf('-')))
                : Optional.empty();
    }

    /**
     * The stable public path in the style of ELI: "2014/1/qd-ubnd". A form without a year takes the
     * year of issue.
     */
    public String path(int issueYear) {
        return (year == null ? issueYear : year) + "/" + Integer.parseInt(number) + "/"
                + foldedSymbol().toLowerCase(Locale.ROOT);
    }

    private String foldedSymbol() {
        return Text.fold(symbol);
    }

    @Override
    public String toString() {
        return text();
    }
}
