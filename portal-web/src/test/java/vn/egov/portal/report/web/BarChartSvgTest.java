package vn.egov.portal.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

class BarChartSvgTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern WIDTHS = Pattern.compile("<rect [^>]*width=\"(\\d+)\"");

    @Test
    void isANamedImageThatParsesAsXmlWhateverTheLabelsHold() throws Exception {
        String svg = BarChartSvg.of(
                "chart-qa",
                "Hỏi đáp <theo> \"cơ quan\" & 'năm'",
                List.of(new BarChartSvg.Bar("Sở <b>Tư pháp</b> & \"Nội vụ\"", BigDecimal.TEN)),
                VI);

        Document parsed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(parsed.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Hỏi đáp <theo> \"cơ quan\" & 'năm'");
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Hỏi đáp <theo> \"cơ quan\" & 'năm'");
        assertThat(svg)
                .doesNotContain("<b>", "<theo>")
                .contains("Sở &lt;b&gt;Tư pháp&lt;/b&gt; &amp; &quot;Nội vụ&quot;");
    }

    @Test
    void barsAreProportionalToTheLargestValue() {
        String svg = BarChartSvg.of(
                "c",
                "t",
                List.of(
                        new BarChartSvg.Bar("a", BigDecimal.valueOf(50)),
                        new BarChartSvg.Bar("b", BigDecimal.valueOf(100)),
                        new BarChartSvg.Bar("c", BigDecimal.valueOf(25))),
                VI);

        int full = BarChartSvg.WIDTH - BarChartSvg.VALUE_SPACE;
        assertThat(widths(svg)).containsExactly(full / 2, full, (int) Math.round(full / 4.0));
    }

    @Test
    void zerosDrawNoBarButShowTheirValueAndAllZerosDoNotDivideByZero() {
        String svg = BarChartSvg.of(
                "c",
                "t",
                List.of(
                        new BarChartSvg.Bar("Sở Y tế", BigDecimal.ZERO),
                        new BarChartSvg.Bar("Sở Xây dựng", BigDecimal.ZERO)),
                VI);

        assertThat(widths(svg)).containsExactly(0, 0);
        assertThat(svg).contains(">Sở Y tế</text>", ">0</text>");
    }

    @Test
    void longVietnameseLabelsAreShortenedOnTheBarAndKeptWholeInItsTitle() {
        String name = "Ban Quản lý các khu công nghiệp, khu kinh tế và khu chế xuất tỉnh Thừa Thiên Huế mở rộng";

        String svg = BarChartSvg.of("c", "t", List.of(new BarChartSvg.Bar(name, BigDecimal.ONE)), VI);

        String shown = BarChartSvg.shortened(name);
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(BarChartSvg.MAX_LABEL);
        assertThat(shown).endsWith("…").startsWith("Ban Quản lý các khu công nghiệp");
        assertThat(name.codePointCount(0, name.length())).isGreaterThan(BarChartSvg.MAX_LABEL);
        assertThat(svg).contains(">" + shown + "</text>", "<title>" + name + ": 1</title>");
        assertThat(BarChartSvg.shortened("Sở Tư pháp")).isEqualTo("Sở Tư pháp");
    }

    @Test
    void theChartIsAsTallAsItsRows() {
        String svg = BarChartSvg.of(
                "c",
                "t",
                List.of(new BarChartSvg.Bar("a", BigDecimal.ONE), new BarChartSvg.Bar("b", BigDecimal.valueOf(2))),
                VI);

        assertThat(svg).contains("viewBox=\"0 0 " + BarChartSvg.WIDTH + " " + 2 * BarChartSvg.ROW + "\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1234|vi|1.234", "1234|en|1,234", "2.5|vi|2,5", "2.5|en|2.5", "0|vi|0", "1.005|en|1"})
    void numbersAreWrittenTheReadersWay(String value, String language, String written) {
        assertThat(BarChartSvg.number(new BigDecimal(value), Locale.forLanguageTag(language)))
                .isEqualTo(written);
    }

    private static List<Integer> widths(String svg) {
        Matcher match = WIDTHS.matcher(svg);
        java.util.ArrayList<Integer> found = new java.util.ArrayList<>();
        while (match.find()) {
            found.add(Integer.valueOf(match.group(1)));
        }
        return found;
    }
}
