package vn.egov.portal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.privacy.boundary.SealingKeyGuard;
import vn.egov.portal.privacy.control.KeyFingerprint;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;

/**
 * Issue 17.8 on the real stack: the online copy of the embedded database that backup.sh collects,
 * and a portal whose personal-data key is not the one that sealed its data, which must say so on
 * /health and answer 503, instead of UP and a 500 on every sealed read. (The scripts themselves,
 * under load, are proven by server-config/smoke/backup-restore-test.sh.)
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClass(WebClient.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    PortalConfig config;

    @Inject
    SealingKeyGuard guard;

    @Inject
    AsAdministrator admin;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /**
     * The test containers run an in-memory database, which has no files to copy: the operator is told
     * so (409), never a 500. backup-restore-test.sh backs up the quick start's file database for real.
     */
    @Test
    void onlyOperatorsAskForACopyAndAnInMemoryDatabaseIsExplainedNotAnError() throws Exception {
        WebClient web = new WebClient(base.toURI());
        assertThat(post(web, null, null).statusCode()).as("anonymous").isIn(401, 403);
        assertThat(post(web, "bientap", password("bientap")).statusCode())
                .as("an editor")
                .isEqualTo(403);

        HttpResponse<String> refused = post(web, "vanhanh", password("vanhanh"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("bộ nhớ");
        assertThat(Files.exists(config.dataDirectory().resolve("backups").resolve("db.zip")))
                .isFalse();
    }

    @Test
    void aKeyThatDidNotSealTheDataTakesThePortalOutOfServiceInsteadOfFailingEachRead() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String code = single("select TRACKINGCODE from QA_QUESTION where PARENT_ID is null order by ID");
        String recorded = single("select FINGERPRINT from SEALING_KEY");
        assertThat(web.get("api/v1/questions/status/" + code).statusCode()).isEqualTo(200);
        assertThat(web.get("health").statusCode()).isEqualTo(200);
        try {
            update("update SEALING_KEY set FINGERPRINT = ?", "k1:a-key-from-another-installation");
            assertThat(admin.call(() -> guard.verify())).isEqualTo(KeyFingerprint.Verdict.MISMATCH);

            HttpResponse<String> health = web.get("health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"personal-data key\"", "\"DOWN\"", "not the one that sealed");
            HttpResponse<String> lookup = web.get("api/v1/questions/status/" + code);
            assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(503);
            assertThat(lookup.headers().firstValue("Content-Type")).contains("application/problem+json");
            HttpResponse<String> page =
                    web.submit("hoi-dap/tra-cuu.xhtml", Map.of("track:code", code, "track:lookup", "x"));
            assertThat(page.statusCode())
                    .as("a Faces page that opens sealed data")
                    .isEqualTo(503);
            assertThat(page.body())
                    .contains("Tạm thời chưa phục vụ được", "class=\"site-header\"")
                    .doesNotContain("Exception", "SealedData", "not the one that sealed");
        } finally {
            update("update SEALING_KEY set FINGERPRINT = ?", recorded);
            admin.call(() -> guard.verify());
        }
        assertThat(web.get("health").statusCode()).as("the right key back").isEqualTo(200);
        assertThat(web.get("api/v1/questions/status/" + code).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> post(WebClient web, String username, String password) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(web.resolve("api/v1/backups")).POST(HttpRequest.BodyPublishers.noBody());
        if (username != null) {
            request.header("Authorization", WebClient.basic(username, password));
        }
        return web.send(request.build());
    }

    private String password(String username) throws Exception {
        return Files.readAllLines(config.dataDirectory().resolve("demo-accounts.txt")).stream()
                .map(line -> line.split("\t"))
                .filter(fields -> fields[0].equals(username))
                .map(fields -> fields[1])
                .findFirst()
                .orElseThrow();
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    private void update(String sql, String value) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
