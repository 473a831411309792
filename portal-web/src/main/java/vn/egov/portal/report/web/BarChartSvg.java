package vn.egov.portal.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so that the public statistics pages stay
 * script-free: one bar per row with its label above it (long Vietnamese agency names need the whole
 * width on a phone) and its value at the bar's end. The chart is an image with a name for screen
 * readers; the data table beside it carries the figures themselves. Every text is escaped.
 */
public final class BarChartSvg {

    /** The chart's own units: about a phone's width, so that its 14-unit text reads as 14 px there. */
    static final int WIDTH = 360;

    static final int ROW = 44;
    static final int BAR_HEIGHT = 16;
    static final int VALUE_SPACE = 70;
    static final int MAX_LABEL = 44;

    private static final String BAR = "#1f5fa8";
    private static final String INK = "#1f2328";

    /** One bar: its label and its value (zero or more). */
    public record Bar(String label, BigDecimal value) {}

    private BarChartSvg() {}

    /** The chart; {@code id} is unique in the page and names the title for assistive technology. */
    public static String of(String id, String title, List<Bar> bars, Locale locale) {
        BigDecimal max = bars.stream().map(bar -> positive(bar.value())).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(ROW, bars.size() * ROW);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title id=\"")
                .append(escape(id))
                .append("\">")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            bar(svg, bars.get(i), i * ROW, max, locale);
        }
        return svg.append("</svg>").toString();
    }

    /** The bar's length in the chart's units: proportional to the largest value, zero for zero. */
    static long length(BigDecimal value, BigDecimal max) {
        if (max.signum() == 0) {
            return 0;
        }
        return positive(value)
                .multiply(BigDecimal.valueOf(WIDTH - VALUE_SPACE))
                .divide(max, 0, RoundingMode.HALF_UP)
                .longValue();
    }

    /** A value as the reader's language writes numbers (1.234,5 in Vietnamese). */
    public static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String shortened(String label) {
        int[] points = label.codePoints().toArray();
        return points.length <= MAX_LABEL ? label : new String(points, 0, MAX_LABEL - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (point >= 0x20 || point == '\t' || point == '\n') {
                        escaped.appendCodePoint(point);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static void bar(StringBuilder svg, Bar bar, int top, BigDecimal max, Locale locale) {
        long length = length(bar.value(), max);
        String value = number(bar.value(), locale);
        svg.append("<g><title>")
                .append(escape(bar.label()))
                .append(": ")
                .append(escape(value))
                .append("</title><text x=\"0\" y=\"")
                .append(top + 14)
                .append("\" font-size=\"14\" fill=\"")
                .append(INK)
                .append("\">")
                .append(escape(shortened(bar.label())))
                .append("</text><rect x=\"0\" y=\"")
                .append(top + 20)
                .append("\" width=\"")
                .append(length)
                .append("\" height=\"")
                .append(BAR_HEIGHT)
                .append("\" fill=\"")
                .append(BAR)
                .append("\"/><text x=\"")
                .append(length + 6)
                .append("\" y=\"")
                .append(top + 33)
                .append("\" font-size=\"14\" fill=\"")
                .append(INK)
                .append("\">")
                .append(escape(value))
                .append("</text></g>");
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
