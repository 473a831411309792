package vn.egov.portal.qa.web;

import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.qa.control.QuestionForm;

/** The fields of the question form as typed, kept as they are until the boundary has checked them. */
public class AskForm {

    private final Particulars particulars = new Particulars();
    private String title;
    private String body;
    private String field;
    private boolean consent;

    QuestionForm toForm(String consentVersion, Language language) {
        return new QuestionForm(particulars, title, body, field, consent, consent ? consentVersion : null, language);
    }

    /** The address's word for the kind of asker: "to-chuc" or "ca-nhan"; anything else chooses nothing. */
    public String getKind() {
        if (particulars.getKind() == null) {
            return null;
        }
        return particulars.getKind() == PersonKind.ORGANISATION ? AskPage.ORGANISATION : AskPage.INDIVIDUAL;
    }

    public void setKind(String kind) {
        if (AskPage.ORGANISATION.equals(kind)) {
            particulars.setKind(PersonKind.ORGANISATION);
        } else if (AskPage.INDIVIDUAL.equals(kind)) {
            particulars.setKind(PersonKind.INDIVIDUAL);
        } else {
            particulars.setKind(null);
        }
    }

    public PersonKind getPersonKind() {
        return particulars.getKind();
    }

    /** The asker's particulars, filled in field by field by the form. */
    public Particulars getParticulars() {
        return particulars;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
