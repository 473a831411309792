package vn.egov.portal.privacy.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of Vietnamese identity documents and telephone numbers, shared by the form validation
 * (is this a valid ID number?) and the detectors (is this run of digits someone's ID number?).
 * Separators people type (spaces, dots, hyphens) are ignored.
 */
public final class IdentityNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Vietnamese passports: one letter and seven digits; foreign ones: one or two letters, 6 to 8 digits. */
    private static final Pattern PASSPORT = Pattern.compile("[A-Z]{1,2}\\d{6,8}");
    /** Mobile numbers: 03x, 05x, 07x, 08x, 09x and eight more digits. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    /** Landlines since 2017: 02 + area code + subscriber, eleven digits in all. */
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{8,15}");
    /** The highest province code of the CCCD (Circular 59/2021/TT-BCA): 001 Hà Nội ... 096 Cà Mau. */
    private static final int LAST_PROVINCE_CODE = 96;

    private IdentityNumbers() {}

    /** Digits only, or the leading plus of an international number kept. */
    public static String compact(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed.strip()).replaceAll("");
    }

    /** Old identity card (CMND): nine digits. */
    public static boolean isCmnd(String digits) {
        return digits.length() == 9 && DIGITS.matcher(digits).matches();
    }

    /** Citizen identity card (CCCD): twelve digits opening with a province code 001 to 096. */
    public static boolean isCccd(String digits) {
        if (digits.length() != 12 || !DIGITS.matcher(digits).matches()) {
            return false;
        }
        int province = Integer.parseInt(digits.substring(0, 3));
        return province >= 1 && province <= LAST_PROVINCE_CODE;
    }

    public static boolean isPassport(String compact) {
        return PASSPORT.matcher(compact).matches();
    }

    /** What Article 9.2b accepts: a CMND, a CCCD or a passport number. */
    public static boolean isIdentityDocument(String typed) {
        String compact = compact(typed).toUpperCase(java.util.Locale.ROOT);
        return isCmnd(compact) || isCccd(compact) || isPassport(compact);
    }

    /** A Vietnamese mobile or landline number, with 0, 84 or +84 in front, or another country's +number. */
    public static boolean isPhone(String typed) {
        String compact = compact(typed);
        if (compact.startsWith("+84")) {
            return isDomesticPhone("0" + compact.substring(3));
        }
        if (compact.startsWith("84") && compact.length() >= 11) {
            return isDomesticPhone("0" + compact.substring(2));
        }
        return isDomesticPhone(compact) || INTERNATIONAL.matcher(compact).matches();
    }

    private static boolean isDomesticPhone(String digits) {
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches();
    }

    /** What a run of digits found in free text most likely is, if it is personal at all. */
    public static Optional<PiiKind> classifyDigits(String compact) {
        if (isPhone(compact)) {
            return Optional.of(PiiKind.PHONE);
        }
        if (isCmnd(compact) || isCccd(compact)) {
            return Optional.of(PiiKind.ID_NUMBER);
        }
        return Optional.empty();
    }
}
