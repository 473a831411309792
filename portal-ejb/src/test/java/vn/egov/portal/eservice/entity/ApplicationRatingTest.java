package vn.egov.portal.eservice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rating rules: only a completed dossier, only once, nothing changed by a refused rating. */
class ApplicationRatingTest {

    private static final Instant LATER = Instant.parse("2025-07-01T03:00:00Z");

    static Stream<ApplicationState> notCompleted() {
        return Arrays.stream(ApplicationState.values()).filter(state -> state != ApplicationState.COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCompleted")
    void aDossierThatIsNotCompletedIsNotRatedAndTheRefusalNamesItsState(ApplicationState state) {
        Application dossier = ApplicationStateTest.dossierIn(state);

        assertThatThrownBy(() -> dossier.rate(ServiceRating.SATISFIED, "tốt", LATER))
                .isInstanceOfSatisfying(WrongStateException.class, wrong -> assertThat(wrong.state())
                        .isEqualTo(state));
        assertThat(dossier.getRating()).isNull();
        assertThat(dossier.getRatedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ServiceRating.class)
    void aCompletedDossierIsRatedOnceWithItsComment(ServiceRating rating) {
        Application dossier = ApplicationStateTest.dossierIn(ApplicationState.COMPLETED);

        dossier.rate(rating, "Cán bộ hướng dẫn tận tình", LATER);

        assertThat(dossier.getRating()).isEqualTo(rating);
        assertThat(dossier.getRatingComment()).isEqualTo("Cán bộ hướng dẫn tận tình");
        assertThat(dossier.getRatedAt()).isEqualTo(LATER);
    }

    @Test
    void aSecondRatingIsRefusedAndTheFirstStays() {
        Application dossier = ApplicationStateTest.dossierIn(ApplicationState.COMPLETED);
        dossier.rate(ServiceRating.UNSATISFIED, null, LATER);

        assertThatThrownBy(() -> dossier.rate(ServiceRating.SATISFIED, "đổi ý", LATER.plusSeconds(60)))
                .isInstanceOf(AlreadyRatedException.class);
        assertThat(dossier.getRating()).isEqualTo(ServiceRating.UNSATISFIED);
        assertThat(dossier.getRatingComment()).isNull();
        assertThat(dossier.getRatedAt()).isEqualTo(LATER);
    }

    @Test
    void theResultTimeIsTheMoveThatMadeTheResultReady() {
        Application dossier = ApplicationStateTest.dossierIn(ApplicationState.COMPLETED);

        assertThat(dossier.getResultAt())
                .isEqualTo(dossier.getEvents().stream()
                        .filter(event -> event.getMove() == ApplicationMove.MARK_RESULT_READY)
                        .findFirst()
                        .orElseThrow()
                        .getAt());
        assertThat(ApplicationStateTest.dossierIn(ApplicationState.PROCESSING).getResultAt())
                .isNull();
    }

    @Test
    void onlyUnsatisfiedCountsAgainstSatisfaction() {
        assertThat(ServiceRating.SATISFIED.isContent()).isTrue();
        assertThat(ServiceRating.ACCEPTABLE.isContent()).isTrue();
        assertThat(ServiceRating.UNSATISFIED.isContent()).isFalse();
    }
}
