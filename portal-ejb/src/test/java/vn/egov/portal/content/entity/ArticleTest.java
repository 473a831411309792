package vn.egov.portal.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteKind;

/** The article moves only as the editorial workflow allows, and keeps its dates as the moves say. */
class ArticleTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final EditorialWorkflow RULES = new EditorialWorkflow(false);
    private static final EditorialActor CHIEF = new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, false, true);
    private static final EditorialActor WRITER = new EditorialActor(EditorialRole.COLLABORATOR, true, true);

    private static Article article() {
        Site site = new Site(new Slug("tinh"), SiteKind.MAIN, LocalizedText.of("Cổng tỉnh", null), null);
        Category category =
                new Category(new Slug("tin-tuc-su-kien"), "7.1", LocalizedText.of("Tin tức", null), null, 1);
        return new Article(site, category, Language.VIETNAMESE, "congtacvien", CREATED);
    }

    private static Article approved() {
        Article article = article();
        article.take(WorkflowAction.SUBMIT, WRITER, RULES, CREATED);
        article.take(WorkflowAction.START_REVIEW, CHIEF, RULES, CREATED);
        article.take(WorkflowAction.APPROVE, CHIEF, RULES, CREATED);
        return article;
    }

    @Test
    void aNewArticleIsADraftAndTheAllowedMovesTakeItAlong() {
        Article article = approved();

        assertThat(article.getState()).isEqualTo(ArticleState.APPROVED);
    }

    @Test
    void aRefusedMoveChangesNothingAndSaysWhy() {
        Article article = article();
        Instant later = CREATED.plusSeconds(60);

        Decision decision = article.take(WorkflowAction.PUBLISH, CHIEF, RULES, later);

        assertThat(decision.refusal()).isEqualTo(Decision.Refusal.ILLEGAL);
        assertThat(article.getState()).isEqualTo(ArticleState.DRAFT);
        assertThat(article.getUpdatedAt()).isEqualTo(CREATED);
        assertThat(article.getPublishedAt()).isNull();
    }

    @Test
    void theWriterApprovesTheirOwnWorkOnlyWhereTheInstallationAllowsIt() {
        EditorialActor writingDeputy = new EditorialActor(EditorialRole.DEPUTY_EDITOR, true, true);
        Article refused = article();
        refused.take(WorkflowAction.SUBMIT, writingDeputy, RULES, CREATED);
        refused.take(WorkflowAction.START_REVIEW, writingDeputy, RULES, CREATED);

        assertThat(refused.take(WorkflowAction.APPROVE, writingDeputy, RULES, CREATED)
                        .reasonKey())
                .isEqualTo("workflow.error.ownWork");
        assertThat(refused.getState()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(refused.take(WorkflowAction.APPROVE, writingDeputy, new EditorialWorkflow(true), CREATED)
                        .allowed())
                .isTrue();
        assertThat(refused.getState()).isEqualTo(ArticleState.APPROVED);
    }

    @Test
    void unreviewedScreeningHitsHoldTheArticleBackUntilReviewed() {
        Article article = article();
        article.take(WorkflowAction.SUBMIT, WRITER, RULES, CREATED);
        article.take(WorkflowAction.START_REVIEW, CHIEF, RULES, CREATED);
        article.screened(2);

        assertThat(article.take(WorkflowAction.APPROVE, CHIEF, RULES, CREATED).reasonKey())
                .isEqualTo("workflow.error.screening");
        article.screeningReviewed();
        assertThat(article.take(WorkflowAction.APPROVE, CHIEF, RULES, CREATED).allowed())
                .isTrue();
    }

    @Test
    void thePublicationDateIsTheFirstPublicationAndStaysThroughAnUnpublishing() {
        Article article = approved();
        Instant first = CREATED.plusSeconds(3600);
        Instant again = first.plusSeconds(86_400);

        article.take(WorkflowAction.PUBLISH, CHIEF, RULES, first);
        article.take(WorkflowAction.UNPUBLISH, CHIEF, RULES, first.plusSeconds(60));
        article.take(WorkflowAction.PUBLISH, CHIEF, RULES, again);

        assertThat(article.getState()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(article.getPublishedAt()).isEqualTo(first);
        assertThat(article.getUpdatedAt()).isEqualTo(again);
    }

    @Test
    void aFailedPublicationKeepsItsReasonUntilTheNextMove() {
        Article article = approved();
        article.take(WorkflowAction.SCHEDULE, CHIEF, RULES, CREATED);
        article.take(WorkflowAction.FAIL_PUBLISH, EditorialActor.SYSTEM, RULES, CREATED);
        article.failed("workflow.error.siteInactive");

        assertThat(article.getFailureReason()).isEqualTo("workflow.error.siteInactive");
        article.take(WorkflowAction.SCHEDULE, CHIEF, RULES, CREATED);
        assertThat(article.getFailureReason()).isNull();
    }

    @Test
    void onlyTheTimerMakesTheTimersMoves() {
        Article article = approved();
        article.take(WorkflowAction.SCHEDULE, CHIEF, RULES, CREATED);

        assertThat(article.take(WorkflowAction.AUTO_PUBLISH, CHIEF, RULES, CREATED)
                        .refusal())
                .isEqualTo(Decision.Refusal.DENIED);
        assertThat(article.take(WorkflowAction.AUTO_PUBLISH, EditorialActor.SYSTEM, RULES, CREATED)
                        .allowed())
                .isTrue();
    }

    @Test
    void aProposalArrivesInTheMainBoardsQueueAsSubmitted() {
        Article original = approved();
        Article copy = article();

        copy.proposedFrom(original, CREATED.plusSeconds(10));

        assertThat(copy.getState()).isEqualTo(ArticleState.SUBMITTED);
        assertThat(copy.getOrigin()).isSameAs(original);
    }

    @Test
    void everyMoveOfTheWorkflowHasItsNameInTheHistory() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertThat(action.recordedAs().name()).isEqualTo(action.name());
        }
    }
}
