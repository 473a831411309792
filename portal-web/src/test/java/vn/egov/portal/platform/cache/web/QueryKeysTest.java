package vn.egov.portal.platform.cache.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.cache.web.PublicQueryParameters.Declaration;

class QueryKeysTest {

    private static final QueryKeys KEYS = QueryKeys.of(List.of(
            new Declaration("/hoi-dap", List.of("linh-vuc", "q", "trang")),
            new Declaration("/hoi-dap/tra-cuu", List.of("ma")),
            new Declaration("/van-ban", List.of("so", "trang"))));

    @ParameterizedTest(name = "{0} reads [{1}]")
    @CsvSource(
            delimiter = ';',
            value = {
                "/hoi-dap/; linh-vuc q trang",
                "/hoi-dap; linh-vuc q trang",
                "/hoi-dap/12-dang-ky-khai-sinh; linh-vuc q trang",
                "/en/hoi-dap/; linh-vuc q trang",
                "/xa-dam-thuy/hoi-dap/; linh-vuc q trang",
                "/en/xa-dam-thuy/hoi-dap/; linh-vuc q trang",
                "/hoi-dap/tra-cuu.xhtml; linh-vuc q trang",
                "/hoi-dap/tra-cuu/; ma",
                "/van-ban/2014/1/qd-ubnd; so trang",
                "/; ''",
                "/tin/12-le-hoi; ''",
                "/hoi-dapx/; ''",
                "/a/b/hoi-dap/; ''"
            })
    void anAddressReadsTheParametersOfItsLongestDeclaredPrefix(String path, String names) {
        List<String> expected = names.isEmpty() ? List.of() : List.of(names.split(" "));
        assertThat(KEYS.namesFor(path)).isEqualTo(expected);
    }

    @Test
    void theKeyHoldsOnlyTheReadParametersInTheirDeclaredOrder() {
        HttpServletRequest request = request(Map.of("trang", "2", "x", "1", "q", "xe máy"));
        assertThat(QueryKeys.keyQuery(request, List.of("linh-vuc", "q", "trang")))
                .isEqualTo("q=xe+m%C3%A1y&trang=2");
        assertThat(QueryKeys.keyQuery(request, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "trang=2&x=1; ''",
                "x=%70age&y; ''",
                "q=a%20b; ''",
                "tr%61ng=2; REDIRECT",
                "trang; REDIRECT",
                "x=1&q; REDIRECT",
                "TRANG=2; ''"
            })
    void aReadParameterWrittenSoNginxWouldNotSeeItIsSentToItsPlainForm(String raw, String outcome) {
        HttpServletRequest request = request(Map.of("trang", "2"));
        assertThat(QueryKeys.oddlyWritten(raw, List.of("q", "trang"), request).isPresent())
                .isEqualTo(outcome.equals("REDIRECT"));
    }

    @Test
    void onlyPlainPrefixesAndNamesAreDeclared() {
        assertThatThrownBy(() -> new Declaration("hoi-dap", List.of("q"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Declaration("/hoi-dap/", List.of("q")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Declaration("/hoi-dap", List.of("q=1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryKeys.of(
                        List.of(new Declaration("/lich", List.of("nam")), new Declaration("/lich", List.of("tu")))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nginxKeysTheSameAddressesOnTheSameParameters() {
        String maps = KEYS.nginxMaps(List.of("/api/", "/jakarta.faces.resource/"));
        assertThat(maps)
                .contains(
                        "map $args $portal_arg_linh_vuc {\n    default \"\";\n    \"~(?:^|&)linh-vuc=([^&]*)\" $1;\n}")
                .contains("    \"~^/api/\" $args;\n")
                .contains("    \"~^/jakarta\\.faces\\.resource/\" $args;\n")
                .contains(
                        "    \"~^(/en)?(/[a-z0-9-]+)?/hoi-dap(/|$)\" \"linh-vuc=$portal_arg_linh_vuc&q=$portal_arg_q&trang=$portal_arg_trang\";");
        assertThat(maps.indexOf("/hoi-dap/tra-cuu(")).isLessThan(maps.indexOf("/hoi-dap("));
    }

    private static HttpServletRequest request(Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                QueryKeysTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                        method.getName().equals("getParameter") ? parameters.get((String) args[0]) : null);
    }
}
