package vn.egov.portal.privacy.control;

/** One piece of personal data found in a text: its kind and where it sits ({@code [start, end)}). */
public record PiiFinding(PiiKind kind, int start, int end, String text) {

    public PiiFinding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative span " + start + ".." + end);
        }
    }

    boolean overlaps(PiiFinding other) {
        return start < other.end && other.start < end;
    }
}
