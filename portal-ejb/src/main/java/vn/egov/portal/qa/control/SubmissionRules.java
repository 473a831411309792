package vn.egov.portal.qa.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * The two rules of a question form that depend on what the portal holds now, not on the form alone
 * (those are {@link QuestionForm}'s constraints): the field chosen is one the asker may choose, and
 * the consent is to the text shown now. Each broken rule is a field and its message key.
 */
public final class SubmissionRules {

    private final Set<String> fieldCodes;
    private final String consentVersion;

    /** {@code fieldCodes}: the fields an asker may choose; {@code consentVersion}: the text shown now. */
    public SubmissionRules(Set<String> fieldCodes, String consentVersion) {
        this.fieldCodes = Set.copyOf(fieldCodes);
        this.consentVersion = consentVersion;
    }

    /** Field name to message key for each of the two rules the form breaks. */
    public Map<String, String> check(QuestionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Text.isBlank(form.field()) && !fieldCodes.contains(form.field().strip())) {
            errors.put("field", "qa.error.field");
        }
        if (form.consent() && consentVersion != null && !consentVersion.equals(form.consentVersion())) {
            errors.put("consent", "qa.error.consentVersion");
        }
        return errors;
    }
}
