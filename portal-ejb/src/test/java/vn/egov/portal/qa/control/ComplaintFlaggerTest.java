package vn.egov.portal.qa.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintFlaggerTest {

    private final ComplaintFlagger flagger =
            new ComplaintFlagger(List.of("khiếu nại", "tố cáo", "tố giác", "đơn thư", "bồi thường thiệt hại"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tôi muốn khiếu nại quyết định thu hồi đất            | khiếu nại",
                "TỐ CÁO cán bộ xã nhận tiền                          | tố cáo",
                "toi muon to cao can bo                              | tố cáo",
                "Khiếu nại và tố giác hành vi sai phạm               | khiếu nại,tố giác",
                "yêu cầu bồi thường   thiệt hại do ngập lụt           | bồi thường thiệt hại",
                "Thủ tục cấp giấy phép xây dựng nhà ở?               | ",
                "Tổ cao niên của thôn có được hỗ trợ?                | ",
                "đơn thuốc bảo hiểm y tế                             | "
            })
    void flagsComplaintWordsWithOrWithoutDiacritics(String text, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(","));

        assertThat(flagger.matches(text)).containsExactlyElementsOf(wanted);
    }
}
