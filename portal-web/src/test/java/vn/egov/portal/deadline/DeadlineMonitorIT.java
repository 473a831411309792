package vn.egov.portal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.boundary.OverrideRequest;
import vn.egov.portal.deadline.boundary.DeadlineDashboard;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.mail.entity.OutboundMail;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.PortalConfig;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.mail.TestMailServer;

/**
 * Issue 3 end to end on the real stack: PPC documents start their 2-working-day clock, the
 * deadline-monitor job raises alerts and mails units and the board through a real SMTP server
 * (GreenMail), runs twice without sending twice, fails when the mail server is away and restarts
 * without duplicates; publishing late shows red; calendar changes move running deadlines; and the
 * API answers with the right codes and roles.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineMonitorIT {

    /** The upload form's submit button, posted as a browser posts a non-Ajax form. */
    private static final Map<String, String> ATTACH = Map.of("upload:attach", "");

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
    }

    @Inject
    BatchOperations batch;

    @Inject
    Outbox outbox;

    @Inject
    LegalDocumentEditing legal;

    @Inject
    DeadlineDashboard dashboard;

    @Inject
    Obligations obligations;

    @Inject
    CalendarService calendar;

    @Inject
    PortalConfig config;

    @Inject
    AsEditorInChief editor;

    @Inject
    AsBatchOperator operator;

    @Inject
    AsAdministrator admin;

    @ArquillianResource
    URL base;

    @Test
    void theMonitorMailsUnitAndBoardOnceEvenWhenRunTwice() throws Exception {
        LegalDocument late = register("901/2025/QĐ-UBND", "so-tu-phap", workingDaysAgo(8));

        ExecutionView first = runMonitor(Map.of());
        ExecutionView second = runMonitor(Map.of());

        assertThat(first.batchStatus()).isEqualTo("COMPLETED");
        assertThat(second.batchStatus()).isEqualTo("COMPLETED");
        assertThat(first.steps())
                .extracting(ExecutionView.StepView::name)
                .containsExactly("assess", "notify", "escalate", "deliver");
        assertThat(first.steps().get(0).read()).isGreaterThanOrEqualTo(1);
        assertThat(mailsTo("sotuphap@caobang.gov.vn", "901/2025/QĐ-UBND")).hasSize(1);
        assertThat(mailsTo("banbientap@caobang.gov.vn", "901/2025/QĐ-UBND")).hasSize(1);
        assertThat(obligationOf(late).getStatus().name()).isEqualTo("ESCALATED");
    }

    @Test
    void aRunThatCannotMailFailsWithTheReasonAndARestartSendsEachMailOnce() throws Exception {
        register("902/2025/QĐ-UBND", "so-khoa-hoc-cong-nghe", workingDaysAgo(5));
        String port = System.getProperty("portal.mail.port");
        ExecutionView failed;
        try {
            System.setProperty("portal.mail.port", "1");
            failed = runMonitor(Map.of("mailAttempts", "1"));
        } finally {
            System.setProperty("portal.mail.port", port);
        }

        assertThat(failed.batchStatus()).isEqualTo("FAILED");
        assertThat(failed.exitStatus()).contains("not accepted by the mail server");

        long restartedId = operator.call(() -> batch.restart(failed.id(), Map.of()));
        ExecutionView restarted = awaitEnd(restartedId);

        assertThat(restarted.batchStatus()).isEqualTo("COMPLETED");
        assertThat(mailsTo("sokhcn@caobang.gov.vn", "902/2025/QĐ-UBND")).hasSize(1);
    }

    @Test
    void aSentMailLosesItsAddressAndTextAfterTheRetentionButIsNeverSentAgain() throws Exception {
        String sentKey = "retention-test:sent:" + System.nanoTime();
        String waitingKey = "retention-test:waiting:" + System.nanoTime();
        outbox.enqueue(sentKey, List.of("nguoihoi@example.vn"), "Đã gửi", "Nội dung có địa chỉ người hỏi");
        outbox.deliverDue(500);
        outbox.enqueue(waitingKey, List.of("nguoihoi@example.vn"), "Chưa gửi", "Nội dung chờ gửi");

        int cleared = outbox.clearSentBefore(Instant.now().plusSeconds(60));

        assertThat(cleared).isGreaterThanOrEqualTo(1);
        OutboundMail sent = outbox.findByKey(sentKey).orElseThrow();
        assertThat(sent.getRecipients()).isEqualTo(OutboundMail.CLEARED);
        assertThat(sent.getBody()).isEqualTo(OutboundMail.CLEARED);
        assertThat(sent.getSubject()).as("what went out stays visible").isEqualTo("Đã gửi");
        assertThat(sent.getSentAt()).isNotNull();
        OutboundMail waiting = outbox.findByKey(waitingKey).orElseThrow();
        assertThat(waiting.getRecipients())
                .as("a mail not yet sent keeps its address")
                .isEqualTo("nguoihoi@example.vn");
        assertThat(outbox.enqueue(sentKey, List.of("nguoihoi@example.vn"), "Đã gửi", "lần nữa"))
                .as("the key still stops a second sending")
                .isFalse();
        outbox.forget("retention-test:");
    }

    @Test
    void publishingAPpcDocumentThreeWorkingDaysAfterIssueShowsLate() throws Exception {
        LegalDocument document = register("903/2025/QĐ-UBND", "so-tu-phap", workingDaysAgo(3));

        editor.call(() -> legal.publish(document.getId()));

        Obligation obligation = obligationOf(document);
        assertThat(obligation.isFulfilledLate()).isTrue();
        assertThat(obligation.getLateByWorkingDays()).isEqualTo(1);
        DeadlineDashboard.Row row = editor.call(() -> dashboard.boards()).stream()
                .flatMap(board -> board.rows().stream())
                .filter(candidate -> candidate.obligation().getId().equals(obligation.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(row.colour()).isEqualTo("red");
        assertThat(row.statusKey()).isEqualTo("deadline.status.fulfilledLate");
    }

    @Test
    void anAddedDayOffMovesRunningDeadlinesAndIsRecordedWithItsReason() throws Exception {
        LocalDate issued =
                calendar.calendar().nextWorkingDay(LocalDate.now(config.zone()).plusDays(30));
        LegalDocument document = register("904/2025/QĐ-UBND", "so-tu-phap", issued);
        LocalDate before = obligationOf(document).getDueDate();
        LocalDate dayOff = calendar.calendar().nextWorkingDay(issued);

        admin.call(() ->
                calendar.saveOverride(new OverrideRequest(dayOff, true, "QĐ thử nghiệm 1/2025", "Nghỉ bù thử nghiệm")));

        Obligation moved = obligationOf(document);
        assertThat(moved.getDueDate()).isEqualTo(calendar.calendar().nextWorkingDay(before));
        assertThat(moved.getRescheduleNote()).contains("QĐ thử nghiệm 1/2025", "Nghỉ bù thử nghiệm");
        assertThat(calendar.isWorkingDay(dayOff)).isFalse();
    }

    @Test
    void onlyOperatorsRunJobsAndBadParametersAreRefused() throws Exception {
        assertThatThrownBy(() -> editor.call(() -> batch.listJobs())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> operator.call(() -> batch.start("deadline-monitor", Map.of("runDate", "02/05/2025"))))
                .hasMessageContaining("Invalid input");
    }

    @Test
    void theApiAnswersWithCodesAndRoles() throws Exception {
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> due = web.get("api/v1/calendar/add-working-days?from=2025-04-28&days=2");
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains("\"date\":\"2025-05-02\"", "30/04/2025");
        assertThat(web.get("api/v1/calendar/add-working-days?from=28/04/2025&days=2")
                        .body())
                .contains("\"field\":\"from\"", "YYYY-MM-DD");
        assertThat(web.get("api/v1/calendar/add-working-days?from=2025-04-28&days=-1")
                        .statusCode())
                .isEqualTo(400);
        assertThat(web.get("api/v1/calendar/add-working-days?from=2025-04-28&days=99999")
                        .body())
                .contains("\"field\":\"days\"");
        assertThat(web.get("api/v1/calendar/working-days-between?from=2025-05-05&to=2025-04-28")
                        .body())
                .contains("\"field\":\"to\"");
        assertThat(web.get("api/v1/calendar/working-days-between?from=2025-04-28&to=2025-05-05")
                        .body())
                .contains("\"workingDays\":3");
        assertThat(web.get("api/v1/calendar/holidays?year=2024").body()).contains("2024-02-13", "COMPENSATORY_DAY_OFF");

        assertThat(web.get("api/v1/legal-documents?q=cong%20thong%20tin%20cao%20bang")
                        .body())
                .contains("01/2014/QĐ-UBND");
        HttpResponse<String> byNumber = web.get("api/v1/legal-documents/by-number?numberSymbol=01%2F2014%2FQD-UBND");
        assertThat(byNumber.statusCode()).isEqualTo(200);
        assertThat(byNumber.body()).contains("Đàm Văn Eng", "/van-ban/2014/1/qd-ubnd");
        assertThat(web.get("api/v1/legal-documents/by-number?numberSymbol=14%2F2010%2FTT-BTTTT")
                        .body())
                .containsPattern("\\{\"id\":\\d+,\"kind\":\"GUIDES\",\"numberSymbol\":\"97/2008/NĐ-CP\"}")
                .doesNotContain("GUIDES.inverse");
        assertThat(web.get("api/v1/legal-documents/by-number?numberSymbol=01-2014")
                        .body())
                .contains("\"field\":\"numberSymbol\"");
        assertThat(web.get("api/v1/legal-documents/999999").statusCode()).isEqualTo(404);
        assertThat(web.get("api/v1/legal-documents?numberSymbol=14/2010/TT-BTTTT")
                        .body())
                .contains("\"total\":1");

        assertThat(web.get("api/v1/batch/jobs").statusCode()).isEqualTo(401);
        assertThat(web.get("api/v1/batch/jobs", "bientap", password("bientap")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> jobs = web.get("api/v1/batch/jobs", "vanhanh", password("vanhanh"));
        assertThat(jobs.statusCode()).isEqualTo(200);
        assertThat(jobs.body()).contains("deadline-monitor");
        HttpResponse<String> started =
                web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs/deadline-monitor/executions"))
                        .header("Authorization", WebClient.basic("vanhanh", password("vanhanh")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\":{\"chunkSize\":\"50\"}}"))
                        .build());
        assertThat(started.statusCode()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(web.get(URI.create(location).getPath(), "vanhanh", password("vanhanh"))
                        .body())
                .contains("\"name\":\"assess\"", "\"read\"");
    }

    @Test
    void anEditorAttachesASignedFileInTheConsoleAndAFileThatIsNotADocumentIsRefusedByItsContent() throws Exception {
        LegalDocument document = register("905/2025/QĐ-UBND", "so-tu-phap", workingDaysAgo(1));
        editor.call(() -> legal.publish(document.getId()));
        WebClient web = new WebClient(base.toURI());
        web.login("bientap", password("bientap"));
        String page = "admin/legal-files.xhtml?id=" + document.getId();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        String refused = web.upload(page, ATTACH, "upload:file_input", "quyet-dinh.pdf", png)
                .body();
        assertThat(refused)
                .contains("Chỉ nhận tệp PDF, DOC, ODT và văn bản thuần (UTF-8), xác định theo nội dung tệp.")
                .doesNotContain("Đã đính kèm tệp.");
        assertThat(editor.call(() -> legal.get(document.getId()).getFiles().size()))
                .isZero();

        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String accepted = web.upload(page, ATTACH, "upload:file_input", "quyet-dinh-905.pdf", pdf)
                .body();
        assertThat(accepted).contains("Đã đính kèm tệp.", "quyet-dinh-905.pdf", "application/pdf");
        Matcher link = Pattern.compile("href=\"(/van-ban/tep/\\d+)\"")
                .matcher(web.get("van-ban/" + document.getEliPath()).body());
        assertThat(link.find()).as("the public page links the file").isTrue();
        HttpResponse<String> served = web.get(link.group(1));
        assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(served.body()).startsWith("%PDF-1.4");
    }

    @Test
    void anEditorComposesAGazetteIssueWhoseContentsLinkThePublishedDocumentsInOrder() throws Exception {
        LegalDocument unpublished = register("906/2025/QĐ-UBND", "so-tu-phap", workingDaysAgo(1));
        WebClient web = new WebClient(base.toURI());
        web.login("bientap", password("bientap"));

        String refused = web.submit("admin/gazette.xhtml", gazetteForm("7", "14/2010/TT-BTTTT\n906/2025/QĐ-UBND"))
                .body();
        assertThat(refused).contains("Không tìm thấy văn bản đã đăng có số, ký hiệu: 906/2025/QĐ-UBND");
        assertThatThrownBy(() -> editor.call(
                        () -> legal.createGazetteIssue(8, LocalDate.of(2025, 3, 15), List.of(unpublished.getId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("contents", "error.legal.gazette.unpublished"));

        String created = web.submit("admin/gazette.xhtml", gazetteForm("7", "14/2010/TT-BTTTT\n01/2014/QĐ-UBND"))
                .body();
        assertThat(created).contains("Đã tạo số Công báo.");
        String gazette = web.get("cong-bao/").body();
        String issue = gazette.substring(gazette.indexOf("Số 7, ngày 15/03/2025"));
        assertThat(issue.indexOf("/van-ban/2010/14/tt-btttt"))
                .isNotNegative()
                .isLessThan(issue.indexOf("/van-ban/2014/1/qd-ubnd"));
        assertThat(web.submit("admin/gazette.xhtml", gazetteForm("7", "01/2014/QĐ-UBND"))
                        .body())
                .contains("Số Công báo này đã dùng trong năm.");
    }

    private static Map<String, String> gazetteForm(String number, String contents) {
        return Map.of(
                "gazette:issueNumber",
                number,
                "gazette:issueDate_input",
                "15/03/2025",
                "gazette:contents",
                contents,
                "gazette:compose",
                "");
    }

    /** In Chromium, on the client side: the console page lives in BatchConsoleBrowser (not deployed). */
    @Test
    @RunAsClient
    void theOperatorStartsTheMonitorInTheConsoleWatchesItRunAndSeesItsStepMetrics() throws Exception {
        String password = password(Path.of(System.getProperty("portal.it.data")), "vanhanh");
        try (BatchConsoleBrowser console = BatchConsoleBrowser.logIn(base, "vanhanh", password)) {
            assertThat(console.jobs()).contains("deadline-monitor");

            // One obligation per chunk: the run lasts long enough to be watched.
            String execution = console.start(0, "chunkSize=1");
            assertThat(console.status(execution)).isIn("Đang khởi động", "Đang chạy");
            assertThat(console.showsProgress(execution)).isTrue();

            // No reload: the page polls until the run has ended.
            console.awaitStatus(execution, "Hoàn thành", Duration.ofSeconds(90));
            assertThat(console.showsProgress(execution)).isFalse();
            Map<String, List<String>> steps = console.steps(execution);
            assertThat(steps)
                    .containsOnlyKeys(
                            "assess (COMPLETED)", "notify (COMPLETED)", "escalate (COMPLETED)", "deliver (COMPLETED)");
            assertThat(Long.parseLong(steps.get("assess (COMPLETED)").get(0)))
                    .as("obligations read")
                    .isPositive();
        }
    }

    @Test
    void publicPagesShowTheCalendarDocumentsAndGazette() throws Exception {
        WebClient web = new WebClient(base.toURI());

        assertThat(web.get("lich/?nam=2025").body()).contains("Giỗ Tổ Hùng Vương", "07/04/2025");
        assertThat(web.get("lich/?nam=2025&tu=2025-04-28&so-ngay=2").body()).contains("02/05/2025");
        String decision = web.get("van-ban/2014/1/qd-ubnd").body();
        assertThat(decision).contains("01/2014/QĐ-UBND", "Đàm Văn Eng");
        assertThat(relationsOn(web, "van-ban/2010/14/tt-btttt")).startsWith("Hướng dẫn: 97/2008/NĐ-CP");
        assertThat(relationsOn(web, "van-ban/2008/97/nd-cp")).startsWith("Được hướng dẫn bởi: 14/2010/TT-BTTTT");
        assertThat(relationsOn(web, "en/van-ban/2011/43/nd-cp")).startsWith("Replaced by: 42/2022/NĐ-CP");
        assertThat(relationsOn(web, "en/van-ban/2022/42/nd-cp")).startsWith("Replaces: 43/2011/NĐ-CP");
        assertThat(web.get("van-ban/?q=bao%20ve%20thong%20tin%20ca%20nhan").body())
                .contains("25/2010/TT-BTTTT");
        assertThat(web.get("cong-bao/").body()).contains("01/2014/QĐ-UBND");
    }

    @Test
    void theHomePageListsTheLatestDocumentsAndAPublicationRefreshesTheCachedRegister() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String home = web.get("").body();
        assertThat(home).contains("Văn bản mới ban hành", "href=\"/van-ban/2022/42/nd-cp\"", "href=\"/van-ban/\"");
        assertThat(web.get("van-ban/").body()).doesNotContain("77/2026/QĐ-UBND");
        assertThat(web.get("van-ban/").headers().firstValue("X-Portal-Cache"))
                .as("served from the cache")
                .contains("HIT");

        LegalDocument fresh = register("77/2026/QĐ-UBND", "van-phong-ubnd-tinh", LocalDate.now(config.zone()));
        editor.call(() -> legal.publish(fresh.getId()));

        assertThat(web.get("van-ban/").body())
                .as("the cached register was retired")
                .contains("77/2026/QĐ-UBND");
        assertThat(web.get("").body()).contains("77/2026/QĐ-UBND");
    }

    /**
     * The one line of a document page's relation list, tags stripped ("Hướng dẫn: 97/2008/NĐ-CP –
     * ..."); fails when the page has no relation or more than one.
     */
    private static String relationsOn(WebClient web, String path) throws Exception {
        Matcher list = Pattern.compile("<ul id=\"relation-list\">(.*?)</ul>", Pattern.DOTALL)
                .matcher(web.get(path).body());
        assertThat(list.find()).as("%s has a relation list", path).isTrue();
        List<String> lines = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL)
                .matcher(list.group(1))
                .results()
                .map(item -> item.group(1).replaceAll("<[^>]+>", "").strip())
                .toList();
        assertThat(lines).as("relations on %s", path).hasSize(1);
        return lines.get(0);
    }

    private LegalDocument register(String number, String provider, LocalDate issued) throws Exception {
        return editor.call(() -> legal.register(new DocumentDraft(
                number,
                "quyet-dinh",
                "ubnd-tinh",
                null,
                provider,
                null,
                null,
                issued,
                null,
                null,
                null,
                "Quyết định thử nghiệm " + number,
                List.of("Thử nghiệm"))));
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate today = LocalDate.now(config.zone());
        LocalDate candidate = today;
        while (!calendar.calendar().isWorkingDay(candidate)
                || calendar.workingDaysBetween(candidate, today).workingDays() < days) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    private Obligation obligationOf(LegalDocument document) {
        return obligations
                .listFor(LegalDocumentEditing.OBLIGATION_KIND, document.getId())
                .get(0);
    }

    private ExecutionView runMonitor(Map<String, String> parameters) throws Exception {
        return awaitEnd(operator.call(() -> batch.start("deadline-monitor", parameters)));
    }

    private ExecutionView awaitEnd(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        ExecutionView view = operator.call(() -> batch.getExecution(id));
        while (view.isRunning() || "STARTING".equals(view.batchStatus())) {
            assertThat(System.nanoTime())
                    .as("execution %s ends within 90 s", id)
                    .isLessThan(deadline);
            Thread.sleep(300);
            view = operator.call(() -> batch.getExecution(id));
        }
        return view;
    }

    /** The mails in a mailbox of the test server whose body mentions the text. */
    private static List<String> mailsTo(String address, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", System.getProperty("portal.it.imap.port"));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", Integer.parseInt(System.getProperty("portal.it.imap.port")), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> found = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                String body = message.getContent().toString();
                if (body.contains(text)) {
                    found.add(body);
                }
            }
            inbox.close(false);
            return found;
        } finally {
            store.close();
        }
    }

    private String password(String username) throws Exception {
        return password(config.dataDirectory(), username);
    }

    /** A demo official's password from the demo-accounts file of the test data folder. */
    private static String password(Path dataDirectory, String username) throws Exception {
        return Files.readAllLines(dataDirectory.resolve("demo-accounts.txt")).stream()
                .map(line -> line.split("\t"))
                .filter(fields -> fields[0].equals(username))
                .map(fields -> fields[1])
                .findFirst()
                .orElseThrow();
    }
}
