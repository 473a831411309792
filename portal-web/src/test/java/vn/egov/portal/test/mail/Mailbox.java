package vn.egov.portal.test.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One GreenMail mailbox, read over IMAP from inside the deployment (user and password are the
 * address, as {@link TestMailServer} sets them up).
 */
public final class Mailbox {

    /** A mail as its reader sees it. */
    public record Mail(String subject, String body) {}

    private Mailbox() {}

    /** The mails in the address's box, oldest first; none while nothing has arrived. */
    public static List<Mail> of(String address) throws MessagingException, IOException {
        int port = Integer.parseInt(System.getProperty("portal.it.imap.port"));
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect("127.0.0.1", port, address, address);
        } catch (AuthenticationFailedException noMailYet) {
            // GreenMail opens a mailbox when its first mail arrives.
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> found = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                found.add(new Mail(message.getSubject(), message.getContent().toString()));
            }
            inbox.close(false);
            return found;
        } finally {
            store.close();
        }
    }
}
