package vn.egov.portal.deadline.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.portal.deadline.control.Assessment;
import vn.egov.portal.deadline.control.DeadlineAssessor;
import vn.egov.portal.deadline.control.InvalidObligationException;
import vn.egov.portal.deadline.control.ObligationSnapshot;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.deadline.entity.ObligationState;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Red, amber and green per unit: open obligations judged today (so the page is right even before
 * the nightly job), and those fulfilled in the last weeks, late ones in red. The board sees every
 * unit; a unit's own officials see theirs.
 */
@Stateless
public class DeadlineDashboard {

    /** How far back fulfilled obligations stay on the dashboard. */
    public static final int HISTORY_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    AccessControl access;

    @Resource
    SessionContext session;

    /** One obligation as the dashboard shows it. */
    public record Row(
            Obligation obligation, String colour, String statusKey, int workingDaysLeft, int workingDaysLate) {}

    /** A unit with its counts and its rows. */
    public record UnitBoard(OrgUnit unit, int red, int amber, int green, List<Row> rows) {}

    @RolesAllowed({
        Roles.EDITOR_IN_CHIEF,
        Roles.DEPUTY_EDITOR,
        Roles.SECRETARY,
        Roles.SUBPORTAL_EDITOR,
        Roles.AGENCY_ANSWERER,
        Roles.BATCH_OPERATOR,
        Roles.SYSADMIN
    })
    public List<UnitBoard> boards() {
        LocalDate today = monitoring.today();
        Set<String> units = visibleUnits();
        List<Obligation> obligations = units == null
                ? em.createNamedQuery(Obligation.RECENT, Obligation.class)
                        .setParameter("since", today.minusDays(HISTORY_DAYS))
                        .getResultList()
                : units.isEmpty()
                        ? List.of()
                        : em.createNamedQuery(Obligation.RECENT_FOR_UNITS, Obligation.class)
                                .setParameter("units", units)
                                .setParameter("since", today.minusDays(HISTORY_DAYS))
                                .getResultList();
        DeadlineAssessor assessor = monitoring.assessor();
        Map<OrgUnit, List<Row>> byUnit = new LinkedHashMap<>();
        obligations.stream()
                .filter(obligation ->
                        obligation.getUnit() != null && obligation.getState() != ObligationState.CANCELLED)
                .forEach(obligation -> byUnit.computeIfAbsent(obligation.getUnit(), unit -> new ArrayList<>())
                        .add(row(obligation, assessor, today)));
        return byUnit.entrySet().stream()
                .map(entry -> board(entry.getKey(), entry.getValue()))
                .sorted((a, b) -> a.unit().getPath().compareTo(b.unit().getPath()))
                .toList();
    }

    private static UnitBoard board(OrgUnit unit, List<Row> rows) {
        return new UnitBoard(unit, count(rows, "red"), count(rows, "amber"), count(rows, "green"), rows);
    }

    private static int count(List<Row> rows, String colour) {
        return (int) rows.stream().filter(row -> row.colour().equals(colour)).count();
    }

    static Row row(Obligation obligation, DeadlineAssessor assessor, LocalDate today) {
        if (obligation.getState() == ObligationState.PAUSED) {
            return new Row(obligation, "green", "deadline.status.paused", 0, 0);
        }
        if (!obligation.isOpen()) {
            return obligation.isFulfilledLate()
                    ? new Row(obligation, "red", "deadline.status.fulfilledLate", 0, obligation.getLateByWorkingDays())
                    : new Row(obligation, "green", "deadline.status.fulfilled", 0, 0);
        }
        try {
            Assessment assessment = assessor.assess(snapshot(obligation), today);
            return new Row(
                    obligation,
                    assessment.status().colour(),
                    "deadline.status." + assessment.status().name(),
                    assessment.workingDaysLeft(),
                    assessment.workingDaysOverdue());
        } catch (InvalidObligationException broken) {
            return new Row(obligation, "red", "deadline.status.invalid", 0, 0);
        }
    }

    static ObligationSnapshot snapshot(Obligation obligation) {
        return new ObligationSnapshot(
                obligation.getId(),
                obligation.getKind(),
                obligation.getUnit() == null ? null : obligation.getUnit().getCode(),
                obligation.getTriggerDate(),
                obligation.getDueDate(),
                obligation.getRule().getDueSoonDays(),
                obligation.getStatus());
    }

    /** Null for the board and operators (every unit); otherwise the units the caller works for. */
    private Set<String> visibleUnits() {
        for (String wide : List.of(
                Roles.SYSADMIN, Roles.BATCH_OPERATOR, Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY)) {
            if (session.isCallerInRole(wide)) {
                return null;
            }
        }
        UserAccount account = access.requireAccount();
        Set<String> units = new TreeSet<>();
        for (RoleGrant grant : account.getGrants()) {
            if (grant.getRole() == Role.AGENCY_ANSWERER && grant.getOrgUnit() != null) {
                units.add(grant.getOrgUnit().getCode());
            }
            if (grant.getRole() == Role.SUBPORTAL_EDITOR
                    && grant.getSite() != null
                    && grant.getSite().getOwner() != null) {
                units.add(grant.getSite().getOwner().getCode());
            }
        }
        return units;
    }
}
