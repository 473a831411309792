package vn.egov.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.content.entity.ArticleState;

/** The editorial state machine, over every transition and every role (tables written out by hand). */
class EditorialWorkflowTest {

    private final EditorialWorkflow workflow = new EditorialWorkflow(false);

    /** Every legal move: from, action, to. Anything not listed here must be refused as illegal. */
    private static final String[][] TRANSITIONS = {
        {"DRAFT", "SUBMIT", "SUBMITTED"},
        {"RETURNED", "SUBMIT", "SUBMITTED"},
        {"SUBMITTED", "START_REVIEW", "IN_REVIEW"},
        {"SUBMITTED", "RETURN", "RETURNED"},
        {"IN_REVIEW", "RETURN", "RETURNED"},
        {"APPROVED", "RETURN", "RETURNED"},
        {"PUBLISH_FAILED", "RETURN", "RETURNED"},
        {"SUBMITTED", "REJECT", "REJECTED"},
        {"IN_REVIEW", "REJECT", "REJECTED"},
        {"IN_REVIEW", "APPROVE", "APPROVED"},
        {"APPROVED", "PUBLISH", "PUBLISHED"},
        {"PUBLISH_FAILED", "PUBLISH", "PUBLISHED"},
        {"UNPUBLISHED", "PUBLISH", "PUBLISHED"},
        {"APPROVED", "SCHEDULE", "SCHEDULED"},
        {"PUBLISH_FAILED", "SCHEDULE", "SCHEDULED"},
        {"SCHEDULED", "CANCEL_SCHEDULE", "APPROVED"},
        {"PUBLISHED", "UNPUBLISH", "UNPUBLISHED"},
        {"PUBLISHED", "ARCHIVE", "ARCHIVED"},
        {"UNPUBLISHED", "ARCHIVE", "ARCHIVED"},
        {"REJECTED", "ARCHIVE", "ARCHIVED"},
        {"SCHEDULED", "AUTO_PUBLISH", "PUBLISHED"},
        {"PUBLISHED", "AUTO_UNPUBLISH", "UNPUBLISHED"},
        {"SCHEDULED", "FAIL_PUBLISH", "PUBLISH_FAILED"},
    };

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (ArticleState state : ArticleState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                all.add(Arguments.of(state, action));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void onlyTheListedTransitionsExistAndLeadWhereTheTableSays(ArticleState from, WorkflowAction action) {
        String expected = Stream.of(TRANSITIONS)
                .filter(row -> row[0].equals(from.name()) && row[1].equals(action.name()))
                .map(row -> row[2])
                .findFirst()
                .orElse(null);
        EditorialActor mightyActor = action.isSystem()
                ? EditorialActor.SYSTEM
                : new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, false, true);

        Decision decision = workflow.decide(action, from, mightyActor, false);

        if (expected == null) {
            assertThat(decision.refusal()).isEqualTo(Decision.Refusal.ILLEGAL);
        } else {
            assertThat(decision.allowed()).as(decision.reasonKey()).isTrue();
            assertThat(decision.target().name()).isEqualTo(expected);
        }
    }

