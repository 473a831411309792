package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The asker's consent to the processing of their data: when, and to which version of the text. */
@Embeddable
public class Consent {

    @Column(name = "consent_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "consent_version", nullable = false, length = 40)
    private String textVersion;

    protected Consent() {}

    public Consent(Instant consentedAt, String textVersion) {
        this.consentedAt = Objects.requireNonNull(consentedAt, "consentedAt");
        this.textVersion = Objects.requireNonNull(textVersion, "textVersion");
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public String getTextVersion() {
        return textVersion;
    }
}
