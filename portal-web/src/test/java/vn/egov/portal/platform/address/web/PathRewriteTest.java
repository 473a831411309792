package vn.egov.portal.platform.address.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.content.web.ContentPaths;
import vn.egov.portal.leader.web.LeaderPaths;
import vn.egov.portal.legal.web.LegalPaths;
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
}
