import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.guard.control.ProofOfWork;

/**
 * Prepares the benchmark's question submissions: for each, fetches a fresh challenge from the portal
 * and solves it as the browser would (the portal's own ProofOfWork.solve), then writes one JSON body
 * per line with a distinct e-mail. Run with the portal's classes on the class path:
 *
 *   java -cp portal-ejb/target/classes bench/qa-submit/Bodies.java http://127.0.0.1:18580 6000 bodies.txt
 */
public class Bodies {

    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> bodies = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            bodies.add(pool.submit(() -> body(http, base, n)));
        }
        List<String> lines = new ArrayList<>();
        try {
            for (Future<String> body : bodies) {
                lines.add(body.get());
            }
        } finally {
            // A failed fetch (a 429, a stopped portal) ends the run instead of leaving the pool's threads waiting.
            pool.shutdownNow();
        }
        Collections.shuffle(lines);
        Files.write(Path.of(args[2]), lines);
        System.out.printf("bodies: %d prepared in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static String body(HttpClient http, URI base, int n) throws IOException, InterruptedException {
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/questions/challenge")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CHALLENGE.matcher(issued.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No challenge in " + issued.body());
        }
        String challenge = matcher.group(1);
        return ("{\"particulars\":{\"kind\":\"INDIVIDUAL\",\"name\":\"Người Thử Nghiệm %d\",\"nationality\":\"Việt Nam\","
                        + "\"occupation\":\"Kỹ sư\",\"idNumber\":\"004090%06d\",\"address\":\"Tổ %d, phường Thục Phán\","
                        + "\"phone\":\"0912 %03d %03d\",\"email\":\"bench-%d@example.com\"},\"title\":\"Câu hỏi thử tải số %d\","
                        + "\"body\":\"Thủ tục chứng thực bản sao từ bản chính cần những giấy tờ gì? Lần %d.\","
                        + "\"field\":\"tu-phap-ho-tich\",\"consent\":true,\"consentVersion\":\"2026.1\","
                        + "\"challenge\":\"%s\",\"nonce\":\"%s\"}")
                .formatted(n, n, n % 50, n / 1000 % 1000, n % 1000, n, n, n, challenge, ProofOfWork.solve(challenge));
    }
}
