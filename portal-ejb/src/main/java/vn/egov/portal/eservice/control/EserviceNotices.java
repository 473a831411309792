package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.site.boundary.SiteDirectory;

/**
 * The mails to the applicant, queued in the shared outbox inside the transaction of the move they
 * report: the receipt on submission and one mail per later move, in Vietnamese with English below
 * (the applicant may not read the language the form was sent in). They carry the dossier code, never
 * the secret. A failing mail server cannot undo or block a submission: delivery happens after the
 * commit and is retried. Keys start with "eservice:{dossier}:", so an erasure can take them back.
 */
@Stateless
@PermitAll
public class EserviceNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String SEPARATOR = Outbox.ENGLISH_FOLLOWS;

    @Inject
    Outbox outbox;

    @Inject
    SiteDirectory directory;

    @Inject
    CalendarService calendar;

    /** The receipt: code, procedure, agency, when it arrived and the appointment date. */
    public void submitted(Application dossier) {
        queue(dossier, "0:" + ApplicationMove.SUBMIT, ApplicationMove.SUBMIT, null);
    }

    /**
     * The move just made on the dossier, with the official's comment (the reason of a refusal or a
     * rejection, the list of what to supplement); one mail per move, numbered by its place.
     */
    public void moved(Application dossier, ApplicationMove move, String comment) {
        queue(dossier, dossier.getEvents().size() + ":" + move, move, comment);
    }

    /** The portal's draft of the letter of apology, in Vietnamese, for the official to confirm or edit. */
    public String apologyDraft(Application dossier, LocalDate newDate) {
        Locale vi = Language.VIETNAMESE.locale();
        return PortalMessages.get(
                vi,
                "eservice.apology.draft",
                dossier.getCode(),
                dossier.getProcedure().getName(),
                dossier.getAgency().getName().getVi(),
                DAY.format(dossier.getDueDate()),
                DAY.format(newDate),
                TIME.format(dossier.getSubmittedAt().atZone(calendar.rules().zone())));
    }

    /** The letter of apology as the official sent it, with its English summary below; one mail per new date. */
    public void apologised(Application dossier) {
        String email = dossier.getApplicant().getEmail();
        if (email == null) {
            return;
        }
        Locale en = Language.ENGLISH.locale();
        Locale vi = Language.VIETNAMESE.locale();
        Object[] facts = {
            dossier.getCode(),
            dossier.getProcedure().getName(),
            dossier.getAgency().getName().getEn(),
            DAY.format(dossier.getDueDate()),
            DAY.format(dossier.getApologyDate())
        };
        String subject = PortalMessages.get(vi, "eservice.mail.subject.APOLOGY", facts) + " / "
                + PortalMessages.get(en, "eservice.mail.subject.APOLOGY", facts);
        String body = dossier.getApologyText()
                + "\n\n"
                + PortalMessages.get(vi, "eservice.mail.footer", siteName(vi), trackingPage(vi))
                + SEPARATOR
                + PortalMessages.get(en, "eservice.mail.body.APOLOGY", facts)
                + "\n\n"
                + PortalMessages.get(en, "eservice.mail.footer", siteName(en), trackingPage(en));
        outbox.enqueue(prefix(dossier) + "apology:" + dossier.getApologyDate(), List.of(email), subject, body);
    }

    /** Takes back every mail to and about this dossier's applicant. */
    public int forget(Application dossier) {
        return outbox.forget(prefix(dossier));
    }

    private void queue(Application dossier, String what, ApplicationMove move, String comment) {
        String email = dossier.getApplicant().getEmail();
        if (email == null) {
            return;
        }
        Mail vi = compose(dossier, move, comment, Language.VIETNAMESE.locale());
        Mail en = compose(dossier, move, comment, Language.ENGLISH.locale());
        outbox.enqueue(
                prefix(dossier) + what,
                List.of(email),
                vi.subject() + " / " + en.subject(),
                vi.body() + SEPARATOR + en.body());
    }

    private Mail compose(Application dossier, ApplicationMove move, String comment, Locale locale) {
        ZoneId zone = calendar.rules().zone();
        LocalDate due = dossier.getDueDate();
        Object[] facts = {
            dossier.getCode(),
            dossier.getProcedure().getName(),
            dossier.getAgency().getName().in(locale),
            due == null ? "" : DAY.format(due),
            comment == null ? "" : comment,
            TIME.format(dossier.getSubmittedAt().atZone(zone)),
            PortalMessages.get(locale, "eservice.state." + dossier.getState())
        };
        String body = PortalMessages.get(locale, "eservice.mail.body." + move, facts)
                + "\n\n"
                + PortalMessages.get(locale, "eservice.mail.footer", siteName(locale), trackingPage(locale));
        return new Mail(PortalMessages.get(locale, "eservice.mail.subject." + move, facts), body);
    }

    /** The main site's name in {@code locale}, as the mails and the receipt sign them. */
    public String siteName(Locale locale) {
        return directory.mainSiteSignature().name().in(locale);
    }

    /** The public tracking page's full address in {@code locale}, as the mails and the receipt give it. */
    public String trackingPage(Locale locale) {
        return directory.mainSiteSignature().website()
                + (Language.of(locale).isEnglish() ? "/en" : "")
                + "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml";
    }

    private static String prefix(Application dossier) {
        return "eservice:" + dossier.getId() + ":";
    }

    private record Mail(String subject, String body) {}
}
