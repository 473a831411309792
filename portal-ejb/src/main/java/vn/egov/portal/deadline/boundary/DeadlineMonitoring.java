package vn.egov.portal.deadline.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.deadline.control.Assessment;
import vn.egov.portal.deadline.control.DeadlineAssessor;
import vn.egov.portal.deadline.control.ObligationSnapshot;
import vn.egov.portal.deadline.entity.DeadlineAlert;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.site.boundary.BoardMailbox;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * What the deadline-monitor job reads and writes, in the job's transactions: open obligations in
 * id order (so a checkpoint is just the last id), their assessments with one alert per stage, and
 * the digests that tell units and the board. Only the batch runtime calls it.
 */
@Stateless
@PermitAll
public class DeadlineMonitoring {

    /** Ids per statement: a digest may cover tens of thousands, and PostgreSQL binds at most 32,767. */
    private static final int MARK_SLICE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendarService;

    @Inject
    DeadlineSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    BoardMailbox boardMailbox;

    @Inject
    Clock clock;

    public DeadlineAssessor assessor() {
        return new DeadlineAssessor(calendarService.calendar(), settings.escalateAfter());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long countOpen() {
        return em.createNamedQuery(Obligation.COUNT_OPEN, Long.class).getSingleResult();
    }

    /** The next open obligations after {@code lastId}, as detached snapshots. */
    public List<ObligationSnapshot> listOpenAfter(long lastId, int max) {
        List<Object[]> rows = em.createQuery(
                        "select o.id, o.kind, u.code, o.triggerDate, o.dueDate, r.dueSoonDays, o.status"
                                + " from Obligation o join o.rule r left join o.unit u"
                                + " where o.state = vn.egov.portal.deadline.entity.ObligationState.OPEN"
                                // "o.state, o.id", not just "o.id": only then does H2 read the
                                // (state, id) index in order and stop after a page, instead of
                                // sorting every later row for each page (100,000 rows: 50 s).
                                + " and o.id > :lastId order by o.state, o.id",
                        Object[].class)
                .setParameter("lastId", lastId)
                .setMaxResults(max)
                .getResultList();
        return rows.stream()
                .map(row -> new ObligationSnapshot(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (LocalDate) row[3],
                        (LocalDate) row[4],
                        (Integer) row[5],
                        (DeadlineStatus) row[6]))
                .toList();
    }

    /** Stores each assessment and raises the alerts not raised before; returns how many are new. */
    public int record(List<Assessment> assessments, Long executionId) {
        int raised = 0;
        for (int from = 0; from < assessments.size(); from += MARK_SLICE) {
            raised += recordSlice(
                    assessments.subList(from, Math.min(assessments.size(), from + MARK_SLICE)), executionId);
        }
        return raised;
    }

    /** Two queries for the whole slice: its obligations, and the alerts they have raised before. */
    private int recordSlice(List<Assessment> assessments, Long executionId) {
        List<Long> ids = assessments.stream().map(Assessment::obligationId).toList();
        Map<Long, Obligation> obligations = obligationsById(ids);
        Set<RaisedAlert> raisedBefore = alertsRaisedFor(ids);
        int raised = 0;
        for (Assessment assessment : assessments) {
            Obligation obligation = obligations.get(assessment.obligationId());
            if (obligation == null || !obligation.isOpen()) {
                continue;
            }
            obligation.assessed(assessment.status(), assessment.on());
            RaisedAlert alert = new RaisedAlert(obligation.getId(), assessment.status(), obligation.getDueDate());
            if (assessment.needsAlert() && !raisedBefore.contains(alert)) {
                em.persist(new DeadlineAlert(obligation, assessment.status(), assessment.on(), executionId));
                raised++;
            }
        }
        return raised;
    }

    private Map<Long, Obligation> obligationsById(List<Long> ids) {
        return em
                .createNamedQuery(Obligation.BY_IDS, Obligation.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Obligation::getId, Function.identity()));
    }

    private Set<RaisedAlert> alertsRaisedFor(List<Long> ids) {
        return em
                .createNamedQuery(DeadlineAlert.RAISED_FOR, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(row -> new RaisedAlert((Long) row[0], (DeadlineStatus) row[1], (LocalDate) row[2]))
                .collect(Collectors.toSet());
    }

    /** An alert's identity: one per obligation, stage and due date. */
    private record RaisedAlert(long obligationId, DeadlineStatus level, LocalDate dueDate) {}

    /** Alerts some recipient has not been told of yet, in the order they were raised. */
    public List<UnnotifiedAlert> listUnnotified() {
        return em.createNamedQuery(DeadlineAlert.UNNOTIFIED, UnnotifiedAlert.class)
                .getResultList();
    }

    /**
     * A feature's escalated alerts still to hand to the agency head: of its {@code kind}, the work still
     * running, and no mail keyed {@code keyPrefix} + alert id queued yet, in the order they were raised.
     */
    public List<DeadlineAlert> unsentEscalations(String kind, String keyPrefix) {
        return em
                .createQuery(
                        "select a from DeadlineAlert a join fetch a.obligation o where o.kind = :kind"
                                + " and a.level = vn.egov.portal.deadline.entity.DeadlineStatus.ESCALATED"
                                + " and o.state = vn.egov.portal.deadline.entity.ObligationState.OPEN order by a.id",
                        DeadlineAlert.class)
                .setParameter("kind", kind)
                .getResultList()
                .stream()
                .filter(alert -> outbox.findByKey(keyPrefix + alert.getId()).isEmpty())
                .toList();
    }

    /** The units the alerts name, by id (a province has tens of units, read once per run). */
    public Map<Long, OrgUnit> unitsOf(Collection<UnnotifiedAlert> alerts) {
        Map<Long, OrgUnit> units = new HashMap<>();
        alerts.stream()
                .map(UnnotifiedAlert::unitId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> units.put(id, em.find(OrgUnit.class, id)));
        return units;
    }

    /**
     * Queues a digest and marks its alerts told, in one transaction: a digest exists exactly when
     * its alerts count as notified, so no re-run or restart sends them again.
     */
    public boolean enqueueDigest(
            String key, List<String> recipients, String subject, String body, List<Long> alertIds, boolean board) {
        boolean queued = recipients.isEmpty() || outbox.enqueue(key, recipients, subject, body);
        for (int from = 0; from < alertIds.size(); from += MARK_SLICE) {
            em.createNamedQuery(board ? DeadlineAlert.MARK_BOARD_NOTIFIED : DeadlineAlert.MARK_UNIT_NOTIFIED)
                    .setParameter("ids", alertIds.subList(from, Math.min(alertIds.size(), from + MARK_SLICE)))
                    .executeUpdate();
        }
        return queued;
    }

    /** The official mailbox of the editorial board. */
    public Optional<String> boardEmail() {
        return boardMailbox.address();
    }
}
