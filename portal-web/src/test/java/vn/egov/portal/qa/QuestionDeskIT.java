package vn.egov.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.boundary.OverrideRequest;
import vn.egov.portal.deadline.boundary.DeadlineRules;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.deadline.boundary.RuleChange;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.deadline.entity.ObligationState;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.guard.entity.SpentChallenge;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.AskerRecord;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.CitationDraft;
import vn.egov.portal.qa.boundary.DelegationRegister;
import vn.egov.portal.qa.boundary.DelegationRequest;
import vn.egov.portal.qa.boundary.PartRequest;
import vn.egov.portal.qa.boundary.PiiReview;
import vn.egov.portal.qa.boundary.PublicationRequest;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;
import vn.egov.portal.qa.boundary.PublishedSearch;
import vn.egov.portal.qa.boundary.QaDashboard;
import vn.egov.portal.qa.boundary.QuestionAnswering;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.QuestionPublication;
import vn.egov.portal.qa.boundary.QuestionStatus;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.EventKind;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionEvent;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.security.boundary.NewAccount;
import vn.egov.portal.security.boundary.UserAdministration;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsAgencyAnswerer;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.JobRuns;
import vn.egov.portal.test.mail.Mailbox;
import vn.egov.portal.test.mail.TestMailServer;

/**
 * Questions and answers through the real EJB, JPA and security stack: the whole path from a
 * citizen's submission to a published answer, and every turn on the way (refusal, transfer, split,
 * progress notice, erasure), with the personal data sealed, logged when viewed and never public.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionDeskIT {

    /** Where the tests' own tracking-code look-ups come from (a documentation address, RFC 5737). */
    private static final String LOOKUP_ADDRESS = "203.0.113.7";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClass(QuestionForms.class);
    }

    @Inject
    QuestionIntake intake;

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionAnswering answering;

    @Inject
    QuestionPublication publication;

    @Inject
    PublishedAnswers published;

    @Inject
    AskerRecords askers;

    @Inject
    vn.egov.portal.media.boundary.FileStore files;

    @Inject
    DelegationRegister register;

    @Inject
    UserAdministration users;

    @Inject
    SiteDirectory directory;

    @Inject
    DeadlineRules rules;

    @Inject
    QaDashboard dashboard;

    @Inject
    AuditTrail audit;

    @Inject
    AsSecretary board;

    @Inject
    AsAgencyAnswerer answerer;

    @Inject
    AsAdministrator admin;

    @Inject
    AsEditorInChief chief;

    @Inject
    AsBatchOperator operator;

    @Inject
    JobRuns jobs;

    @Inject
    Outbox outbox;

    @Inject
    Obligations obligations;

    @Inject
    CalendarService calendar;

    @Inject
    BatchOperations batch;

    @Inject
    vn.egov.portal.platform.config.boundary.PortalConfig config;

    @BeforeAll
    static void startMailServer() {
        TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        TestMailServer.stop();
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void aQuestionGoesFromSubmissionToPublicationWithoutItsAskersData() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(
                email(),
                "Cấp bản sao trích lục khai sinh",
                "Tôi là Phan Thị Ngọc Ánh, gọi 0915 246 810. Xin hỏi cấp bản sao trích lục khai sinh ở đâu?",
                "tu-phap-ho-tich"));
        assertThat(receipt.trackingCode()).matches("HD-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(intake.status(receipt.trackingCode().toLowerCase(), LOOKUP_ADDRESS)
                        .state())
                .isEqualTo(QuestionState.RECEIVED);

        board.call(() -> desk.classify(receipt.id(), "tu-phap-ho-tich"));
        Question routed = board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        assertThat(routed.getAgency().getCode()).isEqualTo("so-tu-phap");

        answerer.call(() -> answering.answer(receipt.id(), answer()));
        assertThat(intake.status(receipt.trackingCode(), LOOKUP_ADDRESS).state())
                .isEqualTo(QuestionState.ANSWERED);

        PiiReview draft = board.call(() -> publication.draft(receipt.id()));
        assertThat(draft.body()).doesNotContain("0915", "Phan Thị Ngọc Ánh").contains("[…]");
        assertThat(draft.isClean()).isTrue();
        board.call(() -> publication.publish(
                receipt.id(), new PublicationRequest(draft.title(), draft.body(), draft.answer(), false)));

        QuestionStatus status = intake.status(receipt.trackingCode(), LOOKUP_ADDRESS);
        assertThat(status.state()).isEqualTo(QuestionState.PUBLISHED);
        assertThat(status.publishedId()).isEqualTo(receipt.id());
        PublishedQa shown = published.get(receipt.id());
        assertThat(shown.answer()).contains("Ủy ban nhân dân cấp xã");
        assertThat(shown.citations()).singleElement().satisfies(citation -> {
            assertThat(citation.getNumberSymbol()).isEqualTo("60/2014/QH13");
            assertThat(citation.getIssuingBody()).isEqualTo("Quốc hội");
            assertThat(citation.getIssuedOn()).isEqualTo(LocalDate.of(2014, 11, 20));
        });
        assertThat(String.join(" ", shown.title(), shown.body(), shown.answer()))
                .doesNotContain("Phan Thị Ngọc Ánh", "0915 246 810", "004196012345", "Xuân Trường");
        assertThat(published
                        .search(new PublishedSearch(
                                "tu-phap-ho-tich",
                                "so-tu-phap",
                                "trich luc",
                                vn.egov.portal.platform.paging.boundary.PageRequest.first(10)))
                        .items())
                .extracting(PublishedQa::id)
                .contains(receipt.id());
    }

    @Test
    void theAskersParticularsAreSealedInTheDatabase() throws Exception {
        Receipt receipt =
                submit(QuestionForms.individual(email(), "Niêm phong", "Dữ liệu có được mã hóa không?", "y-te"));

        Object[] row = (Object[]) em.createNativeQuery(
                        "select asker_name, asker_id_number, asker_phone, asker_email, title from qa_question where id = ?")
                .setParameter(1, receipt.id())
                .getSingleResult();

        for (Object column : row) {
            assertThat((String) column).startsWith("v1:").doesNotContain("Phan", "0041", "0915", "@", "Niêm");
        }
    }

    @Test
    void everyMissingParticularAndAFailedChallengeAreNamedAtOnce() {
        Particulars particulars = new Particulars();
        particulars.setKind(vn.egov.portal.privacy.entity.PersonKind.ORGANISATION);
        particulars.setEmail("khong-phai-email");
        QuestionForm empty = new QuestionForm(particulars, "", null, "khong-co", false, null, null);

        assertThatThrownBy(() -> intake.submit(empty, new Proof(intake.challenge(), "1"), "198.51.100.1"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys(
                                "particulars.name",
                                "particulars.position",
                                "particulars.organisation",
                                "particulars.address",
                                "particulars.phone",
                                "title",
                                "body",
                                "field",
                                "consent",
                                "challenge")
                        .containsEntry("particulars.email", "particulars.error.email"));
    }

    @Test
    void trackingCodeLookUpsAndErasureRequestsAreLimitedPerAddress() {
        String prober = "198.51.100.77";
        for (int i = 0; i < 60; i++) {
            String guess = "HD-%04d-ZZZZ".formatted(i);
            assertThatThrownBy(() -> intake.status(guess, prober)).isInstanceOf(NotFoundException.class);
        }

        assertThatThrownBy(() -> intake.status("HD-9999-ZZZZ", prober))
                .isInstanceOfSatisfying(RateLimitedException.class, limited -> assertThat(limited.messageKey())
                        .isEqualTo("qa.error.rateLimited.lookup"));
        assertThatThrownBy(() -> intake.requestErasure("HD-9999-ZZZZ", prober))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> intake.status("HD-9999-ZZZZ", "198.51.100.78"))
                .as("another address is not held up")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChallengeIsSpentOnceAndAnAddressIsLimited() {
        String challenge = intake.challenge();
        Proof proof = new Proof(challenge, ProofOfWork.solve(challenge));
        intake.submit(QuestionForms.individual(email(), "Một lần", "Câu hỏi thứ nhất?", "y-te"), proof, "198.51.100.2");

        assertThatThrownBy(() -> intake.submit(
                        QuestionForms.individual(email(), "Hai lần", "Câu hỏi thứ hai?", "y-te"),
                        proof,
                        "198.51.100.2"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("challenge", "guard.error.challengeUsed"));
        assertThat(em.find(SpentChallenge.class, ProofOfWork.idOf(challenge)))
                .as("spent in the database, where a restart does not forget it")
                .isNotNull();
        for (int i = 2; i <= 10; i++) {
            submitFrom("198.51.100.2", QuestionForms.individual(email(), "Lần " + i, "Câu hỏi?", "y-te"));
        }
        assertThatThrownBy(() ->
                        submitFrom("198.51.100.2", QuestionForms.individual(email(), "Quá nhiều", "Câu hỏi?", "y-te")))
                .isInstanceOf(RateLimitedException.class);
        submitFrom("198.51.100.3", QuestionForms.individual(email(), "Địa chỉ khác", "Câu hỏi?", "y-te"));

        String refused = intake.challenge();
        Proof refusedProof = new Proof(refused, ProofOfWork.solve(refused));
        assertThatThrownBy(() -> intake.submit(
                        QuestionForms.individual(email(), "Bị giới hạn", "Câu hỏi?", "y-te"),
                        refusedProof,
                        "198.51.100.2"))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> intake.submit(
                        QuestionForms.individual(email(), "Dùng lại", "Câu hỏi?", "y-te"),
                        refusedProof,
                        "198.51.100.4"))
                .as("a challenge stays spent when the submission it admitted is refused")
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("challenge", "guard.error.challengeUsed"));
    }

    @Test
    void aComplaintIsFlaggedAndRefusedWithItsReason() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(
                email(), "Tố cáo cán bộ", "Tôi muốn tố cáo cán bộ xã nhận tiền của dân.", "linh-vuc-khac"));
        Question received = board.call(() -> desk.get(receipt.id()));
        assertThat(received.isFlagged()).isTrue();
        assertThat(received.getFlagTerms()).contains("tố cáo");

        board.call(() -> desk.refuse(receipt.id(), RefusalReason.COMPLAINT_OR_DENUNCIATION, "Theo Luật Tố cáo."));

        QuestionStatus status = intake.status(receipt.trackingCode(), LOOKUP_ADDRESS);
        assertThat(status.state()).isEqualTo(QuestionState.REFUSED);
        assertThat(status.refusalReason()).isEqualTo(RefusalReason.COMPLAINT_OR_DENUNCIATION);
        assertThatThrownBy(() -> board.call(() -> desk.route(receipt.id(), "so-tu-phap")))
                .isInstanceOf(vn.egov.portal.platform.error.boundary.ConflictException.class);
    }

    @Test
    void aTransferKeepsItsHistoryAndASplitRoutesEachPart() throws Exception {
        Receipt moved =
                submit(QuestionForms.organisation(email(), "Giấy chứng sinh", "Cấp lại giấy chứng sinh?", "y-te"));
        board.call(() -> desk.route(moved.id(), "so-tu-phap"));
        Question transferred = board.call(() -> desk.transfer(moved.id(), "so-y-te", "Thuộc ngành y tế."));

        assertThat(transferred.getAgency().getCode()).isEqualTo("so-y-te");
        QuestionEvent transfer = transferred.getEvents().stream()
                .filter(event -> event.getKind() == EventKind.TRANSFERRED)
                .findFirst()
                .orElseThrow();
        assertThat(transfer.getFromAgency().getCode()).isEqualTo("so-tu-phap");
        assertThat(transfer.getAgency().getCode()).isEqualTo("so-y-te");
        assertThat(transferred.getDeadline().getClockStart()).isAfter(transferred.getReceivedAt());

        Receipt whole = submit(QuestionForms.organisation(
                email(), "Homestay và quảng cáo", "Đăng ký kinh doanh và biển quảng cáo?", "dau-tu-kinh-doanh"));
        List<Question> parts = board.call(() -> desk.split(
                whole.id(),
                List.of(
                        new PartRequest("Đăng ký kinh doanh", "Đăng ký thế nào?", "dau-tu-kinh-doanh", "so-tai-chinh"),
                        new PartRequest(
                                "Biển quảng cáo",
                                "Có phải xin phép?",
                                "van-hoa-du-lich",
                                "so-van-hoa-the-thao-du-lich"))));

        assertThat(parts)
                .extracting(Question::getTrackingCode)
                .containsExactly(whole.trackingCode() + "-1", whole.trackingCode() + "-2");
        QuestionStatus status = intake.status(whole.trackingCode(), LOOKUP_ADDRESS);
        assertThat(status.state()).isEqualTo(QuestionState.SPLIT);
        assertThat(status.parts())
                .extracting(QuestionStatus::state)
                .containsExactly(QuestionState.ROUTED, QuestionState.ROUTED);
        assertThat(status.parts().get(1).agency().getVi()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void aProgressNoticeRecordsTheNewAnswerDate() throws Exception {
        Receipt receipt =
                submit(QuestionForms.individual(email(), "Khai tử", "Đăng ký lại khai tử?", "tu-phap-ho-tich"));
        board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        LocalDate promised = LocalDate.now().plusDays(25);

        answerer.call(() -> answering.promise(receipt.id(), promised, "Cần xác minh hồ sơ lưu trữ."));

        assertThat(intake.status(receipt.trackingCode(), LOOKUP_ADDRESS).promisedDate())
                .isEqualTo(promised);
        assertThatThrownBy(() -> answerer.call(() -> answering.promise(receipt.id(), LocalDate.now(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("date"));
    }

    @Test
    void anAnswererSeesOnlyTheirOwnAgencysDelegationRegister() throws Exception {
        String other = "traloi-soyt-" + UUID.randomUUID().toString().substring(0, 6);
        long health = directory.findOrgUnit("so-y-te").orElseThrow().getId();
        admin.call(() -> users.createAccount(new NewAccount(other, "Lương Thị Hạnh", null, "Ủy quyền trả lời 2026")));
        admin.call(() -> users.grant(other, Role.AGENCY_ANSWERER, null, health));
        board.call(() -> register.record(new DelegationRequest(
                "so-y-te", other, DelegationKind.DELEGATE, "Giấy ủy quyền số 3/GUQ-SYT", LocalDate.now(), null)));

        assertThat(board.call(() -> register.list()))
                .extracting(entry -> entry.getAgency().getCode())
                .contains("so-tu-phap", "so-y-te");
        assertThat(answerer.call(() -> register.list()))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getAgency().getCode()).isEqualTo("so-tu-phap"));
    }

    @Test
    void onlyTheAgencysHeadOrADelegateOnRecordAnswers() throws Exception {
        Receipt elsewhere = submit(QuestionForms.individual(email(), "Y tế", "Bảo hiểm y tế?", "y-te"));
        board.call(() -> desk.route(elsewhere.id(), "so-y-te"));
        assertThatThrownBy(() -> answerer.call(() -> answering.answer(elsewhere.id(), answer())))
                .isInstanceOf(AccessDeniedException.class);

        Receipt ours = submit(QuestionForms.individual(email(), "Hộ tịch", "Trích lục?", "tu-phap-ho-tich"));
        board.call(() -> desk.route(ours.id(), "so-tu-phap"));
        AnswerDelegation delegation = board.call(() -> register.list().stream()
                .filter(entry -> entry.getAccount().getUsername().equals("traloi-sotp") && entry.getRevokedAt() == null)
                .findFirst()
                .orElseThrow());
        board.call(() -> register.revoke(delegation.getId()));
        try {
            assertThatThrownBy(() -> answerer.call(() -> answering.answer(ours.id(), answer())))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            board.call(() -> register.record(new DelegationRequest(
                    "so-tu-phap",
                    "traloi-sotp",
                    DelegationKind.DELEGATE,
                    "Giấy ủy quyền số 16/GUQ-STP",
                    LocalDate.now().minusDays(1),
                    null)));
        }
        assertThat(answerer.call(() -> answering.answer(ours.id(), answer()))
                        .getAnswer()
                        .getAuthority())
                .contains("16/GUQ-STP");
    }

    @Test
    void erasureWipesTheAskerButKeepsThePublishedRecord() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(
                email(), "Xóa dữ liệu", "Tôi là Phan Thị Ngọc Ánh, hỏi về chứng thực.", "tu-phap-ho-tich"));
        board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        answerer.call(() -> answering.answer(receipt.id(), answer()));
        PiiReview draft = board.call(() -> publication.draft(receipt.id()));
        board.call(() -> publication.publish(
                receipt.id(), new PublicationRequest(draft.title(), draft.body(), draft.answer(), false)));

        assertThat(outbox.findByKey("qa:" + receipt.id() + ":" + receipt.id() + ":received"))
                .isPresent();
        intake.requestErasure(receipt.trackingCode(), LOOKUP_ADDRESS);
        assertThat(board.call(() -> desk.listErasureRequests()))
                .extracting(Question::getId)
                .contains(receipt.id());

        board.call(
                () -> askers.erase(receipt.id(), new ErasureRequest(ErasureRequester.ASKER, "Thư đề nghị ngày 01/12")));

        assertThat(board.call(() -> desk.listErasureRequests()))
                .extracting(Question::getId)
                .doesNotContain(receipt.id());
        assertThat(outbox.findByKey("qa:" + receipt.id() + ":" + receipt.id() + ":received"))
                .as("the mails to the asker are taken back")
                .isEmpty();

        AskerRecord erased = board.call(() -> askers.reveal(receipt.id()));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.particulars().getName()).isNull();
        assertThat(erased.particulars().getEmail()).isNull();
        assertThat(erased.particulars().getIdNumber()).isNull();
        Question question = board.call(() -> desk.get(receipt.id()));
        assertThat(question.getBody()).doesNotContain("Phan Thị Ngọc Ánh");
        assertThat(question.getEvents()).extracting(QuestionEvent::getKind).contains(EventKind.ERASED);
        assertThat(published.get(receipt.id()).answer()).contains("Ủy ban nhân dân cấp xã");
    }

    @Test
    void viewingTheAskerIsForTheBoardOrTheAgencyAndIsLogged() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(email(), "Xem dữ liệu", "Ai được xem?", "y-te"));
        board.call(() -> desk.route(receipt.id(), "so-y-te"));

        AskerRecord shown = board.call(() -> askers.reveal(receipt.id()));
        assertThat(shown.particulars().getIdNumber()).isEqualTo("004196012345");
        assertThatThrownBy(() -> answerer.call(() -> askers.reveal(receipt.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admin.call(() -> audit.listByAction("qa.asker.view", 50))).anySatisfy(event -> {
            assertThat(event.getActor()).isEqualTo("thuky");
            assertThat(event.getTarget()).isEqualTo("question " + receipt.id());
            assertThat(event.getDetail()).isNull();
        });
    }

    @Test
    void publishingIsRefusedWhileTheAskerIsStillNamed() throws Exception {
        Receipt receipt =
                submit(QuestionForms.individual(email(), "Công khai", "Chứng thực chữ ký ở đâu?", "tu-phap-ho-tich"));
        board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        answerer.call(() -> answering.answer(receipt.id(), answer()));

        PublicationRequest naming = new PublicationRequest(
                "Chứng thực", "Chị Phan Thị Ngọc Ánh hỏi: chứng thực ở đâu?", "Tại UBND cấp xã.", true);
        PublicationRequest phone = new PublicationRequest(
                "Chứng thực", "Gọi 0987 654 321 hỏi chứng thực ở đâu?", "Tại UBND cấp xã.", false);

        assertThatThrownBy(() -> board.call(() -> publication.publish(receipt.id(), naming)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("body", "qa.error.publication.asker"));
        assertThatThrownBy(() -> board.call(() -> publication.publish(receipt.id(), phone)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("body", "qa.error.publication.personal"));
        assertThat(published.find(receipt.id())).isEmpty();
    }

    @Test
    void theDemoHasPublishedAnswersAndQuestionsInEveryState() throws Exception {
        List<Question> all = board.call(() -> desk.listQueue(EnumSet.allOf(QuestionState.class)));

        assertThat(all).extracting(Question::getState).contains(QuestionState.values());
        assertThat(published.latest(10)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(answerer.call(() -> dashboard.loads()))
                .anySatisfy(load -> assertThat(load.agencyCode()).isEqualTo("so-tu-phap"));
    }

    @Test
    void theAskerIsMailedTheReceiptTheRefusalWithWhereToTurnAndTheAnswer() throws Exception {
        String refusedAsker = email();
        Receipt refused = submit(QuestionForms.individual(
                refusedAsker, "Tố cáo cán bộ thuế", "Tôi tố cáo cán bộ thuế sách nhiễu.", "linh-vuc-khac"));
        board.call(() -> desk.refuse(refused.id(), RefusalReason.COMPLAINT_OR_DENUNCIATION, "Theo Luật Tố cáo."));
        String answeredAsker = email();
        Receipt answered = submit(QuestionForms.individual(
                answeredAsker,
                "Trích lục khai sinh",
                "Tôi là Phan Thị Ngọc Ánh, xin hỏi về trích lục.",
                "tu-phap-ho-tich"));
        board.call(() -> desk.route(answered.id(), "so-tu-phap"));
        answerer.call(() -> answering.answer(answered.id(), answer()));

        outbox.deliverDue(200);

        assertThat(mailsTo(refusedAsker))
                .anySatisfy(mail -> assertThat(mail).contains("Mã tra cứu: " + refused.trackingCode(), "Hạn trả lời: "))
                .anySatisfy(mail -> assertThat(mail)
                        .contains("Câu hỏi " + refused.trackingCode() + " không được tiếp nhận")
                        .contains("Nội dung khiếu nại, tố cáo", "Ban Tiếp công dân"));
        assertThat(mailsTo(answeredAsker)).anySatisfy(mail -> assertThat(mail)
                .contains("Sở Tư pháp trả lời câu hỏi " + answered.trackingCode())
                .contains("60/2014/QH13", "chỉ có ý nghĩa tham khảo"));
        assertThat(mailsTo(answeredAsker))
                .allSatisfy(mail -> assertThat(mail).doesNotContain("Phan Thị Ngọc Ánh", "0041"));
    }

    @Test
    void dueDatesCountWorkingDaysAndFollowTransfersNoticesAndTheCalendar() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(email(), "Hạn trả lời", "Bao giờ có trả lời?", "y-te"));
        assertThat(receipt.dueDate())
                .isEqualTo(calendar.addWorkingDays(receipt.receivedAt(), 15).date());
        assertThat(calendar.isWorkingDay(receipt.dueDate())).isTrue();
        QuestionStatus waiting = intake.status(receipt.trackingCode(), LOOKUP_ADDRESS);
        assertThat(waiting.dueDate())
                .as("the look-up straight after the receipt says the receipt's date")
                .isEqualTo(receipt.dueDate());
        assertThat(waiting.dueExpected()).isTrue();

        Question routed = board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        assertThat(intake.status(receipt.trackingCode(), LOOKUP_ADDRESS).dueExpected())
                .isFalse();
        assertThat(routed.getDueDate()).isEqualTo(receipt.dueDate());
        long firstAssignment = routed.currentAssignment().orElseThrow().getId();
        assertThat(openObligation(firstAssignment).getDueDate()).isEqualTo(receipt.dueDate());

        Question moved = board.call(() -> desk.transfer(receipt.id(), "so-y-te", "Ngành y tế trả lời."));
        Instant transferred = moved.getDeadline().getClockStart();
        assertThat(moved.getDueDate())
                .isEqualTo(calendar.addWorkingDays(transferred, 15).date());
        assertThat(obligations.listFor(QuestionClock.KIND, firstAssignment))
                .extracting(Obligation::getState)
                .containsExactly(ObligationState.CANCELLED);
        long secondAssignment = moved.currentAssignment().orElseThrow().getId();

        LocalDate before = moved.getDueDate();
        LocalDate dayOff = LocalDate.now().plusDays(1);
        while (!calendar.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }
        LocalDate holiday = dayOff;
        chief.call(() -> calendar.saveOverride(new OverrideRequest(holiday, true, "QĐ thử nghiệm", "nghỉ bù")));
        try {
            Question later = board.call(() -> desk.get(receipt.id()));
            assertThat(later.getDueDate()).isAfter(before);
            assertThat(later.getEvents()).extracting(QuestionEvent::getKind).contains(EventKind.DUE_DATE_MOVED);
            assertThat(openObligation(secondAssignment).getDueDate()).isEqualTo(later.getDueDate());
        } finally {
            chief.run(() -> calendar.removeOverride(holiday, "hết thử nghiệm"));
        }
    }

    @Test
    void theNextReceiptCountsTheAnswerPeriodTheBoardJustChanged() throws Exception {
        Receipt first = submit(QuestionForms.individual(email(), "Thời hạn cũ", "Hạn trả lời là bao lâu?", "y-te"));
        assertThat(first.dueDate())
                .isEqualTo(calendar.addWorkingDays(first.receivedAt(), 15).date());
        chief.call(() -> rules.changeRule(QuestionClock.RULE, new RuleChange(20, 3)));
        try {
            Receipt next = submit(QuestionForms.individual(email(), "Thời hạn mới", "Hạn trả lời là bao lâu?", "y-te"));
            assertThat(next.dueDate())
                    .as("the receipts keep the answer period per content version, which the change moved")
                    .isEqualTo(calendar.addWorkingDays(next.receivedAt(), 20).date());
        } finally {
            chief.call(() -> rules.changeRule(QuestionClock.RULE, new RuleChange(15, 3)));
        }
        Receipt restored = submit(QuestionForms.individual(email(), "Thời hạn lại", "Hạn trả lời là bao lâu?", "y-te"));
        assertThat(restored.dueDate())
                .isEqualTo(calendar.addWorkingDays(restored.receivedAt(), 15).date());
    }

    @Test
    void citationsArePickedFromTheRegisterOrTypedAndChecked() throws Exception {
        Receipt receipt = submit(
                QuestionForms.individual(email(), "Quy chế Cổng", "Quy chế nào áp dụng?", "thong-tin-truyen-thong"));
        board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        AnswerDraft malformed = new AnswerDraft(
                "Theo Quy chế.",
                List.of(new CitationDraft(null, "01-2014", "Quy chế", LocalDate.of(2014, 1, 22), "UBND tỉnh")));
        assertThatThrownBy(() -> answerer.call(() -> answering.answer(receipt.id(), malformed)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("citations[0].numberSymbol", "qa.error.citation.numberSymbolForm"));

        AnswerDraft byNumber =
                new AnswerDraft("Theo Quy chế.", List.of(new CitationDraft(null, "1/2014/QD-UBND", null, null, null)));
        Question answered = answerer.call(() -> answering.answer(receipt.id(), byNumber));

        assertThat(answered.getCitations()).singleElement().satisfies(citation -> {
            assertThat(citation.getNumberSymbol()).isEqualTo("01/2014/QĐ-UBND");
            assertThat(citation.getDocumentId()).isNotNull();
            assertThat(citation.getExcerpt()).contains("Quy chế quản lý, hoạt động và cung cấp thông tin");
            assertThat(citation.getIssuedOn()).isEqualTo(LocalDate.of(2014, 1, 22));
            assertThat(citation.getIssuingBody()).isEqualTo("Ủy ban nhân dân tỉnh");
        });
    }

    @Test
    void theMonitorEscalatesAnOverdueQuestionToTheAgencyHead() throws Exception {
        String runDate = LocalDate.now().plusDays(45).toString();
        long execution = operator.call(() -> batch.start("deadline-monitor", Map.of("runDate", runDate)));
        ExecutionView ended = jobs.awaitEnd(execution);

        assertThat(ended.batchStatus()).isEqualTo("COMPLETED");
        assertThat(ended.steps())
                .filteredOn(step -> step.name().equals("escalate"))
                .singleElement()
                .satisfies(step -> assertThat(step.exitStatus())
                        .as(ended.steps().toString())
                        .startsWith("ESCALATED "));
        assertThat(mailsTo("giamdoc.sotp@example.com")).anySatisfy(mail -> assertThat(mail)
                .contains("đã quá hạn trả lời", "Sở Tư pháp", "Article 9")
                .doesNotContain("Lâm Văn Quý", "quy.lam@example.com"));
        int before = mailsTo("giamdoc.sotp@example.com").size();
        jobs.awaitEnd(operator.call(() -> batch.start("deadline-monitor", Map.of("runDate", runDate))));
        assertThat(mailsTo("giamdoc.sotp@example.com")).as("escalated once").hasSize(before);
    }

    @Test
    void filesAreCheckedByContentSealedOnDiskAndOpenedByOfficialsOnly() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        QuestionForm form = QuestionForms.individual(email(), "Kèm tệp", "Xin xem tệp đính kèm.", "tu-phap-ho-tich");

        assertThatThrownBy(() -> submitWith(form, List.of(Upload.of("giay-to.pdf", program))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("attachments", "media.error.format"));
        assertThatThrownBy(() -> submitWith(form, List.of(Upload.of("anh.jpg", pdf))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("attachments", "media.error.extension"));
        List<Upload> four = List.of(
                Upload.of("1.pdf", pdf), Upload.of("2.pdf", pdf), Upload.of("3.pdf", pdf), Upload.of("4.pdf", pdf));
        assertThatThrownBy(() -> submitWith(form, four))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("attachments", "qa.error.attachments.count"));

        Receipt receipt = submitWith(form, List.of(Upload.of("Đơn đề nghị.pdf", pdf)));
        board.call(() -> desk.route(receipt.id(), "so-y-te"));
        Question stored = board.call(() -> desk.get(receipt.id()));
        assertThat(stored.getAttachments()).singleElement().satisfies(file -> {
            assertThat(file.getFileName()).isEqualTo("Đơn đề nghị.pdf");
            assertThat(file.getFormat()).isEqualTo(vn.egov.portal.media.control.MediaFormat.PDF);
        });
        long fileId = stored.getAttachments().get(0).getId();
        java.nio.file.Path onDisk = config.dataDirectory()
                .resolve(stored.getAttachments().get(0).getStored().getLocation());
        assertThat(onDisk).startsWith(config.dataDirectory().resolve("qa-attachments"));
        assertThat(new String(java.nio.file.Files.readAllBytes(onDisk), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF");
        assertThat((String) em.createNativeQuery("select filename from qa_attachment where id = ?")
                        .setParameter(1, fileId)
                        .getSingleResult())
                .as("the name is sealed in the database")
                .startsWith("v1:")
                .doesNotContain("Đơn");

        try (java.io.InputStream opened = files.open(board.call(() -> askers.openAttachment(fileId)), null).stream()) {
            assertThat(opened.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> answerer.call(() -> askers.openAttachment(fileId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admin.call(() -> audit.listByAction("qa.attachment.view", 20)))
                .anySatisfy(event -> assertThat(event.getDetail()).isEqualTo("attachment " + fileId));

        board.call(() -> askers.erase(receipt.id(), new ErasureRequest(ErasureRequester.AUTHORITY, "Công văn 12/CA")));
        assertThat(board.call(() -> desk.get(receipt.id())).getAttachments()).isEmpty();
        assertThat(onDisk).doesNotExist();
    }

    private Receipt submit(QuestionForm form) {
        return submitFrom("203.0.113." + (1 + (int) (Math.random() * 250)), form);
    }

    private Receipt submitWith(QuestionForm form, List<Upload> files) {
        String challenge = intake.challenge();
        return intake.submit(
                form,
                new Proof(challenge, ProofOfWork.solve(challenge)),
                "203.0.113." + (1 + (int) (Math.random() * 250)),
                files);
    }

    private Receipt submitFrom(String address, QuestionForm form) {
        String challenge = intake.challenge();
        return intake.submit(form, new Proof(challenge, ProofOfWork.solve(challenge)), address);
    }

    private Obligation openObligation(long assignment) {
        return obligations.listFor(QuestionClock.KIND, assignment).stream()
                .filter(Obligation::isOpen)
                .findFirst()
                .orElseThrow();
    }

    /** The subjects and bodies of the mails the test server holds for an address. */
    private static List<String> mailsTo(String address) throws Exception {
        return Mailbox.of(address).stream()
                .map(mail -> mail.subject() + "\n" + mail.body())
                .toList();
    }

    private static String email() {
        return "hoi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static AnswerDraft answer() {
        return new AnswerDraft(
                "Công dân liên hệ Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh để được cấp.",
                List.of(new CitationDraft(
                        null, "60/2014/QH13", "Luật Hộ tịch", LocalDate.of(2014, 11, 20), "Quốc hội")));
    }
}
