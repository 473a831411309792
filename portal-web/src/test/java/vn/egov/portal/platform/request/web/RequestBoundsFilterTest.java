package vn.egov.portal.platform.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first filter of every request, without a container: plain proxies stand in for the servlet objects. */
class RequestBoundsFilterTest {

    private final Map<String, Object> sent = new HashMap<>();
    private final RequestBoundsFilter filter = new RequestBoundsFilter();

    RequestBoundsFilterTest() {
        filter.limits = noContributions();
        filter.apiMaxBodyKb = 1;
    }

    @Test
    void aFailureBehindIsNeverShareable() {
        FilterChain failing = (request, response) -> {
            ((HttpServletResponse) response).setHeader("Cache-Control", "public, s-maxage=5");
            throw new IllegalStateException("a bug behind the filter");
        };

        assertThatThrownBy(() -> filter.doFilter(request("GET", "/", Map.of(), -1), response(), failing))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sent).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void aDateHeaderThatDoesNotParseReadsAsAbsent() throws Exception {
        long[] seen = new long[1];
        FilterChain reading =
                (request, response) -> seen[0] = ((HttpServletRequest) request).getDateHeader("If-Modified-Since");

        filter.doFilter(request("GET", "/", Map.of("If-Modified-Since", "garbage"), -1), response(), reading);

        assertThat(seen[0]).isEqualTo(-1);
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
        FilterChain never = (request, response) -> {
            throw new AssertionError("the body must not be read");
        };

        filter.doFilter(request("POST", "/api/v1/questions/1/return", Map.of(), 2048), response(), never);

        assertThat(sent).containsEntry("status", 413).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void anUploadFormWithoutALengthIsRefused() throws Exception {
        FilterChain never = (request, response) -> {
            throw new AssertionError("the container would spool it");
        };
        Map<String, String> chunked =
                Map.of("Transfer-Encoding", "chunked", "Content-Type", "multipart/form-data; boundary=x");

        filter.doFilter(request("POST", "/admin/media.xhtml", chunked, -1), response(), never);

        assertThat(sent).containsEntry("error", 411);
    }

    private static HttpServletRequest request(String method, String uri, Map<String, String> headers, long length) {
        return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getRequestURI" -> uri;
            case "getContextPath" -> "";
            case "getContentLengthLong" -> length;
            case "getContentType" -> headers.get("Content-Type");
            case "getHeader" -> headers.get((String) args[0]);
            case "getLocales" -> Collections.enumeration(java.util.List.of(java.util.Locale.forLanguageTag("vi")));
            case "getDateHeader" -> {
                if (headers.containsKey((String) args[0])) {
                    throw new IllegalArgumentException(headers.get((String) args[0]));
                }
                yield -1L;
            }
            case "getServletContext" -> proxy(ServletContext.class, (n, a) -> null);
            default -> null;
        });
    }

    private HttpServletResponse response() {
        return proxy(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setHeader" -> sent.put((String) args[0], args[1]);
                case "setStatus" -> sent.put("status", args[0]);
                case "sendError" -> sent.put("error", args[0]);
                case "getOutputStream" -> {
                    return new jakarta.servlet.ServletOutputStream() {
                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(jakarta.servlet.WriteListener listener) {}

                        @Override
                        public void write(int b) {}
                    };
                }
                case "isCommitted" -> {
                    return false;
                }
                default -> {}
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static Instance<BodyLimit> noContributions() {
        return proxy(Instance.class, (name, args) -> "iterator".equals(name) ? Collections.emptyIterator() : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args));
    }
}
