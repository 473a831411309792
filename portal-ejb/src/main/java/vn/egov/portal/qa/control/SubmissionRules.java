package vn.egov.portal.qa.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.egov.portal.platform.control.Text;
import vn.egov.portal.privacy.control.IdentityNumbers;
import vn.egov.portal.qa.entity.AskerType;

/**
 * The mandatory particulars of Article 9.2, exactly: which fields each kind of asker must give and
 * what a valid value looks like. Every problem is reported at once, field by field, as a message
 * key, so the form and the API can name them all in the asker's language.
 */
public final class SubmissionRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    private final Set<String> fieldCodes;
    private final String consentVersion;

    /** {@code fieldCodes}: the fields an asker may choose; {@code consentVersion}: the text shown now. */
    public SubmissionRules(Set<String> fieldCodes, String consentVersion) {
        this.fieldCodes = Set.copyOf(fieldCodes);
        this.consentVersion = consentVersion;
    }

    /** Field name to message key for every problem; empty when the form is complete and valid. */
    public Map<String, String> check(QuestionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.askerType() == null) {
            errors.put("askerType", "qa.error.required.askerType");
        } else if (form.askerType() == AskerType.ORGANISATION) {
            text(errors, "representativeName", form.representativeName(), MAX_NAME);
            text(errors, "representativePosition", form.representativePosition(), MAX_NAME);
            text(errors, "organisationName", form.organisationName(), MAX_ADDRESS);
        } else {
            text(errors, "fullName", form.fullName(), MAX_NAME);
            text(errors, "nationality", form.nationality(), MAX_NAME);
            text(errors, "occupation", form.occupation(), MAX_NAME);
            formatted(errors, "idNumber", form.idNumber(), IdentityNumbers.isIdentityDocument(form.idNumber()));
        }
        if (form.askerType() != null) {
            text(errors, "address", form.address(), MAX_ADDRESS);
            formatted(errors, "phone", form.phone(), IdentityNumbers.isPhone(form.phone()));
            formatted(errors, "email", form.email(), isEmail(form.email()));
        }
        question(errors, form);
        consent(errors, form);
        return errors;
    }

    private void question(Map<String, String> errors, QuestionForm form) {
        text(errors, "title", form.title(), MAX_TITLE);
        text(errors, "body", form.body(), MAX_BODY);
        if (Text.isBlank(form.field())) {
            errors.put("field", "qa.error.required.field");
        } else if (!fieldCodes.contains(form.field().strip())) {
            errors.put("field", "qa.error.field");
        }
    }

    private void consent(Map<String, String> errors, QuestionForm form) {
        if (!form.consent()) {
            errors.put("consent", "qa.error.required.consent");
        } else if (consentVersion != null && !consentVersion.equals(form.consentVersion())) {
            errors.put("consent", "qa.error.consentVersion");
        }
    }

    private static void text(Map<String, String> errors, String name, String value, int max) {
        String clean = Text.clean(value);
        if (clean == null) {
            errors.put(name, "qa.error.required." + name);
        } else if (!Text.isStorable(clean)) {
            errors.put(name, Text.UNSTORABLE);
        } else if (clean.length() > max) {
            errors.put(name, "qa.error.length." + name);
        }
    }

    private static void formatted(Map<String, String> errors, String name, String value, boolean valid) {
        if (Text.isBlank(value)) {
            errors.put(name, "qa.error.required." + name);
        } else if (!Text.isStorable(value)) {
            errors.put(name, Text.UNSTORABLE);
        } else if (!valid) {
            errors.put(name, "qa.error." + name);
        }
    }

    static boolean isEmail(String value) {
        String clean = Text.clean(value);
        return clean != null
                && clean.length() <= MAX_NAME
                && EMAIL.matcher(clean).matches();
    }
}
