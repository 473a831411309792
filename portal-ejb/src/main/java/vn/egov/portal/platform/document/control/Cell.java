package vn.egov.portal.platform.document.control;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One cell of a table: text, or a number that a spreadsheet keeps as a number (so it can be summed)
 * and a page shows in the document's language ("1.250.000" in Vietnamese).
 */
public record Cell(String text, BigDecimal number) {

    public Cell {
        text = number == null ? Block.plain(text) : number.toPlainString();
    }

    public static Cell text(String text) {
        return new Cell(text, null);
    }

    public static Cell number(BigDecimal number) {
        return new Cell(null, java.util.Objects.requireNonNull(number, "number"));
    }

    public static Cell number(long number) {
        return number(BigDecimal.valueOf(number));
    }

    public boolean isNumber() {
        return number != null;
    }

    /** What a reader sees: the number grouped in the language's way, or the text. */
    public String shown(Locale locale) {
        if (number == null) {
            return text;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }
}
