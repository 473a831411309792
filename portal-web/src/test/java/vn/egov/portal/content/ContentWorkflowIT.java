package vn.egov.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditConflictException;
import vn.egov.portal.content.boundary.EditorialQueries;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.boundary.PublishingTimer;
import vn.egov.portal.content.boundary.SiteTeam;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsCollaborator;
import vn.egov.portal.test.container.AsDeputyEditor;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.AsSubportalEditor;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.LogRecorder;

/**
 * The editorial workflow through the real EJB, JPA and security stack, with the demo official of each
 * role: writing in one's field, review, approval, publication, scope of sub-portal editors, proposals,
 * screening, sanitising, optimistic locking, scheduled publishing and its failures, uploads, royalties.
 */
@ExtendWith(ArquillianExtension.class)
class ContentWorkflowIT {

    private static final String NEWS = "tin-tuc-su-kien";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    Outbox outbox;

    @Inject
    EditorialService editorial;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    EditorialQueries queries;

    @Inject
    ArticleCatalog catalog;

    @Inject
    PublishingTimer timer;

    @Inject
    MediaLibrary media;

    @Inject
    FileStore files;

    @Inject
    RoyaltyLedger royalties;

    @Inject
    SiteTeam team;

    @Inject
    AuditTrail audit;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    AsCollaborator collaborator;

    @Inject
    AsSecretary secretary;

    @Inject
    AsDeputyEditor deputy;

    @Inject
    AsEditorInChief editorInChief;

    @Inject
    AsSubportalEditor subportalEditor;

    @Inject
    AsAdministrator admin;

    @ArquillianResource
    URL base;

    private static ArticleText text(String title, String body) {
        return ArticleText.of(title, "Tóm tắt: " + title, body)
                .withAuthors(List.of(
                        new ArticleAuthor("Lương Văn Tâm", "congtacvien", 60),
                        new ArticleAuthor("Nông Văn Ảnh", null, 40)));
    }

    private Article move(vn.egov.portal.test.container.RunAsRole who, Long id, WorkflowAction action, String comment)
            throws Exception {
        return who.call(() -> workflow.transition(id, action, comment));
    }

    @Test
    void aCollaboratorsArticleGoesThroughTheBoardAndAppearsPublicly() throws Exception {
        long versionBefore = publicContent.current();
        Article draft = collaborator.call(() -> editorial.create(
                "tinh", NEWS, Language.VIETNAMESE, text("Khánh thành cầu treo Bản Giới", "<p>Cầu dài 120 m.</p>")));
        assertThat(draft.getState()).isEqualTo(ArticleState.DRAFT);
        Long id = draft.getId();

        assertThat(collaborator.call(() -> workflow.offer(id).actions())).containsExactly(WorkflowAction.SUBMIT);
        move(collaborator, id, WorkflowAction.SUBMIT, null);
        assertThatThrownBy(() -> move(collaborator, id, WorkflowAction.START_REVIEW, null))
                .isInstanceOf(AccessDeniedException.class);
        move(secretary, id, WorkflowAction.START_REVIEW, null);
        move(secretary, id, WorkflowAction.APPROVE, "Đủ điều kiện đăng");
        assertThat(catalog.findPublished(id)).isEmpty();
        assertThatThrownBy(() -> move(secretary, id, WorkflowAction.PUBLISH, null))
                .as("the secretary approves where delegated but does not publish")
                .isInstanceOf(AccessDeniedException.class);
        move(deputy, id, WorkflowAction.PUBLISH, null);

        assertThat(catalog.findPublished(id))
                .hasValueSatisfying(a -> assertThat(a.getPublishedAt()).isNotNull());
        assertThat(catalog.listLatest("tinh", NEWS, Language.VIETNAMESE, 50))
                .extracting(vn.egov.portal.content.entity.ArticleCard::id)
                .contains(id);
        assertThat(publicContent.current())
                .as("publishing retires cached pages")
                .isGreaterThan(versionBefore);
        assertThat(secretary.call(() -> queries.listHistory(id)))
                .extracting(e -> e.getAction() + ":" + e.getActor() + ":" + e.getToState())
                .containsExactly(
                        "SUBMIT:congtacvien:SUBMITTED",
                        "START_REVIEW:thuky:IN_REVIEW",
                        "APPROVE:thuky:APPROVED",
                        "PUBLISH:phobientap:PUBLISHED");
        List<RoyaltyLedger.AuthorStatement> statement =
                secretary.call(() -> royalties.statement("tinh", YearMonth.now(clock)));
        assertThat(statement)
                .filteredOn(line -> "Nông Văn Ảnh".equals(line.authorName()))
                .singleElement()
                .satisfies(line -> assertThat(line.works())
                        .anyMatch(w -> w.getArticle().getId().equals(id)
                                && w.getAmount().compareTo(new BigDecimal("60000")) == 0));
    }

