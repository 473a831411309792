package vn.egov.portal.test.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on the ports the build reserved (portal.it.smtp.port, portal.it.imap.port; see
 * portal-web/pom.xml). The portal under test sends to the SMTP port (arquillian.xml passes it as
 * portal.mail.port); in-container tests read each mailbox over IMAP, user and password being the
 * address. Started on the client side only (JUnit @BeforeAll), never inside the deployment.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized void start() {
        if (server == null) {
            int smtp = Integer.parseInt(System.getProperty("portal.it.smtp.port"));
            int imap = Integer.parseInt(System.getProperty("portal.it.imap.port"));
            server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