    /**
     * Who may make each move (from a state where it is legal). Columns: action, role, is the author,
     * has the category delegated, allowed.
     */
    @ParameterizedTest(name = "{0} by {1} author={2} delegated={3} -> {4}")
    @CsvSource({
        "SUBMIT, COLLABORATOR, true, true, true",
        "SUBMIT, COLLABORATOR, true, false, false",
        "SUBMIT, COLLABORATOR, false, true, false",
        "SUBMIT, SECRETARY, false, false, true",
        "SUBMIT, DEPUTY_EDITOR, true, false, true",
        "SUBMIT, EDITOR_IN_CHIEF, true, false, true",
        "SUBMIT, SUBPORTAL_EDITOR, true, false, true",
        "SUBMIT, NONE, true, true, false",
        "SUBMIT, SYSTEM, false, true, false",
        "START_REVIEW, COLLABORATOR, false, true, false",
        "START_REVIEW, SECRETARY, false, false, true",
        "START_REVIEW, DEPUTY_EDITOR, false, false, true",
        "START_REVIEW, EDITOR_IN_CHIEF, false, false, true",
        "START_REVIEW, SUBPORTAL_EDITOR, false, false, true",
        "START_REVIEW, NONE, false, false, false",
        "RETURN, COLLABORATOR, false, true, false",
        "RETURN, SECRETARY, false, false, true",
        "RETURN, DEPUTY_EDITOR, false, false, true",
        "RETURN, EDITOR_IN_CHIEF, false, false, true",
        "RETURN, SUBPORTAL_EDITOR, false, false, true",
        "REJECT, COLLABORATOR, false, true, false",
        "REJECT, SECRETARY, false, false, true",
        "REJECT, EDITOR_IN_CHIEF, false, false, true",
        "REJECT, SUBPORTAL_EDITOR, false, false, true",
        "APPROVE, COLLABORATOR, false, true, false",
        "APPROVE, SECRETARY, false, false, false",
        "APPROVE, SECRETARY, false, true, true",
        "APPROVE, SECRETARY, true, true, false",
        "APPROVE, DEPUTY_EDITOR, false, false, false",
        "APPROVE, DEPUTY_EDITOR, false, true, true",
        "APPROVE, EDITOR_IN_CHIEF, false, false, true",
        "APPROVE, EDITOR_IN_CHIEF, true, false, false",
        "APPROVE, SUBPORTAL_EDITOR, false, false, true",
        "APPROVE, SUBPORTAL_EDITOR, true, false, true",
        "APPROVE, SYSTEM, false, true, false",
        "PUBLISH, COLLABORATOR, true, true, false",
        "PUBLISH, SECRETARY, false, true, false",
        "PUBLISH, DEPUTY_EDITOR, false, false, false",
        "PUBLISH, DEPUTY_EDITOR, false, true, true",
        "PUBLISH, EDITOR_IN_CHIEF, false, false, true",
        "PUBLISH, EDITOR_IN_CHIEF, true, false, true",
        "PUBLISH, SUBPORTAL_EDITOR, false, false, true",
        "PUBLISH, SYSTEM, false, true, false",
        "SCHEDULE, SECRETARY, false, true, false",
        "SCHEDULE, DEPUTY_EDITOR, false, true, true",
        "SCHEDULE, EDITOR_IN_CHIEF, false, false, true",
        "CANCEL_SCHEDULE, SECRETARY, false, true, false",
        "CANCEL_SCHEDULE, EDITOR_IN_CHIEF, false, false, true",
        "UNPUBLISH, COLLABORATOR, true, true, false",
        "UNPUBLISH, SECRETARY, false, true, false",
        "UNPUBLISH, DEPUTY_EDITOR, false, false, false",
        "UNPUBLISH, DEPUTY_EDITOR, false, true, true",
        "UNPUBLISH, EDITOR_IN_CHIEF, false, false, true",
        "UNPUBLISH, SUBPORTAL_EDITOR, false, false, true",
        "ARCHIVE, SECRETARY, false, true, false",
        "ARCHIVE, EDITOR_IN_CHIEF, false, false, true",
        "ARCHIVE, SUBPORTAL_EDITOR, false, false, true",
        "AUTO_PUBLISH, SYSTEM, false, true, true",
        "AUTO_PUBLISH, EDITOR_IN_CHIEF, false, false, false",
        "AUTO_UNPUBLISH, SYSTEM, false, true, true",
        "AUTO_UNPUBLISH, EDITOR_IN_CHIEF, false, false, false",
        "FAIL_PUBLISH, SYSTEM, false, true, true",
        "FAIL_PUBLISH, SECRETARY, false, true, false",
    })
    void rolesDecideWhoMayMakeEachMove(
            WorkflowAction action, EditorialRole role, boolean author, boolean delegated, boolean allowed) {
        ArticleState from = Stream.of(TRANSITIONS)
                .filter(row -> row[1].equals(action.name()))
                .map(row -> ArticleState.valueOf(row[0]))
                .findFirst()
                .orElseThrow();

        Decision decision = workflow.decide(action, from, new EditorialActor(role, author, delegated), false);

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.refusal()).isEqualTo(Decision.Refusal.DENIED);
        }
    }

    @Test
    void everyActionIsCoveredByTheRoleTable() throws Exception {
        String table = java.util.Arrays.toString(EditorialWorkflowTest.class
                .getDeclaredMethod(
                        "rolesDecideWhoMayMakeEachMove",
                        WorkflowAction.class,
                        EditorialRole.class,
                        boolean.class,
                        boolean.class,
                        boolean.class)
                .getAnnotation(CsvSource.class)
                .value());
        for (WorkflowAction action : WorkflowAction.values()) {
            assertThat(table).contains(action.name() + ",");
        }
    }

    @Test
    void aSubPortalEditorApprovesAndPublishesTheirOwnWorkOnTheirSubPortal() {
        EditorialActor author = new EditorialActor(EditorialRole.SUBPORTAL_EDITOR, true, false);

        assertThat(workflow.available(ArticleState.IN_REVIEW, author, false))
                .containsExactlyInAnyOrder(WorkflowAction.RETURN, WorkflowAction.REJECT, WorkflowAction.APPROVE);
        assertThat(workflow.available(ArticleState.APPROVED, author, false))
                .contains(WorkflowAction.PUBLISH, WorkflowAction.SCHEDULE);
    }

    @Test
    void everyMoveNotOfferedFromAStateComesWithItsReason() {
        EditorialActor author = new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, true, true);
        EditorialActor secretary = new EditorialActor(EditorialRole.SECRETARY, false, false);

        assertThat(workflow.unavailable(ArticleState.IN_REVIEW, author, false))
                .containsExactly(java.util.Map.entry(WorkflowAction.APPROVE, "workflow.error.ownWork"));
        assertThat(workflow.unavailable(ArticleState.IN_REVIEW, secretary, true))
                .containsExactly(java.util.Map.entry(WorkflowAction.APPROVE, "workflow.error.screening"));
        assertThat(workflow.unavailable(ArticleState.APPROVED, secretary, false))
                .containsOnlyKeys(WorkflowAction.PUBLISH, WorkflowAction.SCHEDULE)
                .containsValue("workflow.error.role");
        assertThat(workflow.unavailable(
                        ArticleState.SCHEDULED, new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, false, true), false))
                .as("the timer's own moves are never a person's to miss")
                .isEmpty();
    }

    @Test
    void selfApprovalIsAllowedOnlyWhenConfigured() {
        EditorialActor author = new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, true, true);

        assertThat(workflow.decide(WorkflowAction.APPROVE, ArticleState.IN_REVIEW, author, false)
                        .reasonKey())
                .isEqualTo("workflow.error.ownWork");
        assertThat(new EditorialWorkflow(true)
                        .decide(WorkflowAction.APPROVE, ArticleState.IN_REVIEW, author, false)
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"APPROVE, IN_REVIEW", "PUBLISH, APPROVED", "SCHEDULE, APPROVED", "AUTO_PUBLISH, SCHEDULED"})
    void screeningHitsStopEveryReleasingMove(WorkflowAction action, ArticleState from) {
        EditorialActor actor = action.isSystem()
                ? EditorialActor.SYSTEM
                : new EditorialActor(EditorialRole.EDITOR_IN_CHIEF, false, true);

        Decision decision = workflow.decide(action, from, actor, true);

        assertThat(decision.refusal()).isEqualTo(Decision.Refusal.ILLEGAL);
        assertThat(decision.reasonKey()).isEqualTo("workflow.error.screening");
    }

    @Test
    void hitsDoNotStopReturningOrRejecting() {
        EditorialActor secretary = new EditorialActor(EditorialRole.SECRETARY, false, false);

        assertThat(workflow.decide(WorkflowAction.RETURN, ArticleState.IN_REVIEW, secretary, true)
                        .allowed())
                .isTrue();
        assertThat(workflow.decide(WorkflowAction.REJECT, ArticleState.IN_REVIEW, secretary, true)
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: collaborator author {1}, secretary {2}, deputy delegated {3}")
    @CsvSource({
        "DRAFT, true, true, true",
        "RETURNED, true, true, true",
        "SUBMITTED, false, true, true",
        "IN_REVIEW, false, true, true",
        "APPROVED, false, false, true",
        "SCHEDULED, false, false, true",
        "PUBLISH_FAILED, false, false, true",
        "PUBLISHED, false, false, true",
        "UNPUBLISHED, false, false, true",
        "REJECTED, false, false, false",
        "ARCHIVED, false, false, false",
    })
    void whoMayEditInEachState(ArticleState state, boolean collaborator, boolean secretary, boolean deputy) {
        assertThat(workflow.mayEdit(state, new EditorialActor(EditorialRole.COLLABORATOR, true, true)))
                .isEqualTo(collaborator);
        assertThat(workflow.mayEdit(state, new EditorialActor(EditorialRole.SECRETARY, false, true)))
                .isEqualTo(secretary);
        assertThat(workflow.mayEdit(state, new EditorialActor(EditorialRole.DEPUTY_EDITOR, false, true)))
                .isEqualTo(deputy);
        assertThat(workflow.mayEdit(state, new EditorialActor(EditorialRole.NONE, true, true)))
                .isFalse();
    }

    @Test
    void theButtonsOfACollaboratorOnTheirDraftAreJustSubmit() {
        assertThat(workflow.available(
                        ArticleState.DRAFT, new EditorialActor(EditorialRole.COLLABORATOR, true, true), false))
                .containsExactly(WorkflowAction.SUBMIT);
        assertThat(workflow.available(
                        ArticleState.IN_REVIEW, new EditorialActor(EditorialRole.SECRETARY, false, false), false))
                .containsExactlyInAnyOrder(WorkflowAction.RETURN, WorkflowAction.REJECT);
    }
}
