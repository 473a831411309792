package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.content.boundary.ScreeningService;
import vn.egov.portal.content.entity.ScreeningRule;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/** The board's prohibited-content rules (Article 4). */
@Named
@RequestScoped
public class ScreeningRulesPage {

    @Inject
    ScreeningService screening;

    private String phrase;
    private boolean ignoreDiacritics = true;
    private String reason;

    public List<ScreeningRule> getRules() {
        return screening.listRules();
    }

    public void add() {
        try {
            screening.addRule(phrase, ignoreDiacritics, reason);
            phrase = null;
            reason = null;
            FacesFeedback.done("screening.ruleAdded");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "rule");
        }
    }

    public void toggle(ScreeningRule rule) {
        screening.setActive(rule.getId(), !rule.isActive());
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = phrase;
    }

    public boolean isIgnoreDiacritics() {
        return ignoreDiacritics;
    }

    public void setIgnoreDiacritics(boolean ignoreDiacritics) {
        this.ignoreDiacritics = ignoreDiacritics;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
