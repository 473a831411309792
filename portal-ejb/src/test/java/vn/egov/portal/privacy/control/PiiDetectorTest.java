package vn.egov.portal.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiDetectorTest {

    @ParameterizedTest(name = "[{index}] {1} in: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Số CMND của tôi là 012345678, xin hỏi thủ tục.            | ID_NUMBER | 012345678",
                "CCCD 004199012345 cấp năm 2021                           | ID_NUMBER | 004199012345",
                "căn cước số 0041 9901 2345                               | ID_NUMBER | 0041 9901 2345",
                "CMND: 0123456 78                                         | ID_NUMBER | 0123456 78",
                "Hộ chiếu B1234567 hết hạn                                | PASSPORT  | B1234567",
                "Gọi cho tôi: 0912 345 678 nhé                            | PHONE     | 0912 345 678",
                "điện thoại 091.234.5678                                  | PHONE     | 091.234.5678",
                "số máy +84 912 345 678.                                  | PHONE     | +84 912 345 678",
                "cơ quan 0206 3852 315                                    | PHONE     | 0206 3852 315",
                "thư gửi nguyen.van.an@gmail.com giúp                     | EMAIL     | nguyen.van.an@gmail.com",
                "nhà tôi ở số nhà 12, phố Vườn Cam, phường Hợp Giang      | ADDRESS   | số nhà 12, phố Vườn Cam",
                "số 44 đường Hiến Giang                                   | ADDRESS   | số 44 đường Hiến Giang",
                "ở ngõ 5/2 Kim Đồng                                       | ADDRESS   | ngõ 5/2",
                "gia đình ở thôn Nà Pồng, xã Đàm Thủy                     | ADDRESS   | thôn Nà Pồng",
                "tổ dân phố 3 phường Sông Bằng                            | ADDRESS   | tổ dân phố 3",
                "Địa chỉ: xóm 2 Bản Giới; xin hỏi                         | ADDRESS   | xóm 2 Bản Giới",
                "tôi trú tại Khu 3 thị trấn Trùng Khánh. Xin hỏi          | ADDRESS   | Khu 3 thị trấn Trùng Khánh",
                // typed to slip past a check (issue 17.12): folded before detecting
                "gọi (+84) 912 345 678 nhé                              | PHONE     | (+84) 912 345 678",
                "số máy +84\u00A0912\u00A0345\u00A0678 giờ hành chính    | PHONE     | +84\u00A0912\u00A0345\u00A0678",
                "điện thoại ０９１２ ３４５ ６７８                         | PHONE     | ０９１２ ３４５ ６７８",
                "CCCD ００４１９９０１２３４５ của tôi                       | ID_NUMBER | ００４１９９０１２３４５",
                "CCCD 0041\u200B9901\u200B2345 cấp năm 2021             | ID_NUMBER | 0041\u200B9901\u200B2345",
                "số 091\u200D2345678 của tôi                             | PHONE     | 091\u200D2345678",
                "thư gửi hoa [at] example.org nhé                        | EMAIL     | hoa [at] example.org",
                "thư gửi hoa(at)example(dot)org nhé                      | EMAIL     | hoa(at)example(dot)org",
                "thư gửi nguyen.an＠gmail．com nhé                        | EMAIL     | nguyen.an＠gmail．com"
            })
    void findsPersonalDataInQuestionText(String text, PiiKind kind, String expected) {
        List<PiiFinding> found = PiiDetector.find(text);

        assertThat(found).extracting(PiiFinding::kind).contains(kind);
        assertThat(found).extracting(PiiFinding::text).contains(expected);
        assertThat(Redaction.redact(text, found)).doesNotContain(expected).contains(Redaction.MARK);
    }

    @ParameterizedTest(name = "[{index}] nothing in: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Theo Quyết định số 01/2014/QĐ-UBND ngày 15/01/2014",
                "Lệ phí là 100.000.000 đồng cho mỗi hồ sơ",
                "Dự án năm 2014-2020 với 1.500 hộ dân",
                "Thủ tục cấp phép ở xã Đàm Thủy, tỉnh Cao Bằng mất bao lâu?",
                "Các thôn, xóm trong huyện có được hỗ trợ không?",
                "phiên bản 2 của biểu mẫu",
                "bảo vệ Tổ quốc là nghĩa vụ",
                "Thác Bản giốc mở cửa mấy giờ?",
                "Mã số thuế 0100109106 của doanh nghiệp nhà nước" // ten digits from 01: no such phone
            })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(PiiDetector.find(text)).isEmpty();
    }

    @Test
    void findsSeveralNumbersTypedSideBySide() {
        List<PiiFinding> found = PiiDetector.find("liên hệ 0912 345 678 0987 654 321 hoặc CMND 012345678");

        assertThat(found).extracting(PiiFinding::kind).containsExactly(PiiKind.PHONE, PiiKind.PHONE, PiiKind.ID_NUMBER);
    }

    @Test
    void findsThePersonsOwnValuesHoweverTheyAreTyped() {
        String text = "Toi la NGUYEN VAN AN, so 0912-345-678, hỏi về đất ở Nguyễn  Văn An ngõ";
        List<String> known = List.of("Nguyễn Văn An", "0912 345 678");

        List<PiiFinding> found = PiiDetector.find(text, known);

        assertThat(found)
                .extracting(PiiFinding::text)
                .containsExactly("NGUYEN VAN AN", "0912-345-678", "Nguyễn  Văn An");
    }

    @Test
    void redactionLeavesAMarkAndTheRestOfTheSentence() {
        String text = "Tôi là Lê Thị Hoa, CCCD 004199012345, email hoa@example.vn, hỏi về hộ tịch.";

        String redacted = Redaction.redactAll(text, List.of("Lê Thị Hoa"));

        assertThat(redacted).isEqualTo("Tôi là […], CCCD […], email […], hỏi về hộ tịch.");
        assertThat(PiiDetector.find(redacted, List.of("Lê Thị Hoa"))).isEmpty();
    }

    @Test
    void thePersonsOwnIdNumberIsFoundThroughAZeroWidthSplit() {
        String text = "Số định danh của tôi: 004196\u200B012345.";

        assertThat(PiiDetector.findKnownValues(text, List.of("004196012345")))
                .extracting(PiiFinding::text)
                .containsExactly("004196\u200B012345");
    }
}