    /**
     * An article the board takes back is gone, not unknown: 410 on its page and in the API, never
     * cached, in the reader's language; one that never went public (rejected, then archived) stays a 404.
     */
    @Test
    void aWithdrawnArticleIs410WhileOneThatNeverWentPublicIs404() throws Exception {
        Long id = publishedNews("Tin sẽ được gỡ xuống");
        WebClient reader = new WebClient(base.toURI());
        assertThat(reader.get("/tin/" + id).statusCode()).isEqualTo(200);
        assertThat(reader.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200);

        move(deputy, id, WorkflowAction.UNPUBLISH, "Thông tin chưa chính xác");

        HttpResponse<String> api = reader.get("/api/v1/articles/" + id);
        assertThat(api.statusCode()).isEqualTo(410);
        assertThat(api.body()).contains("đã được gỡ");
        reader.get("/tin/" + id);
        HttpResponse<String> page = reader.get("/tin/" + id);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.headers().firstValue("X-Portal-Cache"))
                .as("never cached")
                .isEmpty();
        assertThat(page.body()).contains("Không còn đăng tải", "lang=\"vi\"").doesNotContain("Article withdrawn");
        move(deputy, id, WorkflowAction.ARCHIVE, null);
        assertThat(reader.get("/tin/" + id).statusCode())
                .as("archived after publication")
                .isEqualTo(410);

