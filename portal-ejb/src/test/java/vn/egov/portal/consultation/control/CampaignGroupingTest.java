package vn.egov.portal.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a copy of a campaign comment, and how copies are grouped. */
class CampaignGroupingTest {

    private static final String CAMPAIGN = "Chúng tôi đề nghị giữ nguyên mức hỗ trợ 50 triệu đồng cho mỗi hợp tác xã"
            + " vì đây là nguồn lực quan trọng để phát triển kinh tế tập thể ở vùng cao.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            the same text                   | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.  | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.    | true
            case and punctuation            | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.  | ĐỀ NGHỊ giảm lệ phí, hộ tịch cho người cao tuổi!!! | true
            without diacritics              | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.  | de nghi giam le phi ho tich cho nguoi cao tuoi     | true
            decomposed (NFD) input          | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.  | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.    | true
            another comment on the same fee | Đề nghị giảm lệ phí hộ tịch cho người cao tuổi.  | Lệ phí hộ tịch hiện nay là hợp lý, không nên giảm. | false
            a short agreement is not a copy | Tôi đồng ý với dự thảo.                          | Tôi không đồng ý với dự thảo.                      | false
            """)
    void copiesAreTextsAlikeOnceNormalised(String why, String a, String b, boolean copies) {
        CampaignGrouping grouping = new CampaignGrouping(0.8);
        assertThat(grouping.group(List.of(a, b))).as(why).hasSize(copies ? 1 : 2);
    }

    @ParameterizedTest(name = "threshold {0}: {1} group(s)")
    @CsvSource({"0.95, 2", "0.8, 1", "0.5, 1"})
    void theThresholdDecidesHowNearANearCopyMustBe(double threshold, int groups) {
        String signed = CAMPAIGN + " Hoàng Văn Nam, Đàm Thủy.";
        assertThat(new CampaignGrouping(threshold).group(List.of(CAMPAIGN, signed)))
                .hasSize(groups);
    }

    @Test
    void aCampaignOfNearCopiesIsOneGroupBesideTheOtherComments() {
        List<String> comments = List.of(
                CAMPAIGN,
                "Nên bổ sung quy định về công khai danh sách hợp tác xã được hỗ trợ.",
                CAMPAIGN.replace("50 triệu", "50.000.000"),
                CAMPAIGN + " Xin cảm ơn.",
                "Điều 5 cần nói rõ thời hạn giải ngân.",
                CAMPAIGN.toUpperCase(java.util.Locale.ROOT),
                CAMPAIGN.replace("vùng cao", "vùng cao, biên giới"));
        assertThat(new CampaignGrouping(0.8).group(comments))
                .containsExactly(List.of(0, 2, 3, 5, 6), List.of(1), List.of(4));
    }

    @Test
    void normalisingFoldsCaseDiacriticsAndPunctuation() {
        assertThat(CampaignGrouping.normalise("  Đề nghị: GIỮ NGUYÊN mức 50%!  "))
                .isEqualTo("de nghi giu nguyen muc 50");
        assertThat(CampaignGrouping.similarity("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(CampaignGrouping.similarity("a b c d", "w x y z")).isZero();
    }

    @Test
    void emptyTextsAndNoTextsAreGroupedToo() {
        assertThat(new CampaignGrouping(0.8).group(List.of())).isEmpty();
        assertThat(new CampaignGrouping(0.8).group(List.of("!!!", "...", "Góp ý")))
                .containsExactly(List.of(0, 1), List.of(2));
        assertThatThrownBy(() -> new CampaignGrouping(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignGrouping(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
