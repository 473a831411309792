package vn.egov.portal.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardChartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sở Y tế|\"Sở Y tế\"",
                "Sở Khoa học và Công nghệ|[\"Sở Khoa học và\",\"Công nghệ\"]",
                "Sở Nông nghiệp và Môi trường|[\"Sở Nông nghiệp và\",\"Môi trường\"]",
                "Ban Biên tập Cổng Thông tin điện tử tỉnh|[\"Ban Biên tập Cổng\",\"Thông tin điện tử\",\"tỉnh\"]",
                // A single word longer than a line stays whole: the axis then shortens it, not us.
                "Uỷbannhândântỉnhcaobằngvàcácsở|[\"Uỷbannhândântỉnhcaobằngvàcácsở\"]"
            })
    void aLongAgencyNameIsDrawnAsLinesOfWholeWords(String name, String json) {
        assertThat(DashboardCharts.agencyLabel(name).toString()).isEqualTo(json);
    }
}
