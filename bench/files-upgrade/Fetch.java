import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.egov.portal.test.client.WebClient;

/**
 * Downloads a file as the demo secretary "thuky" (logged in through the console form) and prints
 * the status, the serving headers and the SHA-256 of the bytes. Arguments: base, data folder, path.
 */
public class Fetch {

    static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

    public static void main(String[] args) throws Exception {
        WebClient console = new WebClient(URI.create(args[0]));
        console.login("thuky", password(args[1], "thuky"));
        HttpResponse<String> file = console.get(args[2]);
        System.out.println(file.statusCode() + " " + file.headers().firstValue("Content-Type").orElse("-") + " "
                + file.headers().firstValue("Cache-Control").orElse("-"));
        // The test client reads text; PDF here is ASCII, so its bytes come back whole.
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.body().getBytes(StandardCharsets.ISO_8859_1));
        System.out.println(HexFormat.of().formatHex(digest));
    }

    /** The demo accounts' passwords, written by the demo data into the data folder. */
    static String password(String data, String username) throws Exception {
        return Files.readAllLines(Path.of(data, "demo-accounts.txt")).stream()
                .map(line -> line.split("\t"))
                .filter(columns -> columns[0].equals(username))
                .map(columns -> columns[1])
                .findFirst()
                .orElseThrow();
    }
}
