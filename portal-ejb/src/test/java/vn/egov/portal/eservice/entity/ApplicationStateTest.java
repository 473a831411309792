package vn.egov.portal.eservice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.eservice.control.DossierClock;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.OrgUnitKind;

/** Every state × every move: where it leads, or that it is refused naming the state and leaving the dossier as it was. */
class ApplicationStateTest {

    private static final DossierClock CLOCK =
            new DossierClock(new WorkingCalendar(CalendarRules.defaults(ZoneId.of("Asia/Ho_Chi_Minh")), List.of()));

    /** 2025-06-10, a Tuesday, 09:00 in Hà Nội. */
    private static final Instant AT = Instant.parse("2025-06-10T02:00:00Z");

    private static final Map<ApplicationState, Map<ApplicationMove, ApplicationState>> ALLOWED = Map.of(
            ApplicationState.SUBMITTED,
                    Map.of(
                            ApplicationMove.RECEIVE, ApplicationState.RECEIVED,
                            ApplicationMove.REFUSE, ApplicationState.REFUSED,
                            ApplicationMove.WITHDRAW, ApplicationState.WITHDRAWN),
            ApplicationState.RECEIVED,
                    Map.of(
                            ApplicationMove.START_PROCESSING, ApplicationState.PROCESSING,
                            ApplicationMove.REJECT, ApplicationState.REJECTED,
                            ApplicationMove.WITHDRAW, ApplicationState.WITHDRAWN),
            ApplicationState.PROCESSING,
                    Map.of(
                            ApplicationMove.REQUEST_SUPPLEMENT, ApplicationState.NEEDS_SUPPLEMENT,
                            ApplicationMove.MARK_RESULT_READY, ApplicationState.RESULT_READY,
                            ApplicationMove.REJECT, ApplicationState.REJECTED,
                            ApplicationMove.WITHDRAW, ApplicationState.WITHDRAWN),
            ApplicationState.NEEDS_SUPPLEMENT,
                    Map.of(
                            ApplicationMove.SUPPLEMENT, ApplicationState.PROCESSING,
                            ApplicationMove.REJECT, ApplicationState.REJECTED,
                            ApplicationMove.WITHDRAW, ApplicationState.WITHDRAWN),
            ApplicationState.RESULT_READY, Map.of(ApplicationMove.COMPLETE, ApplicationState.COMPLETED),
            ApplicationState.COMPLETED, Map.of(),
            ApplicationState.REFUSED, Map.of(),
            ApplicationState.REJECTED, Map.of(),
            ApplicationState.WITHDRAWN, Map.of());

    static Stream<Arguments> everyStateAndMove() {
        return Arrays.stream(ApplicationState.values())
                .flatMap(state -> Arrays.stream(ApplicationMove.values()).map(move -> Arguments.of(state, move)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndMove")
    void eachMoveLeadsWhereTheTableSaysOrIsRefused(ApplicationState state, ApplicationMove move) {
        Application dossier = dossierIn(state);
        int events = dossier.getEvents().size();
        ApplicationState expected = ALLOWED.get(state).get(move);

        assertThat(state.after(move)).isEqualTo(java.util.Optional.ofNullable(expected));
        if (expected == null) {
            assertThatThrownBy(() -> dossier.move(move, "xuly", AT, "x", CLOCK))
                    .isInstanceOfSatisfying(WrongStateException.class, wrong -> assertThat(wrong.state())
                            .isEqualTo(state));
            assertThat(dossier.getState()).isEqualTo(state);
            assertThat(dossier.getEvents()).hasSize(events);
        } else {
            ApplicationEvent event = dossier.move(move, "xuly", AT.plusSeconds(60), "ghi chú", CLOCK);
            assertThat(dossier.getState()).isEqualTo(expected);
            assertThat(event.getFromState()).isEqualTo(state);
            assertThat(event.getToState()).isEqualTo(expected);
            assertThat(event.getActor()).isEqualTo("xuly");
            assertThat(event.getAt()).isEqualTo(AT.plusSeconds(60));
            assertThat(event.getComment()).isEqualTo("ghi chú");
            assertThat(dossier.getEvents()).hasSize(events + 1).last().isSameAs(event);
            assertThat(dossier.getClosedAt() != null).isEqualTo(expected.isFinal());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void onlyReceivedAndProcessingRunTheClock(ApplicationState state) {
        assertThat(state.clockRuns())
                .isEqualTo(state == ApplicationState.RECEIVED || state == ApplicationState.PROCESSING);
    }

    static Stream<ApplicationState> states() {
        return Arrays.stream(ApplicationState.values());
    }

    /** A new dossier of a 10-day procedure, moved along the shortest path to {@code state}. */
    static Application dossierIn(ApplicationState state) {
        Application dossier = new Application("DV-7K3M-9QXP", "digest", submitted(10), AT, CLOCK);
        List<ApplicationMove> path =
                switch (state) {
                    case SUBMITTED -> List.of();
                    case RECEIVED -> List.of(ApplicationMove.RECEIVE);
                    case PROCESSING -> List.of(ApplicationMove.RECEIVE, ApplicationMove.START_PROCESSING);
                    case NEEDS_SUPPLEMENT -> List.of(
                            ApplicationMove.RECEIVE,
                            ApplicationMove.START_PROCESSING,
                            ApplicationMove.REQUEST_SUPPLEMENT);
                    case RESULT_READY -> List.of(
                            ApplicationMove.RECEIVE,
                            ApplicationMove.START_PROCESSING,
                            ApplicationMove.MARK_RESULT_READY);
                    case COMPLETED -> List.of(
                            ApplicationMove.RECEIVE,
                            ApplicationMove.START_PROCESSING,
                            ApplicationMove.MARK_RESULT_READY,
                            ApplicationMove.COMPLETE);
                    case REFUSED -> List.of(ApplicationMove.REFUSE);
                    case REJECTED -> List.of(ApplicationMove.RECEIVE, ApplicationMove.REJECT);
                    case WITHDRAWN -> List.of(ApplicationMove.WITHDRAW);
                };
        path.forEach(move -> dossier.move(move, "xuly", AT, null, CLOCK));
        return dossier;
    }

    static Application.Submitted submitted(int processingDays) {
        OrgUnit agency = new OrgUnit(
                new Slug("so-tu-phap"),
                LocalizedText.of("Sở Tư pháp", "Department of Justice"),
                OrgUnitKind.PROVINCE,
                null,
                1);
        Procedure procedure = new Procedure(
                "2.000488.000.00.00.H12",
                "Cấp Phiếu lý lịch tư pháp",
                "Lý lịch tư pháp",
                agency,
                ProcedureLevel.PROVINCE);
        procedure.settle(OnlineLevel.FULL, 200_000L, processingDays, "Phiếu lý lịch tư pháp", null);
        return new Application.Submitted(
                procedure,
                PersonKind.INDIVIDUAL,
                SealedParticulars.individual(
                        "Nguyễn Văn An", "Việt Nam", "Kỹ sư", "001099012345", "Hà Nội", "0912345678", "an@example.com"),
                "email-digest",
                "1",
                "vi");
    }
}
