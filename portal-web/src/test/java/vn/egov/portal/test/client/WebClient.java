package vn.egov.portal.test.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser without JavaScript for the HTTP-level tests: keeps cookies, posts Faces forms with
 * their hidden fields, and follows no redirect unless asked, so tests can assert on each hop.
 */
public final class WebClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    public HttpResponse<String> get(String path, String username, String password) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Authorization", basic(username, password))
                .GET()
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs the page, fills the given fields over its hidden ones and posts the form back. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        return send(formPost(path, page.body(), fields));
    }

    /**
     * Posts back the form of a page got already (its hidden fields, the view state of a view-scoped
     * page among them) with the given fields over them; the answer as bytes, a page or a download.
     */
    public HttpResponse<byte[]> postBack(String path, String page, Map<String, String> fields) {
        return sendForBytes(formPost(path, page, fields));
    }

    /** The urlencoded post of the page's form: its hidden fields with {@code fields} over them. */
    private HttpRequest formPost(String path, String page, Map<String, String> fields) {
        Map<String, String> form = hiddenFields(page);
        form.putAll(fields);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends the request and answers its body as bytes (a PDF, an image), with the cookies kept. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * GETs the page and posts its form back as multipart/form-data with one file, as a browser
     * sends a non-Ajax upload form.
     */
    public HttpResponse<String> upload(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        Map<String, String> form = hiddenFields(get(path).body());
        form.putAll(fields);
        String boundary = "----portal-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(part(boundary, "name=\"" + name + "\"", null)
                .concat(value)
                .concat("\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(
                part(boundary, "name=\"" + fileField + "\"; filename=\"" + fileName + "\"", "application/octet-stream")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static String part(String boundary, String disposition, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
    }

    /** Logs in through the form; answers the response to the form post. */
    public HttpResponse<String> login(String username, String password) {
        return submit(
                "login.xhtml", Map.of("login:username", username, "login:password", password, "login:submit", "login"));
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public static String basic(String username, String password) {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = HIDDEN.matcher(html);
        while (inputs.find()) {
            Matcher name = NAME.matcher(inputs.group());
            Matcher value = VALUE.matcher(inputs.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
