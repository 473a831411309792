import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Prepares the bodies of a submission benchmark (questions, comments, dossiers): for each, a fresh
 * challenge from the portal, solved as the browser solves it (the portal's own ProofOfWork.solve),
 * written into the bench's JSON template, one body per line, shuffled. Run with the portal's classes
 * on the class path:
 *
 *   java -cp portal-ejb/target/classes bench/shared/SolvedBodies.java \
 *       http://127.0.0.1:18580 /api/v1/questions/challenge bench/qa-submit/body.json 6000 bodies.txt
 *
 * The template is one line of JSON with placeholders: {challenge} and {nonce}; {n}, the body's
 * number; {n6}, the number in six digits; {n%K+M}, the number modulo K plus M (either part may be
 * left out), for values that repeat; {even}, true for every other body.
 */
public class SolvedBodies {

    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\\{n(?:%(\\d+))?(?:\\+(\\d+))?\\}");

    public static void main(String[] args) throws Exception {
        URI challenges = URI.create(args[0]).resolve(args[1]);
        String template = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
        int count = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> bodies = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            bodies.add(pool.submit(() -> body(http, challenges, template, n)));
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
        Files.write(Path.of(args[4]), lines, StandardCharsets.UTF_8);
        System.out.printf("bodies: %d prepared in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static String body(HttpClient http, URI challenges, String template, int n)
            throws IOException, InterruptedException {
        HttpResponse<String> issued =
                http.send(HttpRequest.newBuilder(challenges).build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = CHALLENGE.matcher(issued.body());
        if (!found.find()) {
            throw new IllegalStateException("No challenge in " + issued.body());
        }
        String challenge = found.group(1);
        Matcher number = NUMBER.matcher(template
                .replace("{challenge}", challenge)
                .replace("{nonce}", ProofOfWork.solve(challenge))
                .replace("{n6}", String.format("%06d", n))
                .replace("{even}", Boolean.toString(n % 2 == 0)));
        StringBuilder body = new StringBuilder();
        while (number.find()) {
            long value = number.group(1) == null ? n : n % Long.parseLong(number.group(1));
            value += number.group(2) == null ? 0 : Long.parseLong(number.group(2));
            number.appendReplacement(body, Long.toString(value));
        }
        return number.appendTail(body).toString();
    }
}
