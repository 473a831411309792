package vn.egov.portal.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessCountFilterTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} counts as {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "GET,  /,                          200, text/html;charset=UTF-8, PAGE",
                "HEAD, /tin/12-tin,                200, text/html,               PAGE",
                "GET,  /en/chuyen-muc/tin-tuc,     200, text/html,               PAGE",
                "GET,  /api/v1/articles,           200, application/json,        API",
                "GET,  /api/v1/articles/9,         304, -,                       API",
                "GET,  /api/v1/articles/x,         404, application/problem+json, -",
                "POST, /api/v1/questions,          201, application/json,        -",
                "GET,  /admin/index.xhtml,         200, text/html,               -",
                "GET,  /khong-co,                  404, text/html,               -",
                "GET,  /tim-kiem.xhtml,            429, text/html,               -",
                "GET,  /cu,                        301, -,                       -",
                "GET,  /media/abc,                 200, image/webp,              -",
                "GET,  /resources/portal/site.css, 200, text/css,                -",
                "GET,  /feed.xml,                  200, application/atom+xml,    -",
            })
    void whatARequestCountsAs(String method, String path, int status, String type, String kind) {
        assertThat(AccessCountFilter.kindOf(method, path, status, type)
                        .map(Enum::name)
                        .orElse(null))
                .isEqualTo(kind);
    }
}
