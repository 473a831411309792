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
import vn.egov.portal.deadline.boundary.UnnotifiedAlert;
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
        List<UnnotifiedAlert> alerts = monitoring.listUnnotified();
        Map<Long, OrgUnit> units = monitoring.unitsOf(alerts);
        int digests = notifyUnits(alerts, units, composer, on) + notifyBoard(alerts, units, composer, on);
        return ExitStatus.of("DIGESTS", digests);
    }

    private int notifyUnits(
            List<UnnotifiedAlert> alerts, Map<Long, OrgUnit> units, DigestComposer composer, LocalDate on) {
        Map<Long, List<UnnotifiedAlert>> byUnit = new LinkedHashMap<>();
        alerts.stream().filter(alert -> !alert.unitNotified()).forEach(alert -> byUnit.computeIfAbsent(
                        alert.unitId(), unit -> new ArrayList<>())
                .add(alert));
        byUnit.forEach((unitId, unitAlerts) -> {
            OrgUnit unit = units.get(unitId);
            DigestComposer.Mail mail = composer.forUnit(unitName(unit), lines(unitAlerts, units));
            monitoring.enqueueDigest(
                    key("unit:" + (unit == null ? "none" : unit.getCode()), on, unitAlerts),
                    mailbox(unit),
                    mail.subject(),
                    mail.body(),
                    ids(unitAlerts),
                    false);
        });
        return byUnit.size();
    }

    private int notifyBoard(
            List<UnnotifiedAlert> alerts, Map<Long, OrgUnit> units, DigestComposer composer, LocalDate on) {
        List<UnnotifiedAlert> late =
                alerts.stream().filter(alert -> !alert.boardNotified()).toList();
        if (late.isEmpty()) {
            return 0;
        }
        DigestComposer.Mail mail = composer.forBoard(lines(late, units));
        List<String> board = monitoring.boardEmail().map(List::of).orElse(List.of());
        monitoring.enqueueDigest(key("board", on, late), board, mail.subject(), mail.body(), ids(late), true);
        return 1;
    }

    private static List<DigestComposer.Line> lines(List<UnnotifiedAlert> alerts, Map<Long, OrgUnit> units) {
        return alerts.stream()
                .map(alert -> new DigestComposer.Line(
                        alert.subjectTitle(), unitName(units.get(alert.unitId())), alert.level(), alert.dueDate()))
                .toList();
    }

    private static String unitName(OrgUnit unit) {
        return unit == null ? "" : unit.getName().in(Locale.forLanguageTag("vi"));
    }

    private static List<String> mailbox(OrgUnit unit) {
        String email = unit == null || unit.getContact() == null
                ? null
                : unit.getContact().getEmail();
        return email == null || email.isBlank() ? List.of() : List.of(email);
    }

    private static List<Long> ids(List<UnnotifiedAlert> alerts) {
        return alerts.stream().map(UnnotifiedAlert::id).toList();
    }

    /** Names the day and the alerts a digest covers: the same digest can never be queued twice. */
    static String key(String recipient, LocalDate on, List<UnnotifiedAlert> alerts) {
        long first = alerts.stream().mapToLong(UnnotifiedAlert::id).min().orElse(0);
        long last = alerts.stream().mapToLong(UnnotifiedAlert::id).max().orElse(0);
        return KEY_PREFIX + recipient + ":" + on + ":" + first + "-" + last + ":" + alerts.size();
    }
}
