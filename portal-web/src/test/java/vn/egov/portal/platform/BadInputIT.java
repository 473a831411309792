package vn.egov.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.ApiEndpoints;
import vn.egov.portal.test.client.FuzzBodies;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * Bad input of any shape, as an outside fuzz sends it, against every write operation of the API
 * and against the public pages' headers: each answer is a 4xx problem document (never a 5xx, never
 * the HTML error page), and the server log gets no stack trace and no warning. While working on one
 * operation, {@code -Dfuzz.only=<regex>} (matched against e.g. "POST /api/v1/questions") fuzzes
 * only the operations it matches.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    /** Values for path parameters by name, so the body reaches the operation; others get "1". */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "code", "tu-phap-ho-tich",
            "name", "fuzz-no-such-job",
            "trackingCode", "HD-FUZZ-0000");

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: ");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPostAndPutOperationAnswersBadBodiesWithAProblemAndLogsNoStackTrace() throws Exception {
        List<ApiEndpoints.Endpoint> endpoints = ApiEndpoints.postsAndPuts();
        assertThat(endpoints.stream().map(Object::toString).toList())
                .as("the resources' operations are the ones the OpenAPI document publishes")
                .containsExactlyInAnyOrderElementsOf(documentedPostsAndPuts());
        String only = System.getProperty("fuzz.only");
        if (only != null) {
            endpoints = endpoints.stream()
                    .filter(endpoint -> endpoint.toString().matches(only))
                    .toList();
        }
        Map<String, WebClient> callers = callers();
        String questionId = firstQuestionId(callers.get("thuky"));
        Instant logStart = Instant.now();

        Map<String, int[]> table = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (ApiEndpoints.Endpoint endpoint : endpoints) {
            String path = fill(endpoint.path(), questionId);
            int[] counts = table.computeIfAbsent(endpoint.toString(), e -> new int[4]);
            List<FuzzBodies.Body> bodies = FuzzBodies.of(endpoint.body());
            for (FuzzBodies.Body body : bodies) {
                for (Map.Entry<String, WebClient> caller : callers.entrySet()) {
                    if (body.label().startsWith("syntax") && !caller.getKey().equals("anonymous")) {
                        continue;
                    }
                    HttpResponse<String> answer = send(caller.getValue(), endpoint.method(), path, body.bytes());
                    int status = answer.statusCode();
                    counts[0]++;
                    counts[status / 100 == 2 ? 1 : status / 100 == 4 ? 2 : 3]++;
                    boolean problem = answer.headers()
                            .firstValue("Content-Type")
                            .filter(type -> type.startsWith("application/problem+json"))
                            .isPresent();
                    if (status >= 500 || (status >= 400 && !problem)) {
                        failures.add(endpoint + " as " + caller.getKey() + " [" + body.label() + "] -> " + status + " "
                                + answer.body()
                                        .substring(
                                                0, Math.min(200, answer.body().length())));
                    }
                }
            }
        }
        String log = ServerLog.since(logStart);
        Files.writeString(Path.of("target", "bad-input-server-log.txt"), log, StandardCharsets.ISO_8859_1);
        print(table, log);

        assertThat(failures).as("5xx, or 4xx without a problem document").isEmpty();
        assertThat(STACK_FRAME.matcher(log).find())
                .as("no stack trace in the server log during the fuzz:\n" + head(log))
                .isFalse();
        int requests = table.values().stream().mapToInt(counts -> counts[0]).sum();
        assertThat(ServerLog.warnings(log))
                .as("warnings logged for " + requests + " bad requests")
                .isZero();
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedAndNeverLogged() throws Exception {
        Instant start = Instant.now();
        String marker = "marker-" + java.util.UUID.randomUUID();
        WebClient client = new WebClient(base.toURI());

        HttpResponse<String> question =
                client.send(chunked(client.resolve("/api/v1/questions"), marker, 45L * 1024 * 1024));
        // An official's call: an anonymous one is answered 401 before its body is read.
        WebClient board = new WebClient(base.toURI());
        board.login("thuky", DemoPasswords.of("thuky"));
        HttpResponse<String> desk =
                board.send(chunked(board.resolve("/api/v1/qa-desk/questions/1/return"), marker, 3L * 1024 * 1024));

        for (HttpResponse<String> refused : List.of(question, desk)) {
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("vượt quá giới hạn").doesNotContain(marker);
        }
        String log = ServerLog.since(start);
        assertThat(log).doesNotContain(marker);
        assertThat(ServerLog.warnings(log)).isZero();
    }

    @Test
    void headersThatDoNotParseAreIgnoredOrRefusedWithAProblem() throws Exception {
        Instant start = Instant.now();
        WebClient client = new WebClient(base.toURI());
        for (String path :
                List.of("/", "/hoi-dap/", "/jakarta.faces.resource/css/public.css.xhtml?ln=portal", "/api/v1/sites")) {
            for (String header : List.of("If-Modified-Since", "If-Unmodified-Since")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.resolve(path))
                        .header(header, "garbage")
                        .build());
                assertThat(answer.statusCode()).as(header + " on " + path).isEqualTo(200);
            }
        }
        List<HttpRequest> unreadable = List.of(
                HttpRequest.newBuilder(client.resolve("/api/v1/questions"))
                        .header("Content-Type", "garbage")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpRequest.newBuilder(client.resolve("/api/v1/sites"))
                        .header("Accept", "garbage/;;")
                        .build());
        for (HttpRequest request : unreadable) {
            HttpResponse<String> refused = client.send(request);
            assertThat(refused.statusCode()).as(request.headers().toString()).isBetween(400, 499);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        String log = ServerLog.since(start);
        assertThat(ServerLog.warnings(log)).isZero();
        assertThat(log).doesNotContain("garbage");
    }

    @Test
    void aFilterThatDoesNotParseIsA400NamingItsField() throws Exception {
        Instant start = Instant.now();
        WebClient client = new WebClient(base.toURI());
        Map<String, String> refused = Map.of(
                "/api/v1/procedures?level=TINH", "level",
                "/api/v1/procedures?onlineLevel=full", "onlineLevel",
                "/api/v1/legal-documents?year=hai-nghin", "year",
                "/api/v1/legal-documents?year=99999999999", "year",
                "/api/v1/legal-documents?status=CON_HIEU_LUC", "status");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            HttpResponse<String> answer = client.get(bad.getKey());
            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(bad.getKey()).contains("\"" + bad.getValue() + "\"");
        }
        assertThat(client.get("/api/v1/legal-documents?year=%202014%20&status=").statusCode())
                .as("spaces around a filter and an empty filter")
                .isEqualTo(200);
        assertThat(ServerLog.warnings(ServerLog.since(start))).isZero();
    }

    /** A body of the given size with no declared length, sent the way a streaming client sends it. */
    private static HttpRequest chunked(java.net.URI uri, String marker, long size) {
        byte[] head = ("{\"title\":\"" + marker).getBytes(StandardCharsets.US_ASCII);
        java.io.InputStream body =
                new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), new java.io.InputStream() {
                    private long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(length, left);
                        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                        left -= n;
                        return n;
                    }
                });
        return HttpRequest.newBuilder(uri)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
    }

    private static void print(Map<String, int[]> table, String log) {
        StringBuilder out = new StringBuilder(String.format(
                "%nAPI fuzz: every POST and PUT operation%n%-62s %8s %6s %6s %6s%n",
                "operation", "requests", "2xx", "4xx", "5xx"));
        int[] total = new int[4];
        table.forEach((operation, counts) -> {
            out.append(String.format("%-62s %8d %6d %6d %6d%n", operation, counts[0], counts[1], counts[2], counts[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        });
        out.append(String.format("%-62s %8d %6d %6d %6d%n", "total", total[0], total[1], total[2], total[3]));
        out.append(
                String.format("server log during the fuzz: %d bytes%n", log.getBytes(StandardCharsets.UTF_8).length));
        System.out.print(out);
    }

    /** Anonymous, and one official of each kind the write operations are for, logged in once. */
    private Map<String, WebClient> callers() throws Exception {
        Map<String, WebClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", new WebClient(base.toURI()));
        for (String official : List.of("thuky", "traloi-sotp", "vanhanh")) {
            WebClient client = new WebClient(base.toURI());
            client.login(official, DemoPasswords.of(official));
            callers.put(official, client);
        }
        return callers;
    }

    private String firstQuestionId(WebClient board) {
        Matcher id = Pattern.compile("\"id\":(\\d+)")
                .matcher(board.get("/api/v1/qa-desk/questions?state=ROUTED").body());
        assertThat(id.find()).as("the demo has a routed question").isTrue();
        return id.group(1);
    }

    private Set<String> documentedPostsAndPuts() throws Exception {
        HttpResponse<String> openapi = new WebClient(base.toURI())
                .send(HttpRequest.newBuilder(base.toURI().resolve("openapi"))
                        .header("Accept", "application/json")
                        .build());
        Map<?, ?> document = new Json().toType(openapi.body(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> method.equals("post") || method.equals("put"))
                .forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        return documented;
    }

    private static String fill(String template, String questionId) {
        Matcher parameter = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(path, PATH_VALUES.getOrDefault(name, "id".equals(name) ? questionId : "1"));
        }
        return parameter.appendTail(path).toString();
    }

    private static HttpResponse<String> send(WebClient client, String method, String path, byte[] body) {
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/json")
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .expectContinue(body.length > 1024 * 1024)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static String head(String log) {
        return log.length() <= 4000 ? log : log.substring(0, 4000);
    }

    /**
     * The server log of the test container (Payara Micro's --logtofile, see arquillian.xml). Payara
     * rotates it at 1 MB (it-server.log.0 is the newest file, .9 the oldest), so records are told
     * apart by their time stamp, not by an offset.
     */
    static final class ServerLog {

        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

        private ServerLog() {}

        /** Records of level WARNING or SEVERE (Payara writes each record's levelValue). */
        static long warnings(String log) {
            return log.lines()
                    .filter(line -> line.startsWith("[20"))
                    .filter(line -> line.contains("[levelValue: 900]") || line.contains("[levelValue: 1000]"))
                    .count();
        }

        /** Every record written from {@code start} on, oldest first, each with its continuation lines. */
        static String since(Instant start) throws IOException {
            Path named = Path.of(System.getProperty("portal.it.server.log", "target/it-server.log"));
            StringBuilder kept = new StringBuilder();
            for (int n = 9; n >= -1; n--) {
                Path file = n < 0 ? named : named.resolveSibling(named.getFileName() + "." + n);
                if (Files.isRegularFile(file)) {
                    keepRecordsSince(Files.readString(file, StandardCharsets.ISO_8859_1), start, kept);
                }
            }
            return kept.toString();
        }

        private static void keepRecordsSince(String log, Instant start, StringBuilder kept) {
            boolean keeping = false;
            for (String line : log.split("\n", -1)) {
                if (line.startsWith("[20") && line.length() > 30) {
                    keeping = !OffsetDateTime.parse(line.substring(1, 29), STAMP)
                            .toInstant()
                            .isBefore(start);
                }
                if (keeping) {
                    kept.append(line).append('\n');
                }
            }
        }
    }
}
