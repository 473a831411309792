package vn.egov.portal.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import vn.egov.portal.mail.entity.OutboundMail;

/** Hands one mail to the configured SMTP server with Jakarta Mail. */
@ApplicationScoped
public class MailTransport {

    @Inject
    MailSettings settings;

    public void send(OutboundMail mail, Instant now) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        String messageId = "<portal-" + mail.getId() + "@" + domainOf(settings.from()) + ">";
        // The same mail always carries the same Message-ID, so a receiving server can drop a repeat
        // sent in the short window between the SMTP server's acceptance and our commit.
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipients(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("X-Portal-Mail-Key", mail.getDedupKey());
        if (settings.username().isPresent()) {
            Transport.send(
                    message, settings.username().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1).replace(">", "");
    }
}
