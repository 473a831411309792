package vn.egov.portal.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InputCheck;

/**
 * The update-deadline table of Article 8.1, which the editorial board keeps. A changed rule applies
 * to obligations opened from then on; running ones keep the deadline they started with.
 */
@Stateless
public class DeadlineRules {

    public static final int MAX_WORKING_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    PublicContentVersion publicContent;

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN, Roles.BATCH_OPERATOR})
    public List<DeadlineRule> listRules() {
        return em.createNamedQuery(DeadlineRule.ALL, DeadlineRule.class).getResultList();
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SYSADMIN})
    public DeadlineRule changeRule(String code, RuleChange change) {
        inputs.require(change);
        int workingDays = change.workingDays();
        int dueSoonDays = change.dueSoonDays();
        DeadlineRule rule = em
                .createNamedQuery(DeadlineRule.BY_CODE, DeadlineRule.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deadline rule", code));
        String before = rule.getWorkingDays() + "/" + rule.getDueSoonDays();
        rule.change(workingDays, dueSoonDays);
        // Public receipts give the due date a rule counts (QuestionClock keeps it per content version).
        publicContent.changed();
        audit.record("deadline.rule.change", "rule " + code, before + " -> " + workingDays + "/" + dueSoonDays);
        return rule;
    }
}
