package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.deadline.boundary.DeadlineDashboard;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.deadline.entity.ObligationState;
import vn.egov.portal.eservice.control.DossierDeadlines;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAgencyAnswerer;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.JobRuns;
import vn.egov.portal.test.mail.TestMailServer;

/**
 * Issue 11's late dossiers in the deadline monitor, on the real stack: each dossier is an obligation
 * of its agency with the dossier's own due date; the job flags a late one, mails its agency head
 * once (GreenMail) and the agency's dashboard lists it; a letter of apology moves the date, a
 * supplement request pauses it and the supplement runs it again to the dossier's new due date; a
 * result fulfils it; a refusal or a withdrawal calls it off. Nothing about the applicant leaves.
 */
@ExtendWith(ArquillianExtension.class)
class DossierDeadlineIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final String OFFICIAL = "traloi-sotp";
    private static final String HEAD = "giamdoc.sotp@example.com";
    private static final String AGENCY_MAILBOX = "sotuphap@caobang.gov.vn";
    private static final String APPLICANT = "Trần Thị Ngọc";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClass(WebClient.class);
    }

    @BeforeAll
    static void startMailServer() {
        TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        TestMailServer.stop();
        System.clearProperty(ClientAddress.SETTING);
    }

    @Inject
    BatchOperations batch;

    @Inject
    Obligations obligations;

    @Inject
    DeadlineDashboard dashboard;

    @Inject
    CalendarService calendar;

    @Inject
    AsBatchOperator operator;

    @Inject
    JobRuns jobs;

    @Inject
    AsAgencyAnswerer answerer;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory persistence;

    @ArquillianResource
    URL base;

    WebClient web;
    String address;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
        System.setProperty(ClientAddress.SETTING, "127.0.0.1,::1");
        address = "203.0.113." + ADDRESSES.incrementAndGet();
    }

    @Test
    void aLateDossierIsEscalatedToItsAgencyHeadOnceListedOnTheDashboardAndAnApologyMovesItsDate() throws Exception {
        String code = submitted();
        long id = idOf(code);
        Obligation opened = obligationOf(id);
        assertThat(opened.getState()).isEqualTo(ObligationState.OPEN);
        assertThat(opened.getDueDate()).as("the dossier's own due date").isEqualTo(dueDateOf(code));
        assertThat(opened.getUnit().getCode()).isEqualTo("so-tu-phap");
        assertThat(opened.getSubjectTitle()).startsWith(code + " · ").doesNotContain(APPLICANT);
        assertThat(move(code, "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);

        LocalDate due = workingDaysAgo(4);
        pastDue(code, id, workingDaysAgo(14), due);
        ExecutionView first = runMonitor();
        ExecutionView second = runMonitor();

        assertThat(first.batchStatus()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(second.batchStatus()).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(first.steps())
                .filteredOn(step -> step.name().equals("escalate-dossiers"))
                .singleElement()
                .satisfies(step -> assertThat(step.exitStatus()).startsWith("DOSSIERS_ESCALATED "));
        assertThat(obligationOf(id).getStatus()).isEqualTo(DeadlineStatus.ESCALATED);
        List<Mail> head = mailsTo(HEAD, code);
        assertThat(head)
                .as("the agency head, once over two runs")
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo("Hồ sơ " + code + " đã quá hạn giải quyết | Dossier " + code + " is overdue");
                    assertThat(mail.body())
                            .contains(JUDICIAL_RECORD, "Sở Tư pháp", "thư xin lỗi", "letter of apology")
                            .contains(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                            .doesNotContain(APPLICANT, "001199012345", "@example.com");
                });
        assertThat(mailsTo(AGENCY_MAILBOX, code))
                .as("the agency's digest names the dossier, once")
                .hasSize(1)
                .allSatisfy(mail -> assertThat(mail.body()).doesNotContain(APPLICANT));

        List<DeadlineDashboard.Row> rows = answerer.call(() -> dashboard.boards()).stream()
                .filter(board -> board.unit().getCode().equals("so-tu-phap"))
                .flatMap(board -> board.rows().stream())
                .filter(row -> row.obligation().getSubjectTitle().startsWith(code))
                .toList();
        assertThat(rows).as("the agency's own dashboard").singleElement().satisfies(row -> {
            assertThat(row.colour()).isEqualTo("red");
            assertThat(row.statusKey()).isEqualTo("deadline.status.ESCALATED");
        });

        String draft = desk("GET", "/api/v1/eservice-desk/applications/" + code + "/apology", null)
                .body();
        LocalDate promised = LocalDate.parse(group("\"newDate\":\"([0-9-]{10})\"", draft));
        HttpResponse<String> apologised = desk(
                "POST",
                "/api/v1/eservice-desk/applications/" + code + "/apology",
                "{\"newDate\":\"" + promised + "\",\"text\":\"Sở Tư pháp xin lỗi vì hồ sơ " + code + " chậm hẹn.\"}");
        assertThat(apologised.statusCode()).as(apologised.body()).isEqualTo(200);
        assertThat(obligationOf(id).getDueDate())
                .as("held to the new appointment")
                .isEqualTo(promised);
        runMonitor();
        assertThat(obligationOf(id).getStatus())
                .as("on track again until the new date")
                .isIn(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON);
        assertThat(mailsTo(HEAD, code)).hasSize(1);
    }

    @Test
    void aSupplementRequestPausesTheObligationTheSupplementMovesItsDateAndTheResultFulfilsIt() throws Exception {
        String[] sent = submittedWithSecret();
        String code = sent[0];
        long id = idOf(code);
        LocalDate original = obligationOf(id).getDueDate();
        assertThat(move(code, "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "REQUEST_SUPPLEMENT", "Bản chụp căn cước bị mờ").statusCode())
                .isEqualTo(200);

        assertThat(obligationOf(id).getState())
                .as("not judged while the applicant is awaited")
                .isEqualTo(ObligationState.PAUSED);
        assertThat(answerer.call(() -> dashboard.boards()).stream()
                        .flatMap(board -> board.rows().stream())
                        .filter(row -> row.obligation().getSubjectTitle().startsWith(code))
                        .map(DeadlineDashboard.Row::statusKey)
                        .toList())
                .containsExactly("deadline.status.paused");

        // The applicant took their time: two working days were left when the clock stopped.
        try (Connection connection = database.getConnection();
                PreparedStatement left = connection.prepareStatement(
                        "update eservice_application set remaining_days = 2 where code = ?")) {
            left.setString(1, code);
            assertThat(left.executeUpdate()).isEqualTo(1);
        }
        persistence.getCache().evictAll();
        HttpResponse<String> supplemented = post(
                "/api/v1/applications/" + code + "/supplement",
                "{\"secret\":\"" + sent[1] + "\",\"files\":[" + file(1) + "]}");
        assertThat(supplemented.statusCode()).as(supplemented.body()).isEqualTo(200);

        Obligation resumed = obligationOf(id);
        assertThat(resumed.getState()).isEqualTo(ObligationState.OPEN);
        assertThat(resumed.getDueDate())
                .as("the dossier's new due date")
                .isEqualTo(dueDateOf(code))
                .isNotEqualTo(original);
        assertThat(calendar.workingDaysBetween(LocalDate.now(ZONE), resumed.getDueDate())
                        .workingDays())
                .isBetween(2, 3);

        assertThat(move(code, "MARK_RESULT_READY", "Mời nhận kết quả tại bộ phận một cửa")
                        .statusCode())
                .isEqualTo(200);
        assertThat(move(code, "COMPLETE", null).statusCode()).isEqualTo(200);
        Obligation done = obligationOf(id);
        assertThat(done.getState()).isEqualTo(ObligationState.FULFILLED);
        assertThat(done.getLateByWorkingDays()).isZero();
    }

    @Test
    void aRefusedOrWithdrawnDossierIsNoLongerDue() throws Exception {
        String refused = submitted();
        String[] withdrawn = submittedWithSecret();

        assertThat(move(refused, "REFUSE", "Hồ sơ không thuộc thẩm quyền của Sở")
                        .statusCode())
                .isEqualTo(200);
        assertThat(move(withdrawn[0], "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(post(
                                "/api/v1/applications/" + withdrawn[0] + "/withdrawal",
                                "{\"secret\":\"" + withdrawn[1] + "\",\"reason\":\"Đã nộp trực tiếp\"}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(obligationOf(idOf(refused)).getState()).isEqualTo(ObligationState.CANCELLED);
        assertThat(obligationOf(idOf(withdrawn[0])).getState()).isEqualTo(ObligationState.CANCELLED);
    }

    private String submitted() {
        return submittedWithSecret()[0];
    }

    /** A dossier for the judicial record certificate of the Department of Justice: its code and secret. */
    private String[] submittedWithSecret() {
        String json =
                """
                {"procedure":"%s","particulars":{"kind":"INDIVIDUAL","name":"%s","nationality":"Việt Nam",\
                "occupation":"Giáo viên","idNumber":"001199012345","address":"Số 12 phố Kim Đồng","phone":"0912345678",\
                "email":"%s"},"declaration":true,"consent":true,\
                "consentVersion":"2026-1","files":[%s,%s],%s}"""
                        .formatted(
                                JUDICIAL_RECORD,
                                APPLICANT,
                                "ngoc.deadline." + System.nanoTime() + "@example.com",
                                file(1),
                                file(2),
                                challenge());
        HttpResponse<String> sent = post("/api/v1/applications", json);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return new String[] {
            group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body()),
            group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body())
        };
    }

    private Obligation obligationOf(long dossierId) {
        List<Obligation> found = obligations.listFor(DossierDeadlines.KIND, dossierId);
        assertThat(found).as("one obligation per dossier").hasSize(1);
        return found.get(0);
    }

    private long idOf(String code) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select id from eservice_application where code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private LocalDate dueDateOf(String code) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select due_date from eservice_application where code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, LocalDate.class);
            }
        }
    }

    /** As if the dossier had come in on {@code submitted} and were due on {@code due}, as the other ITs do. */
    private void pastDue(String code, long id, LocalDate submitted, LocalDate due) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement dossier =
                        connection.prepareStatement("update eservice_application set due_date = ? where code = ?");
                PreparedStatement obligation = connection.prepareStatement(
                        "update obligation set duedate = ?, triggerdate = ? where kind = ? and subjectid = ?")) {
            dossier.setObject(1, due);
            dossier.setString(2, code);
            assertThat(dossier.executeUpdate()).isEqualTo(1);
            obligation.setObject(1, due);
            obligation.setObject(2, submitted);
            obligation.setString(3, DossierDeadlines.KIND);
            obligation.setLong(4, id);
            assertThat(obligation.executeUpdate()).isEqualTo(1);
        }
        // The shared cache still holds the rows as they were; the portal would not see the SQL otherwise.
        persistence.getCache().evictAll();
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate candidate = today;
        while (!calendar.calendar().isWorkingDay(candidate)
                || calendar.workingDaysBetween(candidate, today).workingDays() < days) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    private ExecutionView runMonitor() throws Exception {
        return jobs.run("deadline-monitor", Map.of());
    }

    private static String file(int component) {
        return "{\"component\":" + component + ",\"fileName\":\"thanh-phan-" + component + ".pdf\",\"content\":\"" + PDF
                + "\"}";
    }

    private String challenge() {
        String challenge = group(
                "\"challenge\":\"([^\"]+)\"",
                web.get("/api/v1/applications/form").body());
        return "\"challenge\":\"" + challenge + "\",\"nonce\":\"" + ProofOfWork.solve(challenge) + "\"";
    }

    private HttpResponse<String> move(String code, String move, String comment) {
        return desk(
                "POST",
                "/api/v1/eservice-desk/applications/" + code + "/moves",
                "{\"move\":\"" + move + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private HttpResponse<String> desk(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .header("Authorization", WebClient.basic(OFFICIAL, DemoPasswords.of(OFFICIAL)))
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json");
        return web.send(request.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> post(String path, String json) {
        return web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "vi")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private record Mail(String subject, String body) {}

    /** The mails in the address's GreenMail box whose subject or body names {@code text}. */
    private static List<Mail> mailsTo(String address, String text) throws Exception {
        Properties properties = new Properties();
        int port = Integer.parseInt(System.getProperty("portal.it.imap.port"));
        Store store = Session.getInstance(properties).getStore("imap");
        try {
            store.connect("127.0.0.1", port, address, address);
        } catch (AuthenticationFailedException noMailYet) {
            // GreenMail opens a mailbox when its first mail arrives.
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> found = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                Mail mail = new Mail(message.getSubject(), message.getContent().toString());
                if (mail.subject().contains(text) || mail.body().contains(text)) {
                    found.add(mail);
                }
            }
            inbox.close(false);
            return found;
        } finally {
            store.close();
        }
    }
}
