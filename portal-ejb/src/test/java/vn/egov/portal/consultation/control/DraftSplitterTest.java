package vn.egov.portal.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftSplitterTest {

    /** Each row: the draft (lines split at '|'), then its parts as KIND:number:heading joined by ';'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            value = {
                "Chương I|QUY ĐỊNH CHUNG|Điều 1. Phạm vi điều chỉnh|Quyết định này quy định...|Điều 2. Đối tượng áp dụng"
                        + "# CHAPTER:I:QUY ĐỊNH CHUNG;ARTICLE:1:Phạm vi điều chỉnh;ARTICLE:2:Đối tượng áp dụng",
                "CHƯƠNG II. TỔ CHỨC THỰC HIỆN|Mục 1. Trách nhiệm|Điều 5. Sở Tư pháp"
                        + "# CHAPTER:II:TỔ CHỨC THỰC HIỆN;SECTION:1:Trách nhiệm;ARTICLE:5:Sở Tư pháp",
                "Điều 3. Giải thích từ ngữ|1. Cổng thông tin là...|a) điểm a|2. Dự thảo là..."
                        + "# ARTICLE:3:Giải thích từ ngữ;CLAUSE:1:;CLAUSE:2:",
                "Căn cứ Luật Tổ chức chính quyền địa phương;|Điều 1. Ban hành|kèm theo Quyết định này"
                        + "# ARTICLE:1:Ban hành",
                "Điều 10a. Điều bổ sung|Nội dung# ARTICLE:10a:Điều bổ sung",
                "   Điều 4 :  Hiệu lực  # ARTICLE:4:Hiệu lực",
                "Chương III|Điều 7. Khen thưởng|1. Tập thể|2. Cá nhân|Điều 8. Xử lý vi phạm"
                        + "# CHAPTER:III:;ARTICLE:7:Khen thưởng;CLAUSE:1:;CLAUSE:2:;ARTICLE:8:Xử lý vi phạm",
                "1. Không phải khoản khi chưa có điều|Điều 1. Tên# ARTICLE:1:Tên",
            })
    void splitsVietnameseLegalText(String draft, String expected) {
        DraftSplitter.Result result = DraftSplitter.split(draft.replace('|', '\n'));
        assertTrue(result.split());
        String found = result.parts().stream()
                .map(p -> p.kind() + ":" + p.number() + ":" + p.heading())
                .collect(Collectors.joining(";"));
        assertEquals(expected.strip(), found);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {"Ý kiến chung về chính sách hỗ trợ|không có điều khoản nào", "1. Một|2. Hai"})
    void keepsATextWithoutArticlesWhole(String draft) {
        DraftSplitter.Result result = DraftSplitter.split(draft.replace('|', '\n'));
        assertFalse(result.split());
        assertEquals(1, result.parts().size());
        assertEquals(draft.replace('|', '\n'), result.parts().get(0).body());
    }

    @org.junit.jupiter.api.Test
    void keepsTheClauseTextAndItsPoints() {
        DraftSplitter.Result result = DraftSplitter.split("Điều 3. Giải thích\n1. Cổng là...\na) điểm a\n2. Hai");
        assertEquals("Cổng là...\na) điểm a", result.parts().get(1).body());
    }

    @org.junit.jupiter.api.Test
    void readsDecomposedTextAsComposed() {
        String nfd = java.text.Normalizer.normalize("Điều 1. Phạm vi", java.text.Normalizer.Form.NFD);
        assertEquals("1", DraftSplitter.split(nfd).parts().get(0).number());
    }
}
