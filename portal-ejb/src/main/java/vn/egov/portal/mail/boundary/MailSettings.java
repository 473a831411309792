package vn.egov.portal.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.mail.control.Backoff;

/**
 * SMTP settings from MicroProfile Config ({@code portal.mail.*}, env {@code PORTAL_MAIL_*}). Without
 * {@code portal.mail.host} mails wait in the outbox until one is configured.
 */
@ApplicationScoped
public class MailSettings {

    /** Host and port are read at each use, so an operator can repoint the portal without a restart. */
    @Inject
    org.eclipse.microprofile.config.Config config;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.base", defaultValue = "PT1M")
    String retryBase;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.max", defaultValue = "PT6H")
    String retryMax;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.attempts", defaultValue = "8")
    int attempts;

    public boolean isConfigured() {
        return host().isPresent();
    }

    private Optional<String> host() {
        return config.getOptionalValue("portal.mail.host", String.class).filter(value -> !value.isBlank());
    }

    private int port() {
        return config.getOptionalValue("portal.mail.port", Integer.class).orElse(25);
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(value -> !value.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public Backoff backoff() {
        return new Backoff(Duration.parse(retryBase), Duration.parse(retryMax), attempts);
    }

    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put(
                "mail.smtp.host",
                host().orElseThrow(() -> new IllegalStateException("No portal.mail.host configured")));
        properties.put("mail.smtp.port", String.valueOf(port()));
        properties.put("mail.smtp.auth", String.valueOf(username().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        properties.put("mail.mime.charset", "UTF-8");
        return properties;
    }
}
