package vn.egov.portal.qa.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.qa.boundary.QaSettings;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.RefusalReason;
import vn.egov.portal.site.boundary.SiteDirectory;

/**
 * The mails to the asker, queued in the shared outbox inside the transaction of the change they
 * report: the receipt with the tracking code, a refusal with its reason at once, a progress notice,
 * the answer. Delivery happens afterwards and is retried, so a failing mail server never loses or
 * blocks a question. Keys start with "qa:{question}:", so an erasure can take them all back.
 */
@Stateless
@PermitAll
public class QuestionNotices {

    @Inject
    Outbox outbox;

    @Inject
    QaSettings settings;

    @Inject
    SiteDirectory directory;

    @Inject
    CalendarService calendar;

    /** The receipt of a question stored in this transaction: its key is new, so it needs no look-up. */
    public void received(Question question, LocalDate expectedDueDate, int workingDays) {
        send(
                question,
                "received",
                true,
                composer(question)
                        .received(
                                question.getTrackingCode(),
                                question.getTitle(),
                                question.getReceivedAt().atZone(calendar.rules().zone()),
                                expectedDueDate,
                                workingDays));
    }

    public void refused(Question question) {
        RefusalReason reason = question.getRefusal().getReason();
        Locale locale = locale(question);
        String channel = reason == RefusalReason.COMPLAINT_OR_DENUNCIATION
                ? settings.complaintChannel().in(locale)
                : null;
        send(
                question,
                "refused",
                false,
                composer(question)
                        .refused(
                                question.getTrackingCode(),
                                "qa.refusal." + reason,
                                question.getRefusal().getNote(),
                                channel));
    }

    public void promised(Question question) {
        LocalDate date = question.getDeadline().getPromisedDate();
        send(
                question,
                "promised:" + date,
                false,
                composer(question)
                        .promised(
                                question.getTrackingCode(),
                                question.getAgency().getName().in(locale(question)),
                                date,
                                lastNote(question)));
    }

    public void answered(Question question) {
        Locale locale = locale(question);
        send(
                question,
                "answered",
                false,
                composer(question)
                        .answered(
                                question.getTrackingCode(),
                                question.getAgency().getName().in(locale),
                                question.getAnswer().getText(),
                                question.getCitations(),
                                settings.disclaimer().in(locale)));
    }

    /** Takes back every mail to and about the asker of this question (its parts included). */
    public int forget(Question root) {
        return outbox.forget("qa:" + root.getId() + ":");
    }

    private void send(Question question, String what, boolean newQuestion, NoticeComposer.Mail mail) {
        String email = question.getAsker() == null ? null : question.getAsker().getEmail();
        if (email == null) {
            return;
        }
        String key = "qa:" + question.getRoot().getId() + ":" + question.getId() + ":" + what;
        if (newQuestion) {
            outbox.enqueueFirst(key, List.of(email), mail.subject(), mail.body());
        } else {
            outbox.enqueue(key, List.of(email), mail.subject(), mail.body());
        }
    }

    private NoticeComposer composer(Question question) {
        Locale locale = locale(question);
        SiteDirectory.Signature site = directory.mainSiteSignature();
        String trackingPage =
                site.website() + (Language.of(locale).isEnglish() ? "/en" : "") + "/hoi-dap/tra-cuu.xhtml";
        return new NoticeComposer(
                PortalMessages.bundle(locale), locale, site.name().in(locale), trackingPage);
    }

    private static String lastNote(Question question) {
        return question.getEvents().get(question.getEvents().size() - 1).getNote();
    }

    private static Locale locale(Question question) {
        return question.getLanguage().locale();
    }
}
