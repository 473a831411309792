package vn.egov.portal.test;

import java.io.File;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.egov.portal.test.client.OdfContent;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.SampleFiles;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.mail.Mailbox;

/**
 * The one deployment of all integration tests: the very single-WAR assembly that the quick start
 * runs, plus the in-container test helpers and the HTTP client (in-container tests call their own
 * server). Building it from the packaged WAR means the tests see exactly what ships.
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.micro.war", "target/portal-web-micro.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete("WEB-INF/payara-web.xml");
        return archive.addPackage(AsAdministrator.class.getPackage())
                .addClasses(WebClient.class, SampleFiles.class, PdfText.class, OdfContent.class)
                .addClasses(Mailbox.class, Mailbox.Mail.class)
                .addAsWebInfResource("it-payara-web.xml", "payara-web.xml")
                .addAsWebInfResource("it-glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsLibraries(jarOf(Assertions.class));
    }

    /** The jar a test library was loaded from, so in-container tests can use it too. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The administrator password the test containers start with (see arquillian.xml). */
    public static String adminPassword() {
        return System.getProperty("portal.it.admin.password");
    }
}
