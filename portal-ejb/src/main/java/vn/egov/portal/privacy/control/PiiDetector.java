package vn.egov.portal.privacy.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data left in free text before it is published (Article 19.1): identity card and
 * passport numbers, phone numbers, e-mail addresses and street-level addresses, and the values a
 * person gave about themselves. It errs towards finding too much; a person decides.
 */
public final class PiiDetector {

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** A run of digits with the separators people type inside numbers. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\p{L}\\p{N}/])\\+?\\d[\\d .\\-]*\\d(?![\\p{N}/])");

    private static final Pattern PASSPORT = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d{6,8}(?![\\p{L}\\p{N}])");
    /** "100.000.000" is money, not a CMND, unless a document word stands in front. */
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private static final Pattern CHUNK = Pattern.compile("\\S+");

    private static final Pattern DOCUMENT_WORD =
            Pattern.compile("(?iu)(cmnd|cccd|chứng minh|căn cước|định danh|hộ chiếu|passport)[^\\p{N}]{0,20}$");

    private PiiDetector() {}

    public static List<PiiFinding> find(String text) {
        return find(text, List.of());
    }

    /**
     * Everything found, the person's own values ({@code knownValues}) included, in text order. The
     * text is read in its {@link DetectionForm} (full-width digits, zero-width splits, "[at]"), and
     * each finding is placed back where it was typed.
     */
    public static List<PiiFinding> find(String text, Collection<String> knownValues) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        DetectionForm form = DetectionForm.of(text);
        String folded = form.text();
        List<PiiFinding> found = new ArrayList<>();
        found.addAll(KnownValues.find(folded, knownValues));
        found.addAll(matches(EMAIL, PiiKind.EMAIL, folded));
        found.addAll(matches(PASSPORT, PiiKind.PASSPORT, folded));
        found.addAll(numbers(folded));
        found.addAll(Addresses.find(folded));
        return inOriginal(withoutOverlaps(found), form, text);
    }

    /**
     * Only the person's own values: for texts where other personal-looking data is legitimate, such
     * as an agency's answer that prints its public hotline.
     */
    public static List<PiiFinding> findKnownValues(String text, Collection<String> knownValues) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        DetectionForm form = DetectionForm.of(text);
        return inOriginal(withoutOverlaps(KnownValues.find(form.text(), knownValues)), form, text);
    }

    private static List<PiiFinding> inOriginal(List<PiiFinding> found, DetectionForm form, String original) {
        return found.stream().map(finding -> form.inOriginal(finding, original)).toList();
    }

    private static List<PiiFinding> matches(Pattern pattern, PiiKind kind, String text) {
        List<PiiFinding> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new PiiFinding(kind, matcher.start(), matcher.end(), matcher.group()));
        }
        return found;
    }

    private static List<PiiFinding> numbers(String text) {
        List<PiiFinding> found = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            boolean named = DOCUMENT_WORD
                    .matcher(text.substring(Math.max(0, run.start() - 30), run.start()))
                    .find();
            found.addAll(classifyRun(text, run.start(), run.end(), named));
        }
        return found;
    }

    /**
     * A run may hold one number or several typed side by side ("0912 345 678 0987 654 321"): the
     * longest leading group of space-separated chunks that reads as a number wins, then the rest.
     */
    private static List<PiiFinding> classifyRun(String text, int start, int end, boolean named) {
        List<int[]> chunks = chunks(text, start, end);
        List<PiiFinding> found = new ArrayList<>();
        int first = 0;
        while (first < chunks.size()) {
            int matched = longestNumber(text, chunks, first, named, found);
            first = matched > first ? matched : first + 1;
        }
        return found;
    }

    private static int longestNumber(String text, List<int[]> chunks, int first, boolean named, List<PiiFinding> out) {
        for (int last = chunks.size() - 1; last >= first; last--) {
            int from = chunks.get(first)[0];
            int to = chunks.get(last)[1];
            String typed = text.substring(from, to);
            if (!named && GROUPED_THOUSANDS.matcher(typed).matches()) {
                continue;
            }
            String compact = IdentityNumbers.compact(typed);
            Optional<PiiKind> kind = IdentityNumbers.classifyDigits(compact).or(() -> namedId(named, compact));
            if (kind.isPresent()) {
                out.add(new PiiFinding(kind.get(), from, to, typed));
                return last + 1;
            }
        }
        return first;
    }

    /** After "CMND số", any run of eight or more digits is taken for an ID number, typo or not. */
    private static Optional<PiiKind> namedId(boolean named, String compact) {
        return named && compact.length() >= 8 ? Optional.of(PiiKind.ID_NUMBER) : Optional.empty();
    }

    private static List<int[]> chunks(String text, int start, int end) {
        List<int[]> chunks = new ArrayList<>();
        Matcher chunk = CHUNK.matcher(text).region(start, end);
        while (chunk.find()) {
            chunks.add(new int[] {chunk.start(), chunk.end()});
        }
        return chunks;
    }

    /** Longer findings win over the shorter ones they overlap ("số nhà 12 ... 0912345678"). */
    static List<PiiFinding> withoutOverlaps(List<PiiFinding> found) {
        List<PiiFinding> byLength = new ArrayList<>(found);
        byLength.sort(
                Comparator.comparingInt((PiiFinding f) -> f.end() - f.start()).reversed());
        List<PiiFinding> kept = new ArrayList<>();
        for (PiiFinding candidate : byLength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PiiFinding::start));
        return kept;
    }
}
