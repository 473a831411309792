package vn.egov.portal.eservice.batch;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import vn.egov.portal.eservice.boundary.DossierEscalations.Escalation;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * Writes the escalation of a late dossier to the agency's head, Vietnamese first and English below,
 * like the monitor's digests: the dossier code, the procedure, the dates; never the applicant. Pure:
 * bundles in, subject and body out.
 */
final class DossierEscalationComposer {

    /** The composed mail. */
    record Mail(String subject, String body) {}

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Function<Locale, ResourceBundle> bundles;

    DossierEscalationComposer(Function<Locale, ResourceBundle> bundles) {
        this.bundles = bundles;
    }

    Mail compose(Escalation escalation) {
        Phrase subject = Phrase.of("eservice.escalation.subject", escalation.dossierCode());
        return new Mail(
                text(VI, subject) + " | " + text(Locale.ENGLISH, subject),
                block(VI, escalation) + "\n\n---\n\n" + block(Locale.ENGLISH, escalation));
    }

    private String block(Locale locale, Escalation escalation) {
        Phrase body = Phrase.of(
                "eservice.escalation.body",
                escalation.dossierCode(),
                escalation.procedureName(),
                escalation.procedureCode(),
                escalation.agency() == null ? "" : escalation.agency().in(locale),
                escalation.submittedOn(),
                escalation.dueDate());
        return String.join(
                "\n\n",
                text(locale, body),
                text(locale, Phrase.of("eservice.escalation.rule")),
                text(locale, Phrase.of("eservice.escalation.where")));
    }

    private String text(Locale locale, Phrase phrase) {
        return phrase.render(bundles.apply(locale), locale);
    }
}
