package vn.egov.portal.deadline.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import vn.egov.portal.deadline.boundary.DeadlineDashboard;
import vn.egov.portal.deadline.boundary.DeadlineRules;
import vn.egov.portal.deadline.boundary.RuleChange;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.entity.Roles;

/** The deadline dashboard (red, amber, green per unit) and, for the board, the rules table. */
@Named
@ViewScoped
public class DeadlinesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadlineDashboard dashboard;

    @Inject
    DeadlineRules rules;

    @Inject
    SecurityContext security;

    private List<DeadlineDashboard.UnitBoard> boards;
    private List<DeadlineRule> ruleList;
    private final java.util.Map<String, RuleEdit> edits = new java.util.HashMap<>();

    /** The editable numbers of one rule. */
    public static class RuleEdit implements Serializable {

        private static final long serialVersionUID = 1L;
        private int workingDays;
        private int dueSoonDays;

        public int getWorkingDays() {
            return workingDays;
        }

        public void setWorkingDays(int workingDays) {
            this.workingDays = workingDays;
        }

        public int getDueSoonDays() {
            return dueSoonDays;
        }

        public void setDueSoonDays(int dueSoonDays) {
            this.dueSoonDays = dueSoonDays;
        }
    }

    @PostConstruct
    void load() {
        boards = dashboard.boards();
        ruleList = isRulesVisible() ? rules.listRules() : List.of();
        ruleList.forEach(rule -> {
            RuleEdit edit = new RuleEdit();
            edit.workingDays = rule.getWorkingDays();
            edit.dueSoonDays = rule.getDueSoonDays();
            edits.put(rule.getCode(), edit);
        });
    }

    public java.util.Map<String, RuleEdit> getEdits() {
        return edits;
    }

    public void save(DeadlineRule rule) {
        try {
            RuleEdit edit = edits.get(rule.getCode());
            rules.changeRule(rule.getCode(), new RuleChange(edit.workingDays, edit.dueSoonDays));
            FacesFeedback.done("deadline.rule.saved");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "rules");
        }
        load();
    }

    public boolean isRulesVisible() {
        return security.isCallerInRole(Roles.EDITOR_IN_CHIEF)
                || security.isCallerInRole(Roles.DEPUTY_EDITOR)
                || security.isCallerInRole(Roles.SECRETARY)
                || security.isCallerInRole(Roles.SYSADMIN)
                || security.isCallerInRole(Roles.BATCH_OPERATOR);
    }

    public boolean isRulesEditable() {
        return security.isCallerInRole(Roles.EDITOR_IN_CHIEF)
                || security.isCallerInRole(Roles.DEPUTY_EDITOR)
                || security.isCallerInRole(Roles.SYSADMIN);
    }

    public List<DeadlineDashboard.UnitBoard> getBoards() {
        return boards;
    }

    public List<DeadlineRule> getRules() {
        return ruleList;
    }
}
