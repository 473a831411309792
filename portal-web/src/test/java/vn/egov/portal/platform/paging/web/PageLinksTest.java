package vn.egov.portal.platform.paging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The page links of the public lists, as a reader follows them: on the address read, the search kept. */
class PageLinksTest {

    @ParameterizedTest(name = "page {0} of {1} items by 10: previous {2}, next {3}")
    @CsvSource({
        "1, 25, /hoi-dap/?q=xe+m%C3%A1y, /hoi-dap/?q=xe+m%C3%A1y&trang=2",
        "2, 25, /hoi-dap/?q=xe+m%C3%A1y, /hoi-dap/?q=xe+m%C3%A1y&trang=3",
        "3, 25, /hoi-dap/?q=xe+m%C3%A1y&trang=2, /hoi-dap/?q=xe+m%C3%A1y&trang=4"
    })
    void linksKeepTheSearchAndGivePageOneNoNumber(int page, long total, String previous, String next) {
        HttpServletRequest request = request("/hoi-dap/", null, Map.of("q", " xe máy ", "trang", "" + page));

        PageLinks<String> links = PageLinks.around(result(page, total), request, "q", "linh-vuc");

        assertThat(links.getPrevious()).isEqualTo(previous);
        assertThat(links.getNext()).isEqualTo(next);
        assertThat(links.isShown()).isTrue();
    }

    @Test
    void linksStayOnTheAddressTheReaderAskedForBeforeTheForwards() {
        HttpServletRequest request =
                request("/chuyen-muc/category.xhtml", "/en/so-tu-phap/chuyen-muc/thong-bao", Map.of("trang", "2"));

        PageLinks<String> links = PageLinks.around(result(2, 30), request);

        assertThat(links.getPrevious()).isEqualTo("/en/so-tu-phap/chuyen-muc/thong-bao");
        assertThat(links.getNext()).isEqualTo("/en/so-tu-phap/chuyen-muc/thong-bao?trang=3");
    }

    @Test
    void aListOfOnePageOrNoneShowsNoPages() {
        HttpServletRequest request = request("/van-ban/", null, Map.of());

        assertThat(PageLinks.around(result(1, 10), request).isShown()).isFalse();
        PageLinks<String> empty = PageLinks.around(result(1, 0), request);
        assertThat(empty.isShown()).isFalse();
        assertThat(empty.getResult().isEmpty()).isTrue();
    }

    @Test
    void aPagePastTheLastIsNotFound() {
        HttpServletRequest request = request("/van-ban/", null, Map.of("trang", "4"));

        assertThatThrownBy(() -> PageLinks.around(result(4, 30), request)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> PageLinks.around(result(2, 0), request)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePageNumberIsReadByTheOnePageRequest() {
        assertThat(PageLinks.requested(request("/hoi-dap/", null, Map.of("trang", "3")), 10))
                .isEqualTo(new PageRequest(3, 10));
        assertThat(PageLinks.requested(request("/hoi-dap/", null, Map.of()), 10))
                .isEqualTo(new PageRequest(1, 10));
        for (String bad : List.of("0", "abc", "-1", "2.5")) {
            assertThatThrownBy(() -> PageLinks.requested(request("/hoi-dap/", null, Map.of("trang", bad)), 10))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    private static ResultPage<String> result(int page, long total) {
        return ResultPage.of(new PageRequest(page, 10), List.of(), total);
    }

    private static HttpServletRequest request(String uri, String forwardedFrom, Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PageLinksTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getParameter" -> parameters.get((String) arguments[0]);
                    case "getAttribute" -> RequestDispatcher.FORWARD_REQUEST_URI.equals(arguments[0])
                            ? forwardedFrom
                            : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
