package vn.egov.portal.privacy.control;

import java.util.Comparator;
import java.util.List;

/** Replaces found personal data by a mark that says something was taken out, and nothing more. */
public final class Redaction {

    public static final String MARK = "[…]";

    private Redaction() {}

    public static String redact(String text, List<PiiFinding> findings) {
        if (text == null || findings.isEmpty()) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text);
        PiiDetector.withoutOverlaps(findings).stream()
                .sorted(Comparator.comparingInt(PiiFinding::start).reversed())
                .forEach(finding -> redacted.replace(finding.start(), finding.end(), MARK));
        return redacted.toString();
    }

    /** Finds and redacts in one go, the person's own values included. */
    public static String redactAll(String text, List<String> knownValues) {
        return redact(text, PiiDetector.find(text, knownValues));
    }
}
