package vn.egov.portal.qa.control;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.qa.entity.Citation;

/**
 * Writes the mails to an asker in their language, from the portal's message bundles: the receipt
 * with the tracking code, a refusal with its reason, a progress notice, the answer with its
 * citations and the disclaimer. Pure: bundle and texts in, subject and body out. No mail names the
 * asker or repeats their particulars; the tracking code is the only handle.
 */
public final class NoticeComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** A composed mail. */
    public record Mail(String subject, String body) {}

    private final ResourceBundle bundle;
    private final Locale locale;
    private final String portalName;
    private final String trackingPage;

    public NoticeComposer(ResourceBundle bundle, Locale locale, String portalName, String trackingPage) {
        this.bundle = bundle;
        this.locale = locale;
        this.portalName = portalName;
        this.trackingPage = trackingPage;
    }

    public Mail received(String code, String title, ZonedDateTime receivedAt, LocalDate dueDate, int workingDays) {
        return mail(
                "qa.mail.subject.received",
                code,
                Phrase.of("qa.mail.received", TIME.format(receivedAt), code, title),
                dueDate == null ? null : Phrase.of("qa.mail.due", dueDate, workingDays));
    }

    public Mail refused(String code, String reasonKey, String note, String complaintChannel) {
        return mail(
                "qa.mail.subject.refused",
                code,
                Phrase.of("qa.mail.refused", code, Phrase.of(reasonKey)),
                note == null ? null : Phrase.of("qa.mail.note", note),
                complaintChannel == null ? null : Phrase.of("qa.mail.channel", complaintChannel));
    }

    public Mail promised(String code, String agency, LocalDate date, String note) {
        return mail(
                "qa.mail.subject.promised",
                code,
                Phrase.of("qa.mail.promised", agency, code, date),
                note == null ? null : Phrase.of("qa.mail.note", note));
    }

    public Mail answered(String code, String agency, String answer, List<Citation> citations, String disclaimer) {
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("qa.mail.answered", agency, code));
        lines.add(Phrase.of("qa.mail.text", answer));
        lines.add(Phrase.of("qa.mail.citations"));
        citations.forEach(citation -> lines.add(Phrase.of(
                "qa.mail.citation",
                citation.getNumberSymbol(),
                citation.getIssuedOn(),
                citation.getIssuingBody(),
                citation.getExcerpt())));
        lines.add(Phrase.of("qa.mail.disclaimer", disclaimer));
        return mail("qa.mail.subject.answered", code, lines.toArray(Phrase[]::new));
    }

    private Mail mail(String subjectKey, String code, Phrase... lines) {
        StringBuilder body = new StringBuilder(render(Phrase.of("qa.mail.greeting")));
        for (Phrase line : lines) {
            if (line != null) {
                body.append("\n\n").append(render(line));
            }
        }
        body.append("\n\n").append(render(Phrase.of("qa.mail.track", trackingPage, code)));
        body.append("\n\n--\n").append(render(Phrase.of("qa.mail.footer", portalName)));
        return new Mail(render(Phrase.of(subjectKey, portalName, code)), body.toString());
    }

    private String render(Phrase phrase) {
        return phrase.render(bundle, locale);
    }
}