        Long rejected = collaborator
                .call(() -> editorial.create(
                        "tinh", NEWS, Language.VIETNAMESE, text("Tin không được duyệt", "<p>Nội dung.</p>")))
                .getId();
        move(collaborator, rejected, WorkflowAction.SUBMIT, null);
        move(secretary, rejected, WorkflowAction.REJECT, "Không phù hợp");
        move(deputy, rejected, WorkflowAction.ARCHIVE, null);
        assertThat(reader.get("/tin/" + rejected).statusCode()).isEqualTo(404);
        assertThat(reader.get("/api/v1/articles/" + rejected).statusCode()).isEqualTo(404);
    }

    /**
     * A category of more than one page (twelve to a page): the one pagination, with links on the
     * reader's own address (page 1 without a number), the numbering of the list going on across
     * pages, and no page after the last. (The prefixes of /en/ and sub-portals: PageLinksTest.)
     */
    @Test
    void aCategoryOfMoreThanOnePagePagesOnTheReadersAddress() throws Exception {
        WebClient reader = new WebClient(base.toURI());
        for (long total = totalNews(reader); total < 13; total++) {
            publishedNews("Tin để phân trang");
        }
        long pages = (totalNews(reader) + 11) / 12;

        String first = reader.get("/chuyen-muc/" + NEWS).body();
        assertThat(first)
                .contains(
                        "class=\"pagination\"",
                        "Trang 1 / " + pages,
                        "href=\"/chuyen-muc/" + NEWS + "?trang=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        String last = reader.get("/chuyen-muc/" + NEWS + "?trang=" + pages).body();
        assertThat(last)
                .contains(
                        "Trang " + pages + " / " + pages,
                        "start=\"" + ((pages - 1) * 12 + 1) + "\"",
                        "href=\"/chuyen-muc/" + NEWS + (pages > 2 ? "?trang=" + (pages - 1) : "") + "\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(reader.get("/chuyen-muc/" + NEWS + "?trang=" + (pages + 1)).statusCode())
                .isEqualTo(404);
    }

    /** A news article of the main portal, written by the collaborator and through the board to public. */
    private Long publishedNews(String title) throws Exception {
        Long id = collaborator
                .call(() -> editorial.create("tinh", NEWS, Language.VIETNAMESE, text(title, "<p>Nội dung.</p>")))
                .getId();
        move(collaborator, id, WorkflowAction.SUBMIT, null);
        move(secretary, id, WorkflowAction.START_REVIEW, null);
        move(secretary, id, WorkflowAction.APPROVE, null);
        move(deputy, id, WorkflowAction.PUBLISH, null);
        return id;
    }

    private static long totalNews(WebClient reader) {
        Matcher total = Pattern.compile("\"totalItems\":(\\d+)")
                .matcher(reader.get("/api/v1/articles?site=tinh&lang=vi&category=" + NEWS + "&size=1")
                        .body());
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }

    @Test
    void collaboratorsWriteOnlyInTheirFieldsAndNobodyApprovesTheirOwnWork() throws Exception {
        assertThatThrownBy(() -> collaborator.call(
                        () -> editorial.create("tinh", "thong-ke", Language.VIETNAMESE, text("Số liệu", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collaborator.call(
                        () -> editorial.create("so-tu-phap", NEWS, Language.VIETNAMESE, text("Tin", null))))
                .isInstanceOf(AccessDeniedException.class);

        Article own = editorInChief.call(() -> editorial.create(
                "tinh", "thong-ke", Language.VIETNAMESE, text("Niên giám thống kê", "<p>Số liệu.</p>")));
        move(editorInChief, own.getId(), WorkflowAction.SUBMIT, null);
        move(editorInChief, own.getId(), WorkflowAction.START_REVIEW, null);
        assertThatThrownBy(() -> move(editorInChief, own.getId(), WorkflowAction.APPROVE, null))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage())
                        .contains("workflow.error.ownWork"));
        assertThatThrownBy(() -> move(editorInChief, own.getId(), WorkflowAction.SUBMIT, null))
                .as("an illegal move is a conflict, not a permission problem")
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.illegal"));
        assertThatThrownBy(() -> move(secretary, own.getId(), WorkflowAction.RETURN, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("comment"));
        assertThatThrownBy(() -> editorial.create("tinh", NEWS, Language.VIETNAMESE, text("Ẩn danh", null)))
                .as("anonymous callers are refused by the container")
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aSubPortalEditorActsOnlyInsideTheirSubPortalAndProposesUpwards() throws Exception {
        assertThatThrownBy(() -> subportalEditor.call(
                        () -> editorial.create("xa-dam-thuy", NEWS, Language.VIETNAMESE, text("Tin xã", null))))
                .isInstanceOf(AccessDeniedException.class);
        Long mainArticle = collaborator
                .call(() -> editorial.create("tinh", NEWS, Language.VIETNAMESE, text("Tin của tỉnh", null)))
                .getId();
        assertThatThrownBy(() -> subportalEditor.call(() -> queries.getArticle(mainArticle)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(subportalEditor, mainArticle, WorkflowAction.SUBMIT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subportalEditor.run(() -> team.grant("xa-dam-thuy", "congtacvien", Role.COLLABORATOR)))
                .isInstanceOf(AccessDeniedException.class);

        Long own = subportalEditor
                .call(() -> editorial.create(
                        "so-tu-phap",
                        "pho-bien-phap-luat",
                        Language.VIETNAMESE,
                        text("Trợ giúp pháp lý lưu động", "<p>Tại xã Quang Trung.</p>")))
                .getId();
        move(subportalEditor, own, WorkflowAction.SUBMIT, null);
        move(subportalEditor, own, WorkflowAction.START_REVIEW, null);
        assertThat(subportalEditor.call(() -> workflow.offer(own).actions()))
                .as("a sub-portal's editor answers for it alone (Article 16.1), their own work included")
                .contains(WorkflowAction.APPROVE);
        move(subportalEditor, own, WorkflowAction.APPROVE, null);
        move(subportalEditor, own, WorkflowAction.PUBLISH, null);
        Article proposal = subportalEditor.call(() -> editorial.proposeToMainPortal(own, "Đề nghị đăng lên Cổng tỉnh"));

        assertThat(proposal.getSite().isMain()).isTrue();
        assertThat(proposal.getState()).isEqualTo(ArticleState.SUBMITTED);
        assertThat(proposal.getOrigin().getId()).isEqualTo(own);
        move(secretary, proposal.getId(), WorkflowAction.START_REVIEW, null);
        move(editorInChief, proposal.getId(), WorkflowAction.APPROVE, null);
        move(editorInChief, proposal.getId(), WorkflowAction.PUBLISH, null);
        assertThat(catalog.getPublished(proposal.getId()).getOrigin().getSite().getSlug())
                .isEqualTo("so-tu-phap");
    }

    @Test
    void richTextIsSanitisedAndTextIsStoredInNfc() throws Exception {
        String decomposed = Normalizer.normalize("Hội nghị tổng kết", Normalizer.Form.NFD);
        Article article = collaborator.call(
                () -> editorial.create(
                        "tinh",
                        NEWS,
                        Language.VIETNAMESE,
                        text(
                                decomposed,
                                "<p onclick=\"steal()\">Nội dung</p><script>alert(1)</script><img src=\"x\" onerror=\"alert(2)\">")));

        assertThat(article.getTitle()).isEqualTo(Normalizer.normalize("Hội nghị tổng kết", Normalizer.Form.NFC));
        assertThat(article.getBody()).contains("<p>Nội dung</p>").doesNotContain("script", "onclick", "onerror");
        assertThat(article.getSlug()).isEqualTo("hoi-nghi-tong-ket");
        assertThatThrownBy(() ->
                        collaborator.call(() -> editorial.create("tinh", NEWS, Language.VIETNAMESE, text(" ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("title", "article.error.titleRequired"));
    }

    @Test
    void prohibitedContentIsFlaggedAndNeverReleasedUnreviewed() throws Exception {
        Long id = collaborator
                .call(() -> editorial.create(
                        "tinh", NEWS, Language.VIETNAMESE, text("Tin nóng", "<p>Bắt nhóm đánh bạc tại chợ phiên.</p>")))
                .getId();
        move(collaborator, id, WorkflowAction.SUBMIT, null);
        move(secretary, id, WorkflowAction.START_REVIEW, null);

        assertThat(secretary.call(() -> queries.getArticle(id).getScreeningHits()))
                .isEqualTo(1);
        assertThat(secretary.call(() -> workflow.offer(id).actions())).doesNotContain(WorkflowAction.APPROVE);
        assertThatThrownBy(() -> move(secretary, id, WorkflowAction.APPROVE, null))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.screening"));

        secretary.call(() -> workflow.reviewScreening(id, "Tin về việc xử lý vi phạm, được phép đăng"));
        assertThat(move(secretary, id, WorkflowAction.APPROVE, null).getState()).isEqualTo(ArticleState.APPROVED);
    }

    @Test
    void aConcurrentEditIsCaughtInsteadOfOverwritten() throws Exception {
        Article article = collaborator.call(
                () -> editorial.create("tinh", NEWS, Language.VIETNAMESE, text("Bản đầu", "<p>Một.</p>")));
        long opened = article.getVersion();
        collaborator.call(() -> editorial.update(article.getId(), opened, text("Bản hai", "<p>Hai.</p>"), null));

        assertThatThrownBy(() -> collaborator.call(
                        () -> editorial.update(article.getId(), opened, text("Bản ba", "<p>Ba.</p>"), null)))
                .isInstanceOf(EditConflictException.class);
        EditorialQueries.RevisionDiff diff = collaborator.call(() -> queries.diff(article.getId(), 1, 2));
        assertThat(diff.title()).extracting(p -> p.kind() + ":" + p.text()).contains("REMOVED:đầu", "ADDED:hai");
        assertThat(collaborator.call(() -> queries.getArticle(article.getId()).getTitle()))
                .isEqualTo("Bản hai");
    }

    @Test
    void scheduledPublishingPublishesWhatIsDueAndReportsWhatFails() throws Exception {
        Long good = approvedAndScheduled("Lịch tiếp công dân tháng tới", "<p>Tiếp công dân ngày 15.</p>");
        Long bad = approvedAndScheduled("Thông báo của xã", "<p>Không có gì đặc biệt.</p>");
        Article scheduled = editorInChief.call(() -> queries.getArticle(bad));
        ArticleText poisoned = new ArticleText(
                "Thông báo của xã",
                null,
                "<p>Nội dung phản động chèn vào.</p>",
                null,
                null,
                null,
                null,
                scheduled.getKind(),
                scheduled.getPublishAt(),
                null,
                List.of(),
                List.of());
        editorInChief.call(() -> editorial.update(bad, scheduled.getVersion(), poisoned, "sửa sau khi hẹn giờ"));

        int published = timer.run(clock.instant().plus(Duration.ofHours(2)));

        assertThat(published).isGreaterThanOrEqualTo(1);
        assertThat(catalog.findPublished(good)).isPresent();
        Article failed = editorInChief.call(() -> queries.getArticle(bad));
        assertThat(failed.getState()).isEqualTo(ArticleState.PUBLISH_FAILED);
        assertThat(failed.getFailureReason()).isEqualTo("workflow.error.screening");
        assertThat(admin.call(() -> audit.listByAction("article.publishFailed", 10)))
                .anyMatch(event -> event.getTarget().equals("article " + bad));
        assertThat(editorInChief.call(() -> queries.count(new vn.egov.portal.content.boundary.ArticleFilter(
                        "tinh", null, null, java.util.Set.of(ArticleState.PUBLISH_FAILED), null, null))))
                .as("the failure waits in the board's queue")
                .isGreaterThanOrEqualTo(1);
        assertThat(admin.call(() -> outbox.listLatest(50)))
                .as("the board is mailed about the failure")
                .filteredOn(mail -> mail.getDedupKey().startsWith("article-publish-failed:" + bad + ":"))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getRecipients()).isEqualTo("banbientap@caobang.gov.vn");
                    assertThat(mail.getSubject()).startsWith("Xuất bản theo lịch không thành công");
                    assertThat(mail.getBody()).contains("Xuất bản lỗi");
                });
    }

    private Long approvedAndScheduled(String title, String body) throws Exception {
        Long id = editorInChief
                .call(() -> editorial.create(
                        "tinh",
                        "chi-dao-dieu-hanh",
                        Language.VIETNAMESE,
                        ArticleText.of(title, null, body)
                                .withSchedule(clock.instant().plus(Duration.ofHours(1)), null)))
                .getId();
        move(editorInChief, id, WorkflowAction.SUBMIT, null);
        move(secretary, id, WorkflowAction.START_REVIEW, null);
        move(deputy, id, WorkflowAction.APPROVE, null);
        return move(editorInChief, id, WorkflowAction.SCHEDULE, null).getId();
    }

    @Test
    void uploadsAreCheckedByContentAndStoredOutsideTheWebRoot() throws Exception {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(
                        () -> collaborator.call(() -> media.upload("anh-hoi-nghi.jpg", new ByteArrayInputStream(exe))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("file", "media.error.format"));

        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThatThrownBy(() -> collaborator.call(
                        () -> media.upload("bao-cao.pdf", new ByteArrayInputStream(png.toByteArray()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("file", "media.error.extension"));

        MediaFile stored =
                collaborator.call(() -> media.upload("Ảnh Hội nghị.PNG", new ByteArrayInputStream(png.toByteArray())));
        Path file = config.dataDirectory().resolve(stored.getStored().getLocation());
        assertThat(stored.getPath()).isEqualTo("/media/" + stored.getToken() + "/anh-hoi-nghi.png");
        assertThat(stored.getFileName()).as("the name downloads get").isEqualTo("Ảnh Hội nghị.png");
        assertThat(stored.getStored().getSha256()).hasSize(64);
        assertThat(file).startsWith(config.dataDirectory().resolve("media"));
        assertThat(file.getFileName().toString()).isEqualTo(stored.getToken()).doesNotContain("hoi-nghi");
        assertThat(Files.size(file)).isEqualTo(png.size());
        assertThat(stored.getWidth()).isEqualTo(1600);
        try (InputStream scaled = files.open(stored.getStored(), 320).stream()) {
            assertThat(ImageIO.read(scaled).getWidth()).isEqualTo(320);
        }
    }

    /**
     * Refusals over HTTP, as an official meets them: a page of another sub-portal's article, a console
     * page for another role and a form whose view state was tampered with. Each answers 403 or 400 in
     * the console's own chrome saying what is refused, and costs the log one line without a trace.
     */
    @Test
    void refusedConsolePagesAndTamperedFormsAnswer403Or400InTheConsoleWithOneLogLine() throws Exception {
        Long communeArticle = catalog.page(
                        new vn.egov.portal.content.boundary.ArticleFilter(
                                "xa-dam-thuy", null, Language.VIETNAMESE, null, null, null),
                        vn.egov.portal.platform.paging.boundary.PageRequest.first(1))
                .items()
                .get(0)
                .getId();
        WebClient subportal = loggedIn("bientap-sotp");
        WebClient collaboratorWeb = loggedIn("congtacvien");
        WebClient citizen = new WebClient(base.toURI());

        try (LogRecorder log = LogRecorder.start()) {
            HttpResponse<String> otherSite = subportal.get("/admin/noi-dung/article.xhtml?id=" + communeArticle);
            HttpResponse<String> otherRole = collaboratorWeb.get("/admin/nguoi-dung/accounts.xhtml");
            HttpResponse<String> tampered = collaboratorWeb.submit(
                    "/admin/noi-dung/articles.xhtml", Map.of("jakarta.faces.ViewState", "-4242:4242"));
            HttpResponse<String> tamperedAjax = collaboratorWeb.send(
                    HttpRequest.newBuilder(collaboratorWeb.resolve("/admin/noi-dung/articles.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                                    + "&jakarta.faces.source=queue%3Asite&jakarta.faces.partial.execute=queue%3Asite"
                                    + "&queue=queue&jakarta.faces.ViewState=-7%3A7"))
                            .build());
            HttpResponse<String> tamperedPublic = citizen.submit(
                    "/hoi-dap/tra-cuu.xhtml",
                    Map.of("track:code", "HD-AAAA-AAAA", "track:lookup", "x", "jakarta.faces.ViewState", "garbage"));

            assertThat(otherSite.statusCode()).isEqualTo(403);
            assertThat(otherSite.body())
                    .as("in the console's chrome, naming what is refused")
                    .contains("id=\"session:logout\"", "Không được phép", "Trang thông tin điện tử xã Đàm Thủy")
                    .doesNotContain("Về trang chủ");
            assertThat(otherRole.statusCode()).isEqualTo(403);
            assertThat(otherRole.body())
                    .contains("id=\"session:logout\"", "Người dùng và phân quyền", "Quản trị hệ thống");
            assertThat(tampered.statusCode()).isEqualTo(400);
            assertThat(tampered.body()).contains("id=\"session:logout\"", "Tải lại trang");
            assertThat(tamperedAjax.body())
                    .as("an Ajax request gets the whole error page as its answer")
                    .contains("<partial-response", "Tải lại trang");
            assertThat(tamperedPublic.statusCode()).isEqualTo(400);
            assertThat(tamperedPublic.body()).contains("Tải lại trang").doesNotContain("session:logout");

            assertThat(log.withStackTraces()).as("no stack trace for a refusal").isEmpty();
            assertThat(log.mentioning("/admin/noi-dung/article.xhtml")).hasSize(1);
            assertThat(log.mentioning("/admin/nguoi-dung/accounts.xhtml")).hasSize(1);
            assertThat(log.mentioning("/admin/noi-dung/articles.xhtml")).hasSize(2);
            assertThat(log.mentioning("/hoi-dap/tra-cuu.xhtml")).hasSize(1);
        }
    }

    private WebClient loggedIn(String username) throws Exception {
        WebClient web = new WebClient(base.toURI());
        assertThat(web.login(username, DemoPasswords.of(username)).statusCode()).isEqualTo(302);
        return web;
    }
}
