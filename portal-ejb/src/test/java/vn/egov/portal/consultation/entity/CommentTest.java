package vn.egov.portal.consultation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.privacy.entity.Contact;

/** Moderation of a comment, as a table: what each state may become, and what the public sees of the commenter. */
class CommentTest {

    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");

    private static Comment comment(CommentState state, Contact commenter, boolean showName) {
        Comment comment = new Comment(
                ConsultationStateTest.consultation(),
                null,
                "Đề nghị sửa Điều 2.",
                commenter,
                showName,
                "v1",
                state != CommentState.PENDING,
                AT);
        if (state == CommentState.REFUSED) {
            comment.refuse("Nội dung không liên quan", AT, "bientap");
        }
        assertThat(comment.getState()).isEqualTo(state);
        return comment;
    }

    private static Comment comment(CommentState state) {
        return comment(state, new Contact("Nguyễn Văn A", null, "a@example.vn"), true);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING, PUBLISHED, true",
        "PENDING, REFUSED, true",
        // moderation after the fact
        "PUBLISHED, REFUSED, true",
        "PUBLISHED, PUBLISHED, false",
        "REFUSED, PUBLISHED, false",
        "REFUSED, REFUSED, false"
    })
    void isModeratedOnceAndMayBeRefusedAfterPublication(CommentState from, CommentState to, boolean allowed) {
        Comment comment = comment(from);
        Runnable move = to == CommentState.PUBLISHED
                ? () -> comment.publish(AT, "bientap")
                : () -> comment.refuse("Lời lẽ xúc phạm", AT, "bientap");
        if (allowed) {
            move.run();
            assertThat(comment.getState()).isEqualTo(to);
            assertThat(comment.getModeratedAt()).isEqualTo(AT);
            assertThat(comment.getRefusalReason()).isEqualTo(to == CommentState.REFUSED ? "Lời lẽ xúc phạm" : null);
        } else {
            assertThatThrownBy(move::run).isInstanceOf(IllegalStateException.class);
            assertThat(comment.getState()).isEqualTo(from);
        }
    }

    @Test
    void showsTheNameOnlyWhenTheCommenterAgreedAndGaveOne() {
        Contact named = new Contact("Trần Thị B", "Công ty X", "b@example.vn");
        assertThat(comment(CommentState.PUBLISHED, named, true).getPublicName()).isEqualTo("Trần Thị B");
        assertThat(comment(CommentState.PUBLISHED, named, false).getPublicName())
                .isNull();
        Comment anonymous = comment(CommentState.PUBLISHED, new Contact(null, null, null), true);
        assertThat(anonymous.getPublicName()).isNull();
        assertThat(anonymous.isShowName()).isFalse();
        assertThat(anonymous.getCommenter().isEmpty()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aCommentAwaitingConfirmationIsConfirmedOnce() {
        Comment comment = comment(CommentState.PUBLISHED);
        assertThat(comment.isAwaitingConfirmation()).isFalse();
        comment.awaitConfirmation("d".repeat(64));
        assertThat(comment.isAwaitingConfirmation()).isTrue();
        comment.confirm(AT);
        assertThat(comment.isAwaitingConfirmation()).isFalse();
        assertThat(comment.getConfirmedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> comment.confirm(AT)).isInstanceOf(IllegalStateException.class);
    }
}
