package vn.egov.portal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
import vn.egov.portal.mail.entity.MailStatus;
import vn.egov.portal.mail.entity.OutboundMail;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.JobRuns;
import vn.egov.portal.test.mail.Mailbox;
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

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Inject
    AsEditorInChief editor;

    @Inject
    AsBatchOperator operator;

    @Inject
    JobRuns jobs;

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
                .containsExactly("assess", "notify", "escalate", "escalate-dossiers", "deliver");
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
        assertThat(failed.exitStatus()).startsWith("MAILS_UNDELIVERED ");
        assertThat(ExitStatus.describe(failed.exitStatus(), VIETNAMESE))
                .startsWith("Máy chủ thư không nhận ")
                .endsWith("chạy lại khi máy chủ thư hoạt động");

        long restartedId = operator.call(() -> batch.restart(failed.id(), Map.of()));
        ExecutionView restarted = jobs.awaitEnd(restartedId);

        assertThat(restarted.batchStatus()).isEqualTo("COMPLETED");
        assertThat(mailsTo("sokhcn@caobang.gov.vn", "902/2025/QĐ-UBND")).hasSize(1);
    }

    /** Issue 9.6: a fresh install has no mail server; the monitor succeeds and its mails wait in the outbox. */
    @Test
    void withoutAMailServerTheMonitorSucceedsAndItsMailsWaitInTheOutboxUntilOneIsConfigured() throws Exception {
        register("907/2025/QĐ-UBND", "xa-dam-thuy", workingDaysAgo(5));
        String host = System.getProperty("portal.mail.host");
        ExecutionView run;
        List<OutboundMail> waiting;
        try {
            System.clearProperty("portal.mail.host");
            run = runMonitor(Map.of("mailAttempts", "1"));
            waiting = operator.call(() -> outbox.listLatest(500)).stream()
                    .filter(mail -> mail.isPending() && mail.getDedupKey().startsWith("deadline-digest:"))
                    .toList();
        } finally {
            System.setProperty("portal.mail.host", host);
        }

        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.exitStatus()).startsWith("MAILS_WAITING ");
        assertThat(ExitStatus.describe(run.exitStatus(), VIETNAMESE))
                .contains("thư đang chờ trong hộp thư đi vì chưa cấu hình máy chủ thư");
        assertThat(run.steps().get(4).exitStatus()).isEqualTo(run.exitStatus());
        assertThat(waiting)
                .as("queued, never attempted against a server nobody configured")
                .isNotEmpty()
                .allSatisfy(mail -> assertThat(mail.getAttempts()).isZero());
        assertThat(mailsTo("xadamthuy@caobang.gov.vn", "907/2025/QĐ-UBND")).isEmpty();

        outbox.deliverDue(500);
        assertThat(mailsTo("xadamthuy@caobang.gov.vn", "907/2025/QĐ-UBND"))
                .as("sent once a server is configured")
                .hasSize(1);
    }

    /** Issue 9.7: the batch API names each property once, and says the outcome in the caller's language. */
    @Test
    void theBatchApiNamesEachPropertyOnceAndExplainsTheOutcome() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String vanhanh = password("vanhanh");
        long id = runMonitor(Map.of("runDate", LocalDate.now(config.zone()).toString()))
                .id();

        JsonObject execution = json(web.get("api/v1/batch/executions/" + id, "vanhanh", vanhanh)
                        .body())
                .asJsonObject();
        assertThat(execution.keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "instanceId",
                        "jobName",
                        "batchStatus",
                        "exitStatus",
                        "outcome",
                        "created",
                        "started",
                        "ended",
                        "durationMillis",
                        "running",
                        "restartable",
                        "parameters",
                        "steps");
        assertThat(execution.getJsonArray("steps").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "name",
                        "batchStatus",
                        "exitStatus",
                        "read",
                        "written",
                        "filtered",
                        "skipped",
                        "commits",
                        "rollbacks",
                        "durationMillis");
        assertThat(execution.getString("outcome")).startsWith("Đã gửi");

        HttpResponse<String> english = web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs"))
                .header("Authorization", WebClient.basic("vanhanh", vanhanh))
                .header("Accept-Language", "en")
                .build());
        List<JsonObject> jobs = json(english.body()).asJsonArray().getValuesAs(JsonObject.class);
        JsonObject job = jobs.get(0);
        // Each job says its own schedule, in the caller's language; one run only when started.
        assertThat(jobs)
                .extracting(each -> each.getString("name") + ": " + each.getString("schedule"))
                .contains(
                        "deadline-monitor: Daily at 06:30",
                        "search-reindex: Runs only when started",
                        "monthly-report: First working day of each month at 07:00, for the month before");
        assertThat(job.keySet())
                .containsExactlyInAnyOrder("name", "description", "schedule", "nextRun", "parameters", "lastExecution");
        assertThat(job.getString("description")).startsWith("Daily update-deadline monitor");
        assertThat(job.getJsonArray("parameters").getValuesAs(JsonObject.class))
                .extracting(parameter -> parameter.getString("name"))
                .containsExactlyInAnyOrder("runDate", "chunkSize", "skipLimit", "mailAttempts");
        assertThat(job.getJsonObject("lastExecution").getString("outcome"))
                .matches("(No mail to send|\\d+ mails? sent)");
    }

    /**
     * Issue 17.5: what the outbox holds about people (addresses, a title with an ID number, a phone
     * number in the text) is sealed at rest; the retention clears sent and never-sent mail alike.
     */
    @Test
    void theOutboxIsSealedAtRestAndTheRetentionClearsSentAndUnsentMailAlike() throws Exception {
        String sentKey = "retention-test:sent:" + System.nanoTime();
        String waitingKey = "retention-test:waiting:" + System.nanoTime();
        String subject = "Câu hỏi về CCCD 004196012345";
        String body = "Trả lời ông Lâm Văn Quý, điện thoại 0915 246 810";
        outbox.enqueue(sentKey, List.of("nguoihoi@example.vn"), subject, body);
        outbox.deliverDue(500);
        String host = System.getProperty("portal.mail.host");
        try {
            // No server: the dispatcher's timer cannot send the waiting mail while the test looks at it.
            System.clearProperty("portal.mail.host");
            outbox.enqueue(waitingKey, List.of("nguoihoi@example.vn"), subject, body);

            for (String key : List.of(sentKey, waitingKey)) {
                assertThat(storedColumns(key)).as("stored sealed, not in clear").allSatisfy(column -> assertThat(column)
                        .startsWith("v1:")
                        .doesNotContain("example.vn", "004196012345", "0915", "Lâm"));
            }
            assertThat(outbox.findByKey(waitingKey).orElseThrow().getRecipients())
                    .as("read back in clear by the portal")
                    .isEqualTo("nguoihoi@example.vn");

            int cleared = purgeAll(Instant.now().plusSeconds(60));

            assertThat(cleared).isGreaterThanOrEqualTo(2);
            OutboundMail sent = outbox.findByKey(sentKey).orElseThrow();
            assertThat(List.of(sent.getRecipients(), sent.getSubject(), sent.getBody()))
                    .containsOnly(OutboundMail.CLEARED);
            assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(sent.getSentAt()).as("what went out when stays visible").isNotNull();
            OutboundMail waiting = outbox.findByKey(waitingKey).orElseThrow();
            assertThat(List.of(waiting.getRecipients(), waiting.getSubject(), waiting.getBody()))
                    .as("a mail never sent is cleared too")
                    .containsOnly(OutboundMail.CLEARED);
            assertThat(waiting.getStatus()).isEqualTo(MailStatus.EXPIRED);
            assertThat(outbox.listDue(1000)).doesNotContain(waiting.getId());
            assertThat(outbox.enqueue(sentKey, List.of("nguoihoi@example.vn"), "Đã gửi", "lần nữa"))
                    .as("the key still stops a second sending")
                    .isFalse();
        } finally {
            System.setProperty("portal.mail.host", host);
            outbox.forget("retention-test:");
        }
    }

    /** Issue 17.5: a mail an earlier version stored in clear is sealed at the next start, and still reads. */
    @Test
    void aMailStoredInClearByAnEarlierVersionIsSealedAndStillReads() throws Exception {
        String key = "legacy-test:" + System.nanoTime();
        try (Connection connection = database.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into OUTBOUND_MAIL (ID, VERSION, DEDUPKEY,"
                                + " RECIPIENTS, SUBJECT, BODY, STATUS, ATTEMPTS, NEXTATTEMPTAT, CREATEDAT)"
                                + " values (?, 0, ?, ?, ?, ?, 'SENT', 1, ?, ?)")) {
            java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now());
            insert.setLong(1, 2_000_000_000L + System.nanoTime() % 1_000_000_000L);
            insert.setString(2, key);
            insert.setString(3, "nguoihoi.cu@example.vn");
            insert.setString(4, "Thư cũ");
            insert.setString(5, "Nội dung cũ, điện thoại 0915 246 810");
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }

        assertThat(outbox.sealClearRows()).isGreaterThanOrEqualTo(1);

        try {
            assertThat(storedColumns(key))
                    .allSatisfy(column -> assertThat(column).startsWith("v1:").doesNotContain("example.vn", "0915"));
            assertThat(outbox.findByKey(key).orElseThrow().getRecipients()).isEqualTo("nguoihoi.cu@example.vn");
            assertThat(outbox.sealClearRows()).as("nothing left in clear").isZero();
        } finally {
            outbox.forget("legacy-test:");
        }
    }

    private int purgeAll(Instant before) {
        int cleared = 0;
        for (int batch = outbox.purgeBefore(before, 100); batch > 0; batch = outbox.purgeBefore(before, 100)) {
            cleared += batch;
        }
        return cleared;
    }

    /** The outbox row's addresses, subject and text as the database holds them. */
    private List<String> storedColumns(String key) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select RECIPIENTS, SUBJECT, BODY from OUTBOUND_MAIL where DEDUPKEY = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("row of %s", key).isTrue();
                return List.of(row.getString(1), row.getString(2), row.getString(3));
            }
        }
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
        HttpResponse<String> missing = web.get("api/v1/legal-documents/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        // The caller reads the portal's sentence in their language, never the boundary's log text.
        assertThat(missing.body()).contains("Không có tài nguyên này.").doesNotContain("not found");
        assertThat(web.get("api/v1/legal-documents?numberSymbol=14/2010/TT-BTTTT")
                        .body())
                .contains("\"totalItems\":1");

        assertThat(web.get("api/v1/batch/jobs").statusCode()).isEqualTo(401);
        assertThat(web.get("api/v1/batch/jobs", "bientap", password("bientap")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> listed = web.get("api/v1/batch/jobs", "vanhanh", password("vanhanh"));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("deadline-monitor");
        HttpResponse<String> started =
                web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs/deadline-monitor/executions"))
                        .header("Authorization", WebClient.basic("vanhanh", password("vanhanh")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\":{\"chunkSize\":\"50\"}}"))
                        .build());
        assertThat(started.statusCode()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        jobs.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
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
        String page = "admin/van-ban/files.xhtml?id=" + document.getId();
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

        String refused = web.submit(
                        "admin/cong-bao/issues.xhtml", gazetteForm("7", "14/2010/TT-BTTTT\n906/2025/QĐ-UBND"))
                .body();
        assertThat(refused).contains("Không tìm thấy văn bản đã đăng có số, ký hiệu: 906/2025/QĐ-UBND");
        assertThatThrownBy(() -> editor.call(
                        () -> legal.createGazetteIssue(8, LocalDate.of(2025, 3, 15), List.of(unpublished.getId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("contents", "error.legal.gazette.unpublished"));

        String created = web.submit(
                        "admin/cong-bao/issues.xhtml", gazetteForm("7", "14/2010/TT-BTTTT\n01/2014/QĐ-UBND"))
                .body();
        assertThat(created).contains("Đã tạo số Công báo.");
        String gazette = web.get("cong-bao/").body();
        String issue = gazette.substring(gazette.indexOf("Số 7, ngày 15/03/2025"));
        assertThat(issue.indexOf("/van-ban/2010/14/tt-btttt"))
                .isNotNegative()
                .isLessThan(issue.indexOf("/van-ban/2014/1/qd-ubnd"));
        assertThat(web.submit("admin/cong-bao/issues.xhtml", gazetteForm("7", "01/2014/QĐ-UBND"))
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
            assertThat(steps).containsOnlyKeys("assess", "notify", "escalate", "escalate-dossiers", "deliver");
            assertThat(steps.values())
                    .allSatisfy(step -> assertThat(step.get(0)).isEqualTo("Hoàn thành"));
            assertThat(Long.parseLong(steps.get("assess").get(2)))
                    .as("obligations read")
                    .isPositive();

            // Issue 9.7: the steps table is legible, durations read as time, outcomes and parameters as words.
            assertThat(console.illegibleStepCells(execution)).isEmpty();
            assertThat(console.duration(execution)).matches("\\d+(,\\d)? giây|\\d+ phút \\d{2} giây");
            assertThat(steps.get("assess").get(6)).matches("\\d+(,\\d)? giây");
            assertThat(console.parameters(execution)).isEqualTo("chunkSize = 1");
            assertThat(console.outcome(execution)).matches("Không có thư nào cần gửi|Đã gửi \\d+ thư");
            assertThat(console.jobs()).contains("runDate: ngày đánh giá (YYYY-MM-DD); mặc định hôm nay");

            String defaults = console.start(0, "");
            console.awaitStatus(defaults, "Hoàn thành", Duration.ofSeconds(90));
            assertThat(console.parameters(defaults)).isEqualTo("Mặc định (không có tham số)");
        }
    }

    /** Issue 9.10: the status readers see follows the dates, on the page, in the API and in the filter alike. */
    @Test
    void aDocumentIsNotYetInForceBeforeItsEffectiveDateAndExpiredFromItsExpiryDate() throws Exception {
        LocalDate today = LocalDate.now(config.zone());
        LegalDocument coming = publish(draft("911/2025/QĐ-UBND", today.minusDays(2), today.plusMonths(1), null));
        LegalDocument lapsed =
                publish(draft("912/2025/QĐ-UBND", today.minusYears(1), today.minusYears(1), today.minusDays(1)));
        LegalDocument running = publish(draft("913/2025/QĐ-UBND", today.minusDays(5), today.minusDays(5), null));
        WebClient web = new WebClient(base.toURI());

        assertThat(statusOf(web, coming)).isEqualTo("NOT_YET_IN_FORCE");
        assertThat(statusOf(web, lapsed)).isEqualTo("EXPIRED");
        assertThat(statusOf(web, running)).isEqualTo("IN_FORCE");
        assertThat(web.get("van-ban/" + coming.getEliPath()).body()).contains("Chưa có hiệu lực");
        assertThat(web.get("en/van-ban/" + lapsed.getEliPath()).body()).contains(">Expired<");
        assertThat(numbersWithStatus(web, "NOT_YET_IN_FORCE"))
                .contains("911/2025/QĐ-UBND")
                .doesNotContain("912/2025/QĐ-UBND", "913/2025/QĐ-UBND");
        assertThat(numbersWithStatus(web, "EXPIRED"))
                .contains("912/2025/QĐ-UBND", "97/2008/NĐ-CP")
                .doesNotContain("911/2025/QĐ-UBND", "913/2025/QĐ-UBND");
        assertThat(numbersWithStatus(web, "IN_FORCE"))
                .contains("913/2025/QĐ-UBND")
                .doesNotContain("911/2025/QĐ-UBND", "912/2025/QĐ-UBND");
    }

    /** Issue 9.10: fields on the public page (names with commas kept whole), a number alone, relation kinds by name. */
    @Test
    void theRegisterShowsFieldsFindsANumberAloneAndNamesBothEndsOfARelation() throws Exception {
        LocalDate today = LocalDate.now(config.zone());
        LegalDocument filed = editor.call(() -> legal.register(new DocumentDraft(
                "914/2025/QĐ-UBND",
                "quyet-dinh",
                null,
                "Bộ Thông tin và Truyền thông",
                "so-tu-phap",
                null,
                null,
                today,
                today,
                null,
                null,
                "Quyết định thử nghiệm lĩnh vực",
                List.of("Thông tin, truyền thông", "Internet"))));
        editor.call(() -> legal.publish(filed.getId()));
        WebClient web = new WebClient(base.toURI());

        String page = web.get("van-ban/" + filed.getEliPath()).body();
        Matcher fields = Pattern.compile("<dd id=\"legal-fields\">(.*?)</dd>", Pattern.DOTALL)
                .matcher(page);
        assertThat(fields.find()).isTrue();
        assertThat(fields.group(1).replaceAll("<[^>]+>", "")).isEqualTo("Thông tin, truyền thông; Internet");
        assertThat(fields.group(1)).contains("href=\"/van-ban/?linh-vuc=Th%C3%B4ng+tin%2C+truy%E1%BB%81n+th%C3%B4ng\"");
        assertThat(web.get("van-ban/?linh-vuc=Th%C3%B4ng+tin%2C+truy%E1%BB%81n+th%C3%B4ng")
                        .body())
                .contains("914/2025/QĐ-UBND")
                .doesNotContain("14/2010/TT-BTTTT");

        assertThat(web.get("van-ban/?so=14").body())
                .contains("14/2010/TT-BTTTT")
                .doesNotContain("Số, ký hiệu cần có dạng");
        assertThat(web.get("api/v1/legal-documents?numberSymbol=914").body())
                .contains("\"totalItems\":1", "914/2025/QĐ-UBND");
        assertThat(web.get("api/v1/legal-documents?numberSymbol=914/2025").body())
                .contains("\"totalItems\":1");

        assertThat(web.get("api/v1/legal-documents/by-number?numberSymbol=97%2F2008%2FN%C4%90-CP")
                        .body())
                .containsPattern("\\{\"id\":\\d+,\"kind\":\"GUIDED_BY\",\"numberSymbol\":\"14/2010/TT-BTTTT\"}")
                .doesNotContain("inverse");
    }

    /** Issue 9.10 in Chromium: an editor registers a document with its status, expiry and fields, then relates it. */
    @Test
    @RunAsClient
    void anEditorRegistersADocumentWithStatusExpiryAndFieldsAndRelatesItAtOnce() throws Exception {
        String password = password(Path.of(System.getProperty("portal.it.data")), "bientap");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (LegalConsoleBrowser console = LegalConsoleBrowser.logIn(base, "bientap", password)) {
            console.type("numberSymbol", "915/2025/QĐ-UBND")
                    .type("externalIssuer", "Bộ Thông tin và Truyền thông")
                    .type("excerpt", "Quyết định thử nghiệm nhập trên trình duyệt")
                    .save();
            assertThat(console.messageFor("issueDate"))
                    .as("the error speaks of the picker's own format")
                    .contains("ngày/tháng/năm")
                    .doesNotContain("YYYY-MM-DD");

            assertThat(console.options("register", "status"))
                    .containsExactly("Còn hiệu lực", "Hết hiệu lực một phần", "Hết hiệu lực", "Bị thay thế");
            console.choose("type", "quyet-dinh")
                    .date("issueDate", today.format(typed))
                    .date("effectiveDate", today.plusMonths(1).format(typed))
                    .date("expiryDate", today.plusYears(5).format(typed))
                    .fields("Thông tin, truyền thông", "Internet");
            assertThat(console.fieldTags()).containsExactly("Thông tin, truyền thông", "Internet");
            console.save();
            assertThat(console.shown(".ui-messages-info, .ui-growl-item"))
                    .as("one message per action, not a banner and a pop-up")
                    .hasSize(1);

            assertThat(console.listed("915/2025/QĐ-UBND")).contains("Chưa có hiệu lực");
            assertThat(console.options("relate", "source"))
                    .as("offered for a relation without reloading the page")
                    .contains("915/2025/QĐ-UBND");

            console.publish("915/2025/QĐ-UBND");
            assertThat(console.publicFact("van-ban/2025/915/qd-ubnd", "legal-fields"))
                    .isEqualTo("Thông tin, truyền thông; Internet");
            assertThat(console.publicFact("van-ban/2025/915/qd-ubnd", "legal-status"))
                    .isEqualTo("Chưa có hiệu lực");
        }
    }

    private DocumentDraft draft(String number, LocalDate issued, LocalDate effective, LocalDate expiry) {
        return new DocumentDraft(
                number,
                "quyet-dinh",
                null,
                "Bộ Tư pháp",
                "so-tu-phap",
                null,
                null,
                issued,
                effective,
                expiry,
                null,
                "Quyết định thử nghiệm hiệu lực " + number,
                List.of("Thử nghiệm"));
    }

    private LegalDocument publish(DocumentDraft draft) throws Exception {
        return editor.call(() -> legal.publish(legal.register(draft).getId()));
    }

    private static String statusOf(WebClient web, LegalDocument document) {
        return json(web.get("api/v1/legal-documents/" + document.getId()).body())
                .asJsonObject()
                .getString("status");
    }

    private static List<String> numbersWithStatus(WebClient web, String status) {
        return json(web.get("api/v1/legal-documents?size=100&status=" + status).body())
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getString("numberSymbol"))
                .toList();
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
        return jobs.awaitEnd(operator.call(() -> batch.start("deadline-monitor", parameters)));
    }

    private static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    /** The bodies of the mails in a mailbox of the test server that mention the text. */
    private static List<String> mailsTo(String address, String text) throws Exception {
        return Mailbox.of(address).stream()
                .map(Mailbox.Mail::body)
                .filter(body -> body.contains(text))
                .toList();
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
