package vn.egov.portal.platform.paging.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * Which page of a list a reader asks for. Pages count from 1 everywhere, on the public pages
 * ({@code ?trang=2}) and in the API ({@code ?page=2}), and hold 1 to {@link #MAX_SIZE} items. A
 * request that does not fit cannot be made: it is refused with its field, so a bad page number is a
 * 400 like any other bad input. The text of a query string is read here and nowhere else.
 */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    /** Beyond this a list is searched, not paged through; it also bounds the database's offset. */
    public static final int MAX_NUMBER = 10_000;

    /** Digits only, and few enough to fit an int: "+2", "2.0", "1e3" or a 30-digit number are no page. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** Not a page, so the constructor refuses it with the field's message. */
    private static final int UNREADABLE = 0;

    public PageRequest {
        Map<String, String> problems = new LinkedHashMap<>();
        if (number < 1 || number > MAX_NUMBER) {
            problems.put("page", "paging.error.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.put("size", "paging.error.size");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /**
     * The page named by the text of a query string; absent or blank means the first page, or the
     * default size. Both parameters are checked at once, so the answer names every one that is wrong.
     */
    public static PageRequest parse(String number, String size, int defaultSize) {
        return new PageRequest(read(number, 1), read(size, defaultSize));
    }

    /** A page of a list whose size the page itself decides (the public lists). */
    public static PageRequest parse(String number, int size) {
        return parse(number, null, size);
    }

    /** Where this page starts in the whole list, counted from 0. */
    public int offset() {
        return (number - 1) * size;
    }

    private static int read(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String digits = text.strip();
        return NUMBER.matcher(digits).matches() ? Integer.parseInt(digits) : UNREADABLE;
    }
}
