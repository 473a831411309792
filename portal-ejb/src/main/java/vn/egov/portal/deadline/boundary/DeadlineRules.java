package vn.egov.portal.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.security.entity.Roles;

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

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN, Roles.BATCH_OPERATOR})
    public List<DeadlineRule> listRules() {
        return em.createNamedQuery(DeadlineRule.ALL, DeadlineRule.class).getResultList();
    }

    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SYSADMIN})
    public DeadlineRule changeRule(String code, int workingDays, int dueSoonDays) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            errors.put("workingDays", "error.deadline.workingDays");
        }
        if (dueSoonDays < 0 || dueSoonDays > Math.max(workingDays, 0)) {
            errors.put("dueSoonDays", "error.deadline.dueSoonDays");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DeadlineRule rule = em
                .createNamedQuery(DeadlineRule.BY_CODE, DeadlineRule.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deadline rule", code));
        String before = rule.getWorkingDays() + "/" + rule.getDueSoonDays();
        rule.change(workingDays, dueSoonDays);
        audit.record("deadline.rule.change", "rule " + code, before + " -> " + workingDays + "/" + dueSoonDays);
        return rule;
    }
}
