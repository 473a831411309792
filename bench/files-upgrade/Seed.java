import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.client.WebClient;

/**
 * Stores on a running portal one signed file of a legal document (console upload as "bientap") and
 * one question with an attachment (public API). Arguments: base address, data folder, document id.
 */
public class Seed {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        byte[] pdf = Fetch.PDF.getBytes(StandardCharsets.US_ASCII);
        WebClient console = new WebClient(base);
        console.login("bientap", Fetch.password(args[1], "bientap"));
        HttpResponse<String> attached = console.upload(
                "admin/legal-files.xhtml?id=" + args[2],
                Map.of("upload:attach", ""),
                "upload:file_input",
                "Quyết định cũ.pdf",
                pdf);
        check(attached.statusCode() == 200 && attached.body().contains("cũ.pdf"), "legal upload");

        WebClient web = new WebClient(base);
        Matcher challenge = Pattern.compile("\"challenge\":\"([^\"]+)\"")
                .matcher(web.get("/api/v1/questions/challenge").body());
        check(challenge.find(), "challenge");
        String json = """
                {"askerType":"INDIVIDUAL","fullName":"Phan Thị Ngọc Ánh","nationality":"Việt Nam","occupation":"Giáo viên",
                "idNumber":"004196012345","address":"Số nhà 21","phone":"0915 246 810","email":"nang-cap@example.com",
                "title":"Câu hỏi trước nâng cấp","body":"Xin xem tệp đính kèm.","field":"tu-phap-ho-tich","consent":true,
                "consentVersion":"2026.1","attachments":[{"fileName":"Đơn cũ.pdf","content":"%s"}],
                "challenge":"%s","nonce":"%s"}"""
                .formatted(
                        Base64.getEncoder().encodeToString(pdf),
                        challenge.group(1),
                        ProofOfWork.solve(challenge.group(1)));
        HttpResponse<String> asked = web.send(HttpRequest.newBuilder(web.resolve("/api/v1/questions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        check(asked.statusCode() == 201, "question " + asked.statusCode());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("files-upgrade: " + what + " failed");
        }
    }
}
