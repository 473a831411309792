package vn.egov.portal.deadline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.entity.LocalizedText;

/** An obligation runs from its trigger to its due date and ends once: fulfilled or cancelled. */
class ObligationTest {

    private static final LocalDate TRIGGER = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 9);

    private static Obligation obligation() {
        DeadlineRule rule =
                new DeadlineRule("legal.publish", "8.1c", null, LocalizedText.of("Đăng văn bản", null), null, 5, 2);
        return new Obligation(
                "legal", 7L, "01/2026/QĐ-UBND", "/van-ban/2026/1/qd-ubnd", rule, null, TRIGGER, null, DUE, false);
    }

    @Test
    void aNewObligationIsOpenOnTrackWithTheRulesWorkingDays() {
        Obligation obligation = obligation();

        assertThat(obligation.isOpen()).isTrue();
        assertThat(obligation.getStatus()).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(obligation.getWorkingDays()).isEqualTo(5);
        assertThat(obligation.getDueDate()).isEqualTo(DUE);
    }

    @Test
    void fulfilledInTimeIsNotLateAndFulfilledAfterTheDueDateIs() {
        Obligation inTime = obligation();
        Obligation late = obligation();
        Instant at = Instant.parse("2026-03-11T03:00:00Z");

        inTime.fulfil(at, 0);
        late.fulfil(at, 2);

        assertThat(inTime.getState()).isEqualTo(ObligationState.FULFILLED);
        assertThat(inTime.isFulfilledLate()).isFalse();
        assertThat(late.isFulfilledLate()).isTrue();
        assertThat(late.getLateByWorkingDays()).isEqualTo(2);
        assertThat(late.getFulfilledAt()).isEqualTo(at);
        assertThat(late.isOpen()).isFalse();
    }

    @Test
    void anObligationEndsOnceNeitherFulfilledTwiceNorCancelledAfterwards() {
        Obligation fulfilled = obligation();
        fulfilled.fulfil(Instant.parse("2026-03-05T03:00:00Z"), 0);
        Obligation cancelled = obligation();
        cancelled.cancel();

        assertThatThrownBy(() -> fulfilled.fulfil(Instant.parse("2026-03-06T03:00:00Z"), 0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(fulfilled::cancel).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cancelled.fulfil(Instant.parse("2026-03-06T03:00:00Z"), 0))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fulfilled.getFulfilledAt()).isEqualTo(Instant.parse("2026-03-05T03:00:00Z"));
        assertThat(cancelled.getState()).isEqualTo(ObligationState.CANCELLED);
    }

    @Test
    void aRescheduledObligationSaysWhyWithinItsColumn() {
        Obligation obligation = obligation();

        obligation.reschedule(DUE.plusDays(1), "QĐ 12/2026: " + "nghỉ bù ".repeat(100));

        assertThat(obligation.getDueDate()).isEqualTo(DUE.plusDays(1));
        assertThat(obligation.getRescheduleNote()).hasSize(500).startsWith("QĐ 12/2026: nghỉ bù");
    }

    @Test
    void aPausedObligationIsNotOpenUntilItResumesToItsNewDateAndCanStillBeCalledOff() {
        Obligation paused = obligation();
        Obligation withdrawn = obligation();

        paused.pause("DV-7K3M-9QXP: REQUEST_SUPPLEMENT");
        withdrawn.pause("DV-7K3M-9QXP: REQUEST_SUPPLEMENT");
        withdrawn.cancel();

        assertThat(paused.isOpen()).as("not judged while paused").isFalse();
        assertThat(paused.isPending()).isTrue();
        assertThatThrownBy(() -> paused.fulfil(Instant.parse("2026-03-06T03:00:00Z"), 0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.pause("twice")).isInstanceOf(IllegalStateException.class);
        paused.resume(DUE.plusDays(7), "DV-7K3M-9QXP: SUPPLEMENT");
        assertThat(paused.isOpen()).isTrue();
        assertThat(paused.getDueDate()).isEqualTo(DUE.plusDays(7));
        assertThat(paused.getRescheduleNote()).isEqualTo("DV-7K3M-9QXP: SUPPLEMENT");
        assertThatThrownBy(() -> paused.resume(DUE, "not paused")).isInstanceOf(IllegalStateException.class);
        assertThat(withdrawn.getState()).isEqualTo(ObligationState.CANCELLED);
        assertThat(withdrawn.isPending()).isFalse();
    }

    @Test
    void aDueDateTheFeatureGaveIsMarkedSoTheCalendarLeavesItAlone() {
        DeadlineRule rule = new DeadlineRule(
                "eservice-dossier", "5.11", null, LocalizedText.of("Giải quyết hồ sơ", null), null, 0, 2);

        Obligation given = new Obligation(
                "eservice-dossier",
                9L,
                "DV-7K3M-9QXP · Cấp phiếu lý lịch tư pháp",
                null,
                rule,
                null,
                TRIGGER,
                null,
                DUE,
                true);

        assertThat(given.isDueGiven()).isTrue();
        assertThat(given.getDueDate()).isEqualTo(DUE);
        assertThat(obligation().isDueGiven()).isFalse();
    }

    @Test
    void theAssessmentIsKeptWithItsDay() {
        Obligation obligation = obligation();

        obligation.assessed(DeadlineStatus.DUE_SOON, DUE.minusDays(1));

        assertThat(obligation.getStatus()).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(obligation.getAssessedOn()).isEqualTo(DUE.minusDays(1));
    }
}
