package vn.egov.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.AskerRecord;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.CitationDraft;
import vn.egov.portal.qa.boundary.DelegationRegister;
import vn.egov.portal.qa.boundary.DelegationRequest;
import vn.egov.portal.qa.boundary.ErasureRequest;
import vn.egov.portal.qa.boundary.PartRequest;
import vn.egov.portal.qa.boundary.PiiReview;
import vn.egov.portal.qa.boundary.Proof;
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
import vn.egov.portal.qa.boundary.RateLimitedException;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.qa.control.ProofOfWork;
import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.ErasureRequester;
import vn.egov.portal.qa.entity.EventKind;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionEvent;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsAgencyAnswerer;
import vn.egov.portal.test.container.AsSecretary;

/**
 * Questions and answers through the real EJB, JPA and security stack: the whole path from a
 * citizen's submission to a published answer, and every turn on the way (refusal, transfer, split,
 * progress notice, erasure), with the personal data sealed, logged when viewed and never public.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionDeskIT {

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
    DelegationRegister register;

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
        assertThat(intake.status(receipt.trackingCode().toLowerCase()).state()).isEqualTo(QuestionState.RECEIVED);

        board.call(() -> desk.classify(receipt.id(), "tu-phap-ho-tich"));
        Question routed = board.call(() -> desk.route(receipt.id(), "so-tu-phap"));
        assertThat(routed.getAgency().getCode()).isEqualTo("so-tu-phap");

        answerer.call(() -> answering.answer(receipt.id(), answer()));
        assertThat(intake.status(receipt.trackingCode()).state()).isEqualTo(QuestionState.ANSWERED);

        PiiReview draft = board.call(() -> publication.draft(receipt.id()));
        assertThat(draft.body()).doesNotContain("0915", "Phan Thị Ngọc Ánh").contains("[…]");
        assertThat(draft.isClean()).isTrue();
        board.call(() -> publication.publish(
                receipt.id(), new PublicationRequest(draft.title(), draft.body(), draft.answer(), false)));

        QuestionStatus status = intake.status(receipt.trackingCode());
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
                        .search(new PublishedSearch("tu-phap-ho-tich", "so-tu-phap", "trich luc", 0, 10))
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
        QuestionForm empty = new QuestionForm(
                vn.egov.portal.qa.entity.AskerType.ORGANISATION,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "khong-phai-email",
                "",
                null,
                "khong-co",
                false,
                null,
                "vi");

        assertThatThrownBy(() -> intake.submit(empty, new Proof(intake.challenge(), "1"), "198.51.100.1"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys(
                                "representativeName",
                                "representativePosition",
                                "organisationName",
                                "address",
                                "phone",
                                "title",
                                "body",
                                "field",
                                "consent",
                                "challenge")
                        .containsEntry("email", "qa.error.email"));
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
                        .containsEntry("challenge", "qa.error.challengeUsed"));
        for (int i = 2; i <= 10; i++) {
            submitFrom("198.51.100.2", QuestionForms.individual(email(), "Lần " + i, "Câu hỏi?", "y-te"));
        }
        assertThatThrownBy(() ->
                        submitFrom("198.51.100.2", QuestionForms.individual(email(), "Quá nhiều", "Câu hỏi?", "y-te")))
                .isInstanceOf(RateLimitedException.class);
        submitFrom("198.51.100.3", QuestionForms.individual(email(), "Địa chỉ khác", "Câu hỏi?", "y-te"));
    }

    @Test
    void aComplaintIsFlaggedAndRefusedWithItsReason() throws Exception {
        Receipt receipt = submit(QuestionForms.individual(
                email(), "Tố cáo cán bộ", "Tôi muốn tố cáo cán bộ xã nhận tiền của dân.", "linh-vuc-khac"));
        Question received = board.call(() -> desk.get(receipt.id()));
        assertThat(received.isFlagged()).isTrue();
        assertThat(received.getFlagTerms()).contains("tố cáo");

        board.call(() -> desk.refuse(receipt.id(), RefusalReason.COMPLAINT_OR_DENUNCIATION, "Theo Luật Tố cáo."));

        QuestionStatus status = intake.status(receipt.trackingCode());
        assertThat(status.state()).isEqualTo(QuestionState.REFUSED);
        assertThat(status.refusalReason()).isEqualTo(RefusalReason.COMPLAINT_OR_DENUNCIATION);
        assertThatThrownBy(() -> board.call(() -> desk.route(receipt.id(), "so-tu-phap")))
                .isInstanceOf(vn.egov.portal.platform.boundary.ConflictException.class);
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
        QuestionStatus status = intake.status(whole.trackingCode());
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

        assertThat(intake.status(receipt.trackingCode()).promisedDate()).isEqualTo(promised);
        assertThatThrownBy(() -> answerer.call(() -> answering.promise(receipt.id(), LocalDate.now(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("date"));
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

        intake.requestErasure(receipt.trackingCode());
        assertThat(board.call(() -> desk.listErasureRequests()))
                .extracting(Question::getId)
                .contains(receipt.id());

        board.call(
                () -> askers.erase(receipt.id(), new ErasureRequest(ErasureRequester.ASKER, "Thư đề nghị ngày 01/12")));

        assertThat(board.call(() -> desk.listErasureRequests()))
                .extracting(Question::getId)
                .doesNotContain(receipt.id());

        AskerRecord erased = board.call(() -> askers.reveal(receipt.id()));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.name()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.idNumber()).isNull();
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
        assertThat(shown.idNumber()).isEqualTo("004196012345");
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

    private Receipt submit(QuestionForm form) {
        return submitFrom("203.0.113." + (1 + (int) (Math.random() * 250)), form);
    }

    private Receipt submitFrom(String address, QuestionForm form) {
        String challenge = intake.challenge();
        return intake.submit(form, new Proof(challenge, ProofOfWork.solve(challenge)), address);
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
