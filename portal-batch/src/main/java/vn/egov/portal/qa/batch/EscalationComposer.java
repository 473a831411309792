package vn.egov.portal.qa.batch;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.qa.boundary.QaEscalations.Escalation;

/**
 * Writes the escalation of an overdue question to the agency's head, Vietnamese first and English
 * below, like the monitor's digests. Pure: bundles in, subject and body out.
 */
final class EscalationComposer {

    /** The composed mail. */
    record Mail(String subject, String body) {}

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Function<Locale, ResourceBundle> bundles;

    EscalationComposer(Function<Locale, ResourceBundle> bundles) {
        this.bundles = bundles;
    }

    Mail compose(Escalation escalation) {
        String subject = text(VI, Phrase.of("qa.escalation.subject", escalation.trackingCode())) + " | "
                + text(Locale.ENGLISH, Phrase.of("qa.escalation.subject", escalation.trackingCode()));
        return new Mail(subject, block(VI, escalation) + "\n\n---\n\n" + block(Locale.ENGLISH, escalation));
    }

    private String block(Locale locale, Escalation escalation) {
        return String.join(
                "\n\n",
                text(
                        locale,
                        Phrase.of(
                                "qa.escalation.body",
                                escalation.trackingCode(),
                                escalation.agency() == null
                                        ? ""
                                        : escalation.agency().in(locale),
                                escalation.receivedOn(),
                                escalation.answerBy(),
                                escalation.field() == null
                                        ? ""
                                        : escalation.field().in(locale))),
                text(locale, Phrase.of("qa.escalation.rule")),
                text(locale, Phrase.of("qa.escalation.where")));
    }

    private String text(Locale locale, Phrase phrase) {
        return phrase.render(bundles.apply(locale), locale);
    }
}
