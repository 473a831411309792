package vn.egov.portal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource({
        "Sở Tư pháp, so-tu-phap",
        "Xã Đàm Thủy, xa-dam-thuy",
        "  Tin tức – Sự kiện!  , tin-tuc-su-kien",
        "Quyết định 01/2014/QĐ-UBND, quyet-dinh-01-2014-qd-ubnd",
        "Dịch vụ công, dich-vu-cong"
    })
    void derivesFromVietnameseTitles(String title, String slug) {
        assertThat(Slug.fromTitle(title).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "two--hyphens", "-leading", "trailing-", "with space", "dấu", "a/b"})
    void rejectsMalformed(String candidate) {
        assertThat(Slug.isValid(candidate)).isFalse();
        assertThatThrownBy(() -> new Slug(candidate)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "–"})
    void refusesTitlesWithoutLettersOrDigits(String title) {
        assertThatThrownBy(() -> Slug.fromTitle(title)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "admin", "en", "van-ban", "hoi-dap", "lich"})
    void theTopLevelPathsOfThePortalAreReserved(String path) {
        assertThat(Slug.isValid(path)).isTrue();
        assertThat(Slug.isReserved(path)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void cutsLongTitlesAtAWordBoundaryWithinTheLimit() {
        Slug slug = Slug.fromTitle("Thông báo ".repeat(20));

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    }
}
