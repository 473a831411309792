package vn.egov.portal.platform.address.control;

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
        "Admin, admin"
    })
    void derivesFromVietnameseTitles(String title, String slug) {
        assertThat(Slug.fromTitle(title).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "two--hyphens", "-leading", "trailing-", "with space", "dấu"})
    void rejectsMalformed(String candidate) {
        assertThat(Slug.isWellFormed(candidate)).isFalse();
        assertThatThrownBy(() -> new Slug(candidate)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Which words the top level keeps for the features is the address space's (AddressSpace, StructureSeedIT). */
    @ParameterizedTest
    @ValueSource(strings = {"api", "en", "dich-vu-cong", "tin"})
    void anyWellFormedWordIsASlugBelowTheTopLevel(String candidate) {
        assertThat(new Slug(candidate).value()).isEqualTo(candidate);
        assertThat(Slug.isWellFormed(candidate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "–"})
    void refusesTitlesWithoutLettersOrDigits(String title) {
        assertThatThrownBy(() -> Slug.fromTitle(title)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void cutsLongTitlesAtAWordBoundaryWithinTheLimit() {
        Slug slug = Slug.fromTitle("Thông báo ".repeat(20));

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    }
}
