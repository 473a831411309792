package vn.egov.portal.platform.address.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.content.web.ContentPaths;
import vn.egov.portal.leader.web.LeaderPaths;
import vn.egov.portal.legal.web.LegalPaths;
import vn.egov.portal.platform.console.web.MovedConsolePages;
import vn.egov.portal.qa.web.QaPaths;

/** The one readable-address mechanism: each feature's rewrites, applied in turn as the routing does. */
class PathRewriteTest {

    private static final List<PathRewrite> FEATURES =
            List.of(new ContentPaths(), new LeaderPaths(), new QaPaths(), new LegalPaths());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "/tin/12-khanh-thanh-cau, /tin/article.xhtml?id=12",
                "/tin/12, /tin/article.xhtml?id=12",
                "/chuyen-muc/thong-ke, /chuyen-muc/category.xhtml?code=thong-ke",
                "/chuyen-muc/thong-ke/, /chuyen-muc/category.xhtml?code=thong-ke",
                "/lanh-dao/nguyen-van-a, /lanh-dao/leader.xhtml?slug=nguyen-van-a",
                "/hoi-dap/7-dang-ky-khai-sinh, /hoi-dap/cau-hoi.xhtml?id=7",
                "/van-ban/2014/1/qd-ubnd, /van-ban/document.xhtml?path=2014/1/qd-ubnd",
                "/van-ban/2014/1/qd-ubnd/, /van-ban/document.xhtml?path=2014/1/qd-ubnd",
                "/van-ban/, none",
                "/van-ban/tep/5, none",
                "/van-ban/14/1/qd-ubnd, none",
                "/van-ban/2014/1/QD-UBND, none",
                "/hoi-dap/, none",
                "/hoi-dap/tra-cuu.xhtml, none",
                "/tin/abc, none"
            })
    void readableAddressesLeadToThePageThatServesThem(String path, String page) {
        assertThat(FEATURES.stream()
                        .map(feature -> feature.rewrite(path))
                        .flatMap(java.util.Optional::stream)
                        .findFirst())
                .isEqualTo(java.util.Optional.ofNullable(page));
    }

    /** The console pages that moved to admin/{feature}/ name a page that exists; the new ones moved nowhere. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "/admin/legal-documents.xhtml, /admin/van-ban/documents.xhtml",
                "/admin/legal-files.xhtml, /admin/van-ban/files.xhtml",
                "/admin/gazette.xhtml, /admin/cong-bao/issues.xhtml",
                "/admin/calendar.xhtml, /admin/lich/overrides.xhtml",
                "/admin/deadlines.xhtml, /admin/han-cap-nhat/dashboard.xhtml",
                "/admin/batch.xhtml, /admin/tac-vu/jobs.xhtml",
                "/admin/audit.xhtml, /admin/nhat-ky/events.xhtml",
                "/admin/users.xhtml, /admin/nguoi-dung/accounts.xhtml",
                "/admin/account.xhtml, /admin/tai-khoan/profile.xhtml",
                "/admin/noi-dung/leaders.xhtml, /admin/lanh-dao/leaders.xhtml",
                "/admin/noi-dung/royalties.xhtml, /admin/nhuan-but/royalties.xhtml",
                "/admin/noi-dung/subportals.xhtml, /admin/trang-thanh-phan/subportals.xhtml",
                "/admin/van-ban/documents.xhtml, none",
                "/admin/noi-dung/articles.xhtml, none",
                "/admin/index.xhtml, none",
                "/admin/legal-documents.xhtml/, none"
            })
    void movedConsolePagesNameTheirNewAddress(String path, String moved) {
        var answer = new MovedConsolePages().movedTo(path);
        assertThat(answer).isEqualTo(java.util.Optional.ofNullable(moved));
        answer.ifPresent(page -> assertThat(new File("src/main/webapp" + page)).isFile());
        assertThat(FEATURES.stream().map(feature -> feature.movedTo(path)).flatMap(java.util.Optional::stream))
                .isEmpty();
    }
}
