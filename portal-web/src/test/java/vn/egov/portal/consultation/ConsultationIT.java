package vn.egov.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.consultation.boundary.AnswerForm;
import vn.egov.portal.consultation.boundary.CommentForm;
import vn.egov.portal.consultation.boundary.CommentIntake;
import vn.egov.portal.consultation.boundary.CommentModeration;
import vn.egov.portal.consultation.boundary.ConsultationAnswers;
import vn.egov.portal.consultation.boundary.ConsultationDesk;
import vn.egov.portal.consultation.boundary.ConsultationDraft;
import vn.egov.portal.consultation.boundary.ConsultationFiles;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.boundary.NotOpenException;
import vn.egov.portal.consultation.boundary.PartCorrection;
import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAgencyAnswerer;

/**
 * Consultations through the real EJB, JPA, security and REST stack: the demo's living section, an
 * agency drafting, correcting, opening, extending and closing one, and the public reads.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DRAFT = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;\nChương I\nQUY ĐỊNH CHUNG\n"
            + "Điều 1. Phạm vi điều chỉnh\nQuy định về phí.\nĐiều 2. Mức thu\n1. Cá nhân: 10.000 đồng.\n"
            + "2. Tổ chức: 50.000 đồng.";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    ConsultationDesk desk;

    @Inject
    ConsultationRegister register;

    @Inject
    AsAgencyAnswerer justice;

    private static ConsultationDraft draft(String title, String agency, int days, String text) {
        LocalDateTime opens = LocalDateTime.now(ZONE).minusMinutes(5);
        return new ConsultationDraft(
                title,
                "Tóm tắt dự thảo.",
                agency,
                "Phòng Văn bản",
                "vanban@example.gov.vn",
                "0206 000",
                opens,
                opens.plusDays(days),
                null,
                text);
    }

    @Test
    void theDemoHasAnOpenDraftOfTwentyArticlesAndAClosedOne() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String list = web.get("/api/v1/consultations").body();
        assertThat(list).contains("\"phase\":\"OPEN\"", "\"phase\":\"SUMMARISED\"", "\"totalItems\":");
        Consultation open = register.list(PageRequest.first(100)).items().stream()
                .filter(c -> c.getAmends() != null)
                .findFirst()
                .orElseThrow();
        assertThat(open.getParts().stream().filter(p -> p.getKind() == PartKind.ARTICLE))
                .hasSize(20);
        String detail = web.get("/api/v1/consultations/" + open.getId()).body();
        assertThat(detail)
                .contains("\"numberSymbol\":\"01/2014/QĐ-UBND\"", "\"kind\":\"CLAUSE\"", "Phạm vi điều chỉnh");

        HttpResponse<String> page = web.get(open.getPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Điều 20.", "Đang lấy ý kiến", "Còn ", "01/2014/QĐ-UBND");
        // The demo's debate: about a hundred comments, a campaign of 75 near copies shown once.
        assertThat(register.publishedComments(open)).hasSizeGreaterThanOrEqualTo(100);
        assertThat(page.body()).contains("75 bản gần giống nhau (vận động tập thể)", "Hội Luật gia tỉnh");
        assertThat(web.get("/en" + open.getPath()).body()).contains("Open for comment", "days left");
        assertThat(web.get("/lay-y-kien/").body())
                .contains(open.getTitle(), "Đã có bản tổng hợp ý kiến")
                // A summarised consultation is not badged in the colour of an open one.
                .contains("class=\"status status-open\"", "class=\"status status-summarised\"");
        // The demo's closed draft has its published summary: answers, the campaign answered once.
        Consultation summarised = register.list(PageRequest.first(100)).items().stream()
                .filter(c ->
                        c.getTitle().equals("Dự thảo Quyết định quy định mức hỗ trợ ứng dụng khoa học và công nghệ"))
                .findFirst()
                .orElseThrow();
        assertThat(web.get(summarised.getPath()).body())
                .contains("Bản tổng hợp, tiếp thu, giải trình ý kiến", "Tiếp thu một phần", "Không tiếp thu")
                .contains("24 bản gần giống nhau (vận động tập thể)", "Điều 3. Mức hỗ trợ");
        assertThat(web.get("/api/v1/consultations/" + summarised.getId() + "/summary")
                        .body())
                .contains("\"copies\":24", "\"verdict\":\"PARTLY_ACCEPTED\"", "\"part\":\"Toàn bộ dự thảo\"");
        assertThat(web.get("/").body()).contains("href=\"/lay-y-kien/\"");
    }

    @Test
    void anAgencyDraftsCorrectsOpensExtendsAndClosesAConsultation() throws Exception {
        Consultation created =
                justice.call(() -> desk.create(draft("Dự thảo quy định phí thẩm định", "so-tu-phap", 45, DRAFT)));
        assertThat(created.getState()).isEqualTo(ConsultationState.DRAFT);
        assertThat(created.isSplit()).isTrue();
        assertThat(created.getParts())
                .extracting(p -> p.getKind() + " " + p.getNumber())
                .containsExactly("CHAPTER I", "ARTICLE 1", "ARTICLE 2", "CLAUSE 1", "CLAUSE 2");
        long id = created.getId();
        WebClient web = new WebClient(base.toURI());
        assertThat(web.get("/api/v1/consultations/" + id).statusCode()).isEqualTo(404);
        assertThat(web.get(created.getPath()).statusCode()).isEqualTo(404);

        Consultation corrected = justice.call(() -> desk.correctParts(
                id,
                List.of(
                        new PartCorrection(PartKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Quy định về phí."),
                        new PartCorrection(PartKind.ARTICLE, "2", "Mức thu", "Cá nhân và tổ chức."))));
        assertThat(corrected.getParts()).hasSize(2);

        Consultation opened = justice.call(() -> desk.open(id));
        assertThat(opened.getState()).isEqualTo(ConsultationState.OPEN);
        // Article 8.1đ: published at once, so the update obligation is met on opening, not late.
        assertThat(obligations.listFor(ConsultationDesk.OBLIGATION_KIND, id))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.getRule().getCode()).isEqualTo("request-for-comment");
                    assertThat(o.isOpen()).isFalse();
                    assertThat(o.getFulfilledAt()).isEqualTo(opened.getOpenedAt());
                    assertThat(o.getLateByWorkingDays()).isZero();
                });
        assertThat(register.get(id).getParts())
                .extracting(p -> p.getHeading())
                .containsExactly("Phạm vi điều chỉnh", "Mức thu");
        assertThat(web.get(created.getPath()).body()).contains("Mức thu", "Đang lấy ý kiến");
        assertThatThrownBy(() -> justice.call(
                        () -> desk.correctParts(id, List.of(new PartCorrection(PartKind.WHOLE, "", "", "x")))))
                .isInstanceOf(ConflictException.class);

        LocalDateTime later = LocalDateTime.now(ZONE).plusDays(60);
        justice.call(() -> desk.extend(id, later, "Nhiều tổ chức đề nghị thêm thời gian."));
        assertThat(web.get(created.getPath()).body()).contains("Gia hạn", "Nhiều tổ chức đề nghị thêm thời gian.");
        assertThat(web.get("/api/v1/consultations/" + id).body()).contains("\"extensions\":[{", "\"previousClose\":\"");
        assertThatThrownBy(() -> justice.call(() -> desk.extend(id, LocalDateTime.now(ZONE), "sớm hơn")))
                .isInstanceOf(InvalidInputException.class);

        justice.call(() -> desk.close(id));
        assertThat(register.get(id).getState()).isEqualTo(ConsultationState.CLOSED);
        assertThatThrownBy(() -> justice.call(() -> desk.open(id))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> justice.call(() -> desk.close(id))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theMinimumPeriodTheAgencyAndTheInputAreChecked() throws Exception {
        Consultation shortOne = justice.call(() -> desk.create(draft("Dự thảo ngắn hạn", "so-tu-phap", 5, DRAFT)));
        assertThatThrownBy(() -> justice.call(() -> desk.open(shortOne.getId())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("closesAt"));
        assertThatThrownBy(
                        () -> justice.call(() -> desk.create(draft("Dự thảo của sở khác", "so-tai-chinh", 45, DRAFT))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> justice.call(() -> desk.create(draft(" ", "so-tu-phap", 45, ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("title", "draftText"));
        assertThatThrownBy(() -> desk.create(draft("Không đăng nhập", "so-tu-phap", 45, DRAFT)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> register.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftWithoutArticlesIsKeptWhole() throws Exception {
        String text = "Chính sách hỗ trợ thanh niên khởi nghiệp\nÝ kiến về phạm vi và mức hỗ trợ.";
        Consultation whole = justice.call(() -> desk.create(draft("Chính sách khởi nghiệp", "so-tu-phap", 45, text)));
        assertThat(whole.isSplit()).isFalse();
        assertThat(whole.getParts()).singleElement().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(PartKind.WHOLE);
            assertThat(p.getBody()).isEqualTo(text);
        });
    }

    @Test
    void badPagingAndUnknownIdsAreProblems() throws Exception {
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> badPage = web.get("/api/v1/consultations?page=0");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(web.get("/api/v1/consultations/99999999").statusCode()).isEqualTo(404);
        assertThat(web.get("/lay-y-kien/khong-co-du-thao").statusCode()).isEqualTo(404);
        assertThat(web.get("/lay-y-kien/?trang=abc").statusCode()).isEqualTo(400);
    }

    @Inject
    CommentIntake comments;

    @Inject
    CommentModeration moderation;

    @Inject
    ConsultationAnswers answers;

    @Inject
    Obligations obligations;

    @Inject
    ConsultationFiles files;

    private Proof proof() {
        String challenge = comments.challenge();
        return new Proof(challenge, ProofOfWork.solve(challenge));
    }

    @Test
    void aCitizenCommentsOnOneArticleTheAgencyModeratesAndNoEmailIsEverPublic() throws Exception {
        Consultation c =
                justice.call(() -> desk.create(draft("Dự thảo quy định lệ phí hộ tịch", "so-tu-phap", 45, DRAFT)));
        long id = c.getId();
        WebClient web = new WebClient(base.toURI());
        String secretEmail = "nguoi.gop.y." + System.nanoTime() + "@example.vn";
        CommentForm onArticle = new CommentForm(
                3,
                "Đề nghị giảm mức thu cho người cao tuổi.",
                "Trần Thị Bình",
                secretEmail,
                "Hội Người cao tuổi",
                true,
                "1");
        assertThatThrownBy(() -> comments.submit(id, onArticle, proof(), "198.51.100.20"))
                .isInstanceOf(NotFoundException.class);
        justice.call(() -> desk.open(id));

        long first = comments.submit(id, onArticle, proof(), "198.51.100.20");
        long hidden = comments.submit(
                id,
                new CommentForm(
                        null,
                        "Nên công bố bảng so sánh với quy định cũ.",
                        "Lê Văn Cường",
                        secretEmail,
                        null,
                        false,
                        "1"),
                proof(),
                "198.51.100.20");
        long spam = comments.submit(
                id, new CommentForm(null, "quảng cáo", null, null, null, false, "1"), proof(), "198.51.100.20");
        assertThat(web.get(c.getPath()).body()).doesNotContain("giảm mức thu");

        assertThatThrownBy(() -> comments.submit(
                        id, new CommentForm(99, "x", null, "sai", null, false, "0"), proof(), "198.51.100.20"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("partPosition", "email", "consentVersion"));

        justice.call(() -> moderation.publish(first));
        justice.call(() -> moderation.publish(hidden));
        assertThatThrownBy(() -> justice.call(() -> moderation.refuse(spam, " ")))
                .isInstanceOf(InvalidInputException.class);
        justice.call(() -> moderation.refuse(spam, "Nội dung quảng cáo, không liên quan đến dự thảo."));
        assertThatThrownBy(() -> justice.call(() -> moderation.publish(spam))).isInstanceOf(ConflictException.class);
        // the console's table: newest first, a page at a time, with the counts per state
        assertThat(justice.call(() -> moderation.list(id, PageRequest.first(20)))
                        .items())
                .extracting(Comment::getState)
                .containsExactly(CommentState.REFUSED, CommentState.PUBLISHED, CommentState.PUBLISHED);
        assertThat(justice.call(() -> moderation.list(id, new PageRequest(2, 2))))
                .satisfies(page ->
                        assertThat(page.items()).extracting(Comment::getId).containsExactly(first))
                .satisfies(page -> assertThat(page.totalItems()).isEqualTo(3));
        assertThat(justice.call(() -> moderation.counts(id)))
                .containsEntry(CommentState.PUBLISHED, 2L)
                .containsEntry(CommentState.REFUSED, 1L)
                .containsEntry(CommentState.PENDING, 0L);

        String page = web.get(c.getPath()).body();
        assertThat(page)
                .contains(
                        "giảm mức thu",
                        "Trần Thị Bình",
                        "1 ý kiến",
                        "Ý kiến chung về dự thảo (1)",
                        "Người góp ý không nêu tên")
                .doesNotContain(secretEmail, "Lê Văn Cường", "Hội Người cao tuổi", "quảng cáo");
        String api = web.get("/api/v1/consultations/" + id).body();
        assertThat(api)
                .contains("\"partPosition\":3", "Trần Thị Bình")
                .doesNotContain(secretEmail, "Lê Văn Cường", "Hội Người");

        assertThatThrownBy(() -> justice.call(() -> answers.answer(first, accepted("Sớm quá."))))
                .isInstanceOf(ConflictException.class);
        justice.call(() -> desk.close(id));
        assertThatThrownBy(() -> comments.submit(id, onArticle, proof(), "198.51.100.20"))
                .isInstanceOf(NotOpenException.class);

        // close → answer → summary; the refused comment has no place in it
        assertThatThrownBy(() -> justice.call(() -> answers.answer(first, new AnswerForm(null, " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("verdict", "explanation"));
        assertThatThrownBy(() -> justice.call(() -> answers.answer(spam, accepted("x"))))
                .isInstanceOf(NotFoundException.class);
        justice.call(() -> answers.answer(first, accepted("Tiếp thu: giảm 50% cho người từ 75 tuổi.")));
        assertThatThrownBy(() -> justice.call(() -> answers.publishSummary(id))).isInstanceOf(ConflictException.class);
        justice.call(() -> answers.answer(
                hidden, new AnswerForm(AnswerVerdict.NOT_ACCEPTED, "Bảng so sánh đã đăng kèm tờ trình.")));
        justice.call(() -> answers.publishSummary(id));
        assertThat(register.get(id).getState()).isEqualTo(ConsultationState.SUMMARISED);
        assertThatThrownBy(() -> justice.call(() -> answers.answer(first, accepted("Sau khi công bố."))))
                .isInstanceOf(ConflictException.class);

        String summarised = web.get(c.getPath()).body();
        assertThat(summarised)
                .contains("Bản tổng hợp, tiếp thu, giải trình ý kiến", "Tiếp thu: giảm 50% cho người từ 75 tuổi.")
                .contains("Không tiếp thu", "Điều 2. Mức thu")
                .doesNotContain(secretEmail, "Lê Văn Cường", "Hội Người cao tuổi", "quảng cáo");
        String summaryApi = web.get("/api/v1/consultations/" + id + "/summary").body();
        assertSummaryFiles(web, register.get(id), "Tiếp thu: giảm 50% cho người từ 75 tuổi.", secretEmail);
        assertThat(summaryApi)
                .contains("\"verdict\":\"ACCEPTED\"", "\"verdict\":\"NOT_ACCEPTED\"", "\"partPosition\":3")
                .doesNotContain(secretEmail, "Lê Văn Cường", "Hội Người", "quảng cáo");
        justice.call(() -> desk.archive(id));
        assertThat(web.get(c.getPath()).body()).contains("Tiếp thu: giảm 50% cho người từ 75 tuổi.");
    }

    private static AnswerForm accepted(String explanation) {
        return new AnswerForm(AnswerVerdict.ACCEPTED, explanation);
    }

    @Test
    void theApiTakesACommentWith201AndRefusesAClosedConsultationWith409() throws Exception {
        WebClient web = new WebClient(base.toURI());
        Consultation open = register.list(PageRequest.first(100)).items().stream()
                .filter(c -> c.getAmends() != null)
                .findFirst()
                .orElseThrow();
        Consultation closed = register.list(PageRequest.first(100)).items().stream()
                .filter(c -> c.getState() == ConsultationState.CLOSED || c.getState() == ConsultationState.SUMMARISED)
                .findFirst()
                .orElseThrow();
        for (Consultation target : List.of(open, closed)) {
            String challenge = comments.challenge();
            String body = "{\"partPosition\":2,\"body\":\"Góp ý qua API\",\"email\":\"api@example.vn\","
                    + "\"consentVersion\":\"1\",\"challenge\":\"" + challenge + "\",\"nonce\":\""
                    + ProofOfWork.solve(challenge) + "\"}";
            HttpResponse<String> answer = web.send(java.net.http.HttpRequest.newBuilder(
                            web.resolve("/api/v1/consultations/" + target.getId() + "/comments"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.51.100.30")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build());
            if (target == open) {
                assertThat(answer.statusCode()).isEqualTo(201);
                assertThat(answer.body()).contains("\"state\":\"PENDING\"");
            } else {
                assertThat(answer.statusCode()).isEqualTo(409);
                assertThat(answer.body()).contains("chỉ nhận ý kiến từ");
            }
        }
        assertThat(web.get("/api/v1/consultations/challenge").body()).contains("\"bits\":", "\"consentVersion\":\"1\"");
        // a confirmation link that no comment waits for (made up, or used already) is a 404
        assertThat(web.get("/api/v1/consultations/confirmations/" + "A".repeat(43))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.get("/api/v1/consultations/confirmations/khong-phai-ma").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCampaignOfNearCopiesIsShownOnceWithItsNumberOfCopies() throws Exception {
        Consultation c =
                justice.call(() -> desk.create(draft("Dự thảo quy định mức phí chứng thực", "so-tu-phap", 45, DRAFT)));
        long id = c.getId();
        justice.call(() -> desk.open(id));
        String campaign = "Đề nghị giữ nguyên mức thu 10.000 đồng đối với cá nhân vì phù hợp với thu nhập của người dân"
                + " ở vùng cao.";
        List<String> bodies = List.of(
                campaign,
                campaign.toUpperCase(java.util.Locale.ROOT),
                campaign + " Xin cảm ơn.",
                "Nên miễn phí cho hộ nghèo và cận nghèo.");
        for (String body : bodies) {
            long comment = comments.submit(
                    id, new CommentForm(3, body, null, null, null, false, "1"), proof(), "198.51.100.40");
            justice.call(() -> moderation.publish(comment));
        }
        String page = new WebClient(base.toURI()).get(c.getPath()).body();
        assertThat(page)
                .contains("4 ý kiến", "3 bản gần giống nhau (vận động tập thể)", "Nên miễn phí cho hộ nghèo")
                .doesNotContain("XIN CẢM ƠN", "ĐỀ NGHỊ GIỮ NGUYÊN");
        assertThat(register.groups(register.publishedComments(register.get(id))))
                .extracting(g -> g.copies())
                .containsExactly(3, 1);
        assertThat(new WebClient(base.toURI())
                        .get("/api/v1/consultations/" + id)
                        .body())
                .contains("\"copies\":3", "\"copies\":1");

        // One answer to the campaign, given on any copy, covers all three.
        justice.call(() -> desk.close(id));
        long copy = register.publishedComments(register.get(id)).get(2).getId();
        assertThat(justice.call(() -> answers.answer(copy, accepted("Giữ nguyên mức thu.")))
                        .copies())
                .isEqualTo(3);
        assertThat(register.publishedComments(register.get(id)))
                .extracting(Comment::getAnswer)
                .containsExactly("Giữ nguyên mức thu.", "Giữ nguyên mức thu.", "Giữ nguyên mức thu.", null);
        assertThat(justice.call(() -> answers.groups(id)))
                .extracting(g -> g.first().isAnswered())
                .containsExactly(true, false);
    }

    @Test
    void theDraftAsFilesIsPublicOnceOpenedAndACommentersFileOnlyForTheAgency() throws Exception {
        Consultation c = justice.call(
                () -> desk.create(draft("Dự thảo quy định phí khai thác tài liệu", "so-tu-phap", 45, DRAFT)));
        long id = c.getId();
        assertThatThrownBy(() -> justice.call(() -> files.attachDraft(
                        id, "du-thao.pdf", new java.io.ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("file"));
        long file = justice.call(() -> files.attachDraft(id, "du-thao.pdf", new java.io.ByteArrayInputStream(PDF)))
                .getId();
        WebClient web = new WebClient(base.toURI());
        assertThat(web.get("/lay-y-kien/tep/" + file).statusCode()).isEqualTo(404);

        justice.call(() -> desk.open(id));
        HttpResponse<String> download = web.get("/lay-y-kien/tep/" + file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
        assertThat(web.get(c.getPath()).body()).contains("du-thao.pdf", "/lay-y-kien/tep/" + file);
        assertThatThrownBy(() ->
                        justice.call(() -> files.attachDraft(id, "muon.pdf", new java.io.ByteArrayInputStream(PDF))))
                .isInstanceOf(ConflictException.class);

        CommentForm form = new CommentForm(null, "Xem tệp đính kèm.", null, null, null, false, "1");
        assertThatThrownBy(() -> comments.submit(
                        id,
                        form,
                        proof(),
                        "198.51.100.50",
                        Upload.of("bang.pdf", new byte[] {'P', 'K', 3, 4, 0, 0}),
                        null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("attachment"));
        long comment = comments.submit(id, form, proof(), "198.51.100.50", Upload.of("bang-so-lieu.pdf", PDF), null);
        assertThat(justice.call(() -> files.openAttachment(comment)).isSealed()).isTrue();
        assertThat(web.get("/admin/lay-y-kien/tep/" + comment).statusCode()).isNotEqualTo(200);
        justice.call(() -> moderation.publish(comment));
        assertThat(web.get(c.getPath()).body()).contains("Xem tệp đính kèm.").doesNotContain("bang-so-lieu");
    }

    /**
     * The summary's files read back: the PDF's text (OpenPDF's extractor), the ODT's content.xml and
     * the CSV carry the answer, none the commenter's e-mail; each is downloadable at its address.
     */
    private void assertSummaryFiles(WebClient web, Consultation summarised, String answer, String email)
            throws Exception {
        List<vn.egov.portal.consultation.entity.ConsultationFile> files = summarised.getSummaryFiles();
        assertThat(files).extracting(f -> f.getStored().getFormat().name()).containsExactly("PDF", "ODT", "CSV");
        for (vn.egov.portal.consultation.entity.ConsultationFile file : files) {
            HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(web.resolve("/lay-y-kien/tep/" + file.getId()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            String text =
                    switch (file.getStored().getFormat().name()) {
                        case "PDF" -> PdfText.of(download.body());
                        case "ODT" -> vn.egov.portal.test.client.OdfContent.of(download.body());
                        default -> new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
                    };
            assertThat(text)
                    .as(file.getStored().getFileName())
                    .contains(answer, "Tiếp thu", "Sở Tư pháp")
                    .doesNotContain(email);
            if (!file.getStored().getFormat().name().equals("CSV")) {
                // the CSV is the table and its facts; the title heads the PDF and the ODT
                assertThat(text).contains(summarised.getTitle());
            }
        }
        assertThat(web.get("/api/v1/consultations/" + summarised.getId() + "/summary")
                        .body())
                .contains("\"format\":\"PDF\"", "\"format\":\"ODT\"", "\"format\":\"CSV\"", "/lay-y-kien/tep/");
    }

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}
