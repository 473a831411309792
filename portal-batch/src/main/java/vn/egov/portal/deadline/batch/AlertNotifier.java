package vn.egov.portal.deadline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.deadline.entity.DeadlineAlert;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Turns the alerts nobody was told of into one digest per responsible unit (to its official
 * mailbox) and one for the board (overdue and escalated only). Each digest is queued together with
 * marking its alerts told, so a re-run finds nothing left to say.
 */
@Dependent
@Named("alertNotifier")
public class AlertNotifier extends AbstractBatchlet {

    static final String KEY_PREFIX = "deadline-digest:";

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    @BatchProperty(name = "runDate")
    String runDate;

    @Override
    public String process() {
        LocalDate on = runDate == null || runDate.isBlank() ? monitoring.today() : LocalDate.parse(runDate.strip());
        DigestComposer composer = new DigestComposer(PortalMessages::bundle);
        List<DeadlineAlert> alerts = monitoring.listUnnotified();
        int digests = notifyUnits(alerts, composer, on) + notifyBoard(alerts, composer, on);
        return ExitStatus.of("DIGESTS", digests);
    }

    private int notifyUnits(List<DeadlineAlert> alerts, DigestComposer composer, LocalDate on) {
        Map<OrgUnit, List<DeadlineAlert>> byUnit = new LinkedHashMap<>();
        alerts.stream().filter(alert -> !alert.isUnitNotified()).forEach(alert -> byUnit.computeIfAbsent(
                        alert.getObligation().getUnit(), unit -> new ArrayList<>())
                .add(alert));
        byUnit.forEach((unit, unitAlerts) -> {
            DigestComposer.Mail mail = composer.forUnit(unit.getName().getVi(), lines(unitAlerts));
            monitoring.enqueueDigest(
                    key("unit:" + unit.getCode(), on, unitAlerts),
                    mailbox(unit),
                    mail.subject(),
                    mail.body(),
                    ids(unitAlerts),
                    false);
        });
        return byUnit.size();
    }

    private int notifyBoard(List<DeadlineAlert> alerts, DigestComposer composer, LocalDate on) {
        List<DeadlineAlert> late =
                alerts.stream().filter(alert -> !alert.isBoardNotified()).toList();
        if (late.isEmpty()) {
            return 0;
        }
        DigestComposer.Mail mail = composer.forBoard(lines(late));
        List<String> board = monitoring.boardEmail().map(List::of).orElse(List.of());
        monitoring.enqueueDigest(key("board", on, late), board, mail.subject(), mail.body(), ids(late), true);
        return 1;
    }

    private static List<DigestComposer.Line> lines(List<DeadlineAlert> alerts) {
        return alerts.stream()
                .map(alert -> new DigestComposer.Line(
                        alert.getObligation().getSubjectTitle(),
                        alert.getObligation().getUnit().getName().in(Locale.forLanguageTag("vi")),
                        alert.getLevel(),
                        alert.getDueDate()))
                .toList();
    }

    private static List<String> mailbox(OrgUnit unit) {
        String email = unit.getContact() == null ? null : unit.getContact().getEmail();
        return email == null || email.isBlank() ? List.of() : List.of(email);
    }

    private static List<Long> ids(List<DeadlineAlert> alerts) {
        return alerts.stream().map(DeadlineAlert::getId).toList();
    }

    /** Names the day and the alerts a digest covers: the same digest can never be queued twice. */
    static String key(String recipient, LocalDate on, List<DeadlineAlert> alerts) {
        long first = alerts.stream().mapToLong(DeadlineAlert::getId).min().orElse(0);
        long last = alerts.stream().mapToLong(DeadlineAlert::getId).max().orElse(0);
        return KEY_PREFIX + recipient + ":" + on + ":" + first + "-" + last + ":" + alerts.size();
    }
}
