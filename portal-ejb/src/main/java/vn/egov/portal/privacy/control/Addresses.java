package vn.egov.portal.privacy.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street-level Vietnamese addresses, the part that points at a home: house numbers, alleys, and
 * the village or hamlet by name ("thôn Nà Pồng", "tổ 5"), and whatever follows "địa chỉ:". Wards,
 * communes and provinces alone are places anyone may name and are left alone.
 */
final class Addresses {

    private static final String NAME = "\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3}";
    private static final String NUMBER = "\\d+[\\p{L}]?(?:/\\d+[\\p{L}]?)*";
    private static final String STREET = "(?i:đường|phố|ngõ|ngách|hẻm|kiệt)\\s+(?:" + NAME + "|" + NUMBER + ")";
    private static final List<Pattern> PATTERNS = List.of(
            // "số nhà 12", "SN 5/3 ngõ 7", "số 12 đường Hoàng Đình Giong"
            Pattern.compile("(?u)(?<!\\p{L})(?i:số nhà|sn)\\s*" + NUMBER + "(?:\\s*,?\\s*" + STREET + ")?"),
            Pattern.compile("(?u)(?<!\\p{L})(?i:số)\\s+" + NUMBER + "\\s*,?\\s*" + STREET),
            Pattern.compile("(?u)(?<!\\p{L})(?i:ngõ|ngách|hẻm|kiệt)\\s+" + NUMBER),
            // the hamlet level, only when a name or number follows: "xóm Bản Giới", "tổ dân phố 3"
            Pattern.compile("(?u)(?<!\\p{L})(?i:tổ dân phố|khu phố|thôn|xóm|ấp|tổ)\\s+(?:" + NAME + "|\\d+)"),
            Pattern.compile("(?u)(?<!\\p{L})(?i:bản|khối)\\s+" + NAME),
            // the words people put in front of their own address
            Pattern.compile(
                    "(?iu)(?<=(?:địa chỉ|trú tại|thường trú|tạm trú|cư trú tại|sinh sống tại|nơi ở)\\s?:?\\s)[^.;\\n]{3,120}"));

    private Addresses() {}

    static List<PiiFinding> find(String text) {
        List<PiiFinding> found = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(new PiiFinding(PiiKind.ADDRESS, matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return found;
    }
}
