package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * The catalogue's editing over HTTP (s6-catalogue): an import is all or nothing with every bad row
 * named by its line, a change is a revision announced on the procedure page, the catalogue page and
 * the Atom feed, an agency edits only its own procedures, and the demo forms download.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueEditingIT {

    private static final String BOARD = "bientap";
    private static final String JUSTICE = "traloi-sotp";
    private static final String HEADER =
            "code,name,field,agency,level,executingBody,conditions,steps,components,feeVnd,processingDays,result,"
                    + "legalBasis,onlineLevel,note\r\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
    }

    private static String row(String code, String agency, String fee, String days, String legal) {
        return String.join(
                        ",",
                        code,
                        "Cấp giấy phép thử nghiệm " + code,
                        "Thử nghiệm",
                        agency,
                        "PROVINCE",
                        "Trung tâm Phục vụ hành chính công tỉnh",
                        "\"Tổ chức, cá nhân có nhu cầu\"",
                        "\"Nộp hồ sơ\nThẩm định\nTrả kết quả\"",
                        "\"Đơn đề nghị; 1; 0; required\nBản sao giấy tờ; 0; 1; optional\"",
                        fee,
                        days,
                        "Giấy phép",
                        legal,
                        "PARTIAL",
                        "")
                + "\r\n";
    }

    private HttpResponse<String> importAs(String username, String body, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve("/api/v1/procedures/import"))
                .header("Content-Type", type)
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (username != null) {
            request.header("Authorization", WebClient.basic(username, DemoPasswords.of(username)));
        }
        return web.send(request.build());
    }

    @Test
    void aBadFileImportsNothingAndNamesEveryBadLine() {
        String bad = HEADER
                + row("1.990001.000.00.00.H12", "so-tu-phap", "", "5", "\"28/2009/QH12 Luật Lý lịch tư pháp\"")
                + row("1.990002.000.00.00.H12", "so-tu-phap", "năm mươi", "5", "")
                + row("1.990003.000.00.00.H12", "so-tu-phap", "", "5", "\"Nghị định 63\"");
        HttpResponse<String> refused = importAs(BOARD, bad, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body())
                .contains("line 6: feeVnd", "line 10: legalBasis[0].numberSymbol", "Số, ký hiệu văn bản")
                .doesNotContain("line 2:");
        assertThat(web.get("/api/v1/procedures/1.990001.000.00.00.H12").statusCode())
                .as("nothing of a bad file is imported")
                .isEqualTo(404);

        assertThat(importAs(null, bad, "text/csv").statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeIsARevisionAnnouncedOnThePageTheCatalogueAndTheFeed() {
        String code = "1.990010.000.00.00.H12";
        HttpResponse<String> created = importAs(
                BOARD,
                HEADER + row(code, "so-tu-phap", "50.000", "10", "\"28/2009/QH12 Luật Lý lịch tư pháp\""),
                "text/csv");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"created\":1", "\"changed\":0");

        String json =
                """
                [
                  {"code": "%s", "name": "Cấp giấy phép thử nghiệm %s", "field": "Thử nghiệm",
                   "agency": "so-tu-phap", "level": "PROVINCE", "onlineLevel": "PARTIAL",
                   "executingBody": "Trung tâm Phục vụ hành chính công tỉnh",
                   "conditions": "Tổ chức, cá nhân có nhu cầu",
                   "steps": ["Nộp hồ sơ", "Thẩm định", "Trả kết quả"],
                   "components": [{"name": "Đơn đề nghị", "originals": 1, "copies": 0, "required": true},
                                  {"name": "Bản sao giấy tờ", "originals": 0, "copies": 1, "required": false}],
                   "feeVnd": 30000, "processingDays": 7, "result": "Giấy phép",
                   "legalBasis": [{"numberSymbol": "28/2009/QH12", "title": "Luật Lý lịch tư pháp"}],
                   "note": "Giảm lệ phí và rút ngắn thời hạn."}
                ]"""
                        .formatted(code, code);
        HttpResponse<String> changed = importAs(BOARD, json, "application/json");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"created\":0", "\"changed\":1");
        // The same file again changes nothing, so it announces nothing.
        assertThat(importAs(BOARD, json, "application/json").body()).contains("\"changed\":0");

        String procedure = web.get("/api/v1/procedures/" + code).body();
        assertThat(procedure)
                .contains("\"feeVnd\":30000", "\"processingWorkingDays\":7", "\"number\":2", "\"number\":1")
                .contains("\"changed\":[\"FEE\",\"PROCESSING_DAYS\"]", "Giảm lệ phí và rút ngắn thời hạn.")
                .doesNotContain("\"number\":3");

        String page = web.get("/thu-tuc-hanh-chinh/" + code).body();
        assertThat(page)
                .contains("Lịch sử thay đổi", "phien-ban-2", "Phiên bản 2", "Phí, lệ phí, Thời hạn giải quyết.")
                .contains("Tổ chức, cá nhân có nhu cầu", "Trung tâm Phục vụ hành chính công tỉnh", "28/2009/QH12");

        assertThat(web.get("/thu-tuc-hanh-chinh/").body())
                .contains("Thủ tục mới công bố, sửa đổi", "Cấp giấy phép thử nghiệm " + code);
        HttpResponse<String> feed = web.get("/thu-tuc-hanh-chinh/thay-doi.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.body())
                .contains("/thu-tuc-hanh-chinh/" + code + "#phien-ban-2", "sửa đổi (phiên bản 2)")
                .contains("/thu-tuc-hanh-chinh/" + code + "#phien-ban-1");
        assertThat(web.get("/en/thu-tuc-hanh-chinh/thay-doi.atom").body()).contains("changed (revision 2)");
        assertThat(web.get("/api/v1/procedures/changes").body()).contains(code);
    }

    @Test
    void anAgencyEditsOnlyItsOwnProcedures() {
        HttpResponse<String> other =
                importAs(JUSTICE, HEADER + row("1.990020.000.00.00.H12", "so-y-te", "", "5", ""), "text/csv");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("line 2: agency", "Bạn chỉ được sửa thủ tục của cơ quan mình.");
        assertThat(web.get("/api/v1/procedures/1.990020.000.00.00.H12").statusCode())
                .isEqualTo(404);

        HttpResponse<String> own =
                importAs(JUSTICE, HEADER + row("1.990021.000.00.00.H12", "so-tu-phap", "", "5", ""), "text/csv");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void theDemoCatalogueHasAHistoryAndDownloadableForms() {
        String permit = web.get("/api/v1/procedures/1.009974.000.00.00.H12").body();
        assertThat(permit).contains("\"number\":2", "\"number\":1", "62/2020/QH14", "\"processingWorkingDays\":10");
        String birth = web.get("/api/v1/procedures/1.001193.000.00.00.H12").body();
        java.util.regex.Matcher form =
                java.util.regex.Pattern.compile("\"formUrl\":\"([^\"]+)\"").matcher(birth);
        assertThat(form.find()).as(birth).isTrue();
        HttpResponse<String> download = web.get(form.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains("TỜ KHAI THEO MẪU", "Đăng ký khai sinh");
        assertThat(web.get("/thu-tuc-hanh-chinh/1.001193.000.00.00.H12").body())
                .contains("Tải mẫu", "Căn cứ pháp lý", "60/2014/QH13");
    }

    @Test
    void theConsoleListsAnImportsProblemsByLine() {
        web.login(BOARD, DemoPasswords.of(BOARD));
        HttpResponse<String> page = web.get("/admin/thu-tuc/catalogue.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Danh mục thủ tục hành chính", "Nhập thủ tục từ tệp CSV hoặc JSON");
        byte[] bad =
                (HEADER + row("1.990030.000.00.00.H12", "so-tu-phap", "", "năm", "")).getBytes(StandardCharsets.UTF_8);
        String answer = web.upload(
                        "/admin/thu-tuc/catalogue.xhtml",
                        Map.of("import:importButton", ""),
                        "import:importFile_input",
                        "thu-tuc.csv",
                        bad)
                .body();
        assertThat(answer).contains("Không nhập thủ tục nào", "line 2: processingDays: Thời hạn giải quyết");

        WebClient anonymous = new WebClient(web.resolve("/"));
        assertThat(anonymous.get("/admin/thu-tuc/catalogue.xhtml").body()).doesNotContain("Nhập thủ tục từ tệp");
    }
}
