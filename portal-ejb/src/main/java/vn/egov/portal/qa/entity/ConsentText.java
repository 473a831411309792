package vn.egov.portal.qa.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.LocalizedText;

/**
 * Every version of the consent text an asker agreed to, kept for good: a consent names its version,
 * and this table says what that version said.
 */
@Entity
@Table(name = "qa_consent_text")
public class ConsentText {

    @Id
    @Column(length = 40)
    private String version;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "text_vi", nullable = false, length = 4000)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 4000))
    })
    private LocalizedText text;

    @Column(nullable = false)
    private Instant since;

    protected ConsentText() {}

    public ConsentText(String version, LocalizedText text, Instant since) {
        this.version = Objects.requireNonNull(version, "version");
        this.text = Objects.requireNonNull(text, "text");
        this.since = Objects.requireNonNull(since, "since");
    }

    public String getVersion() {
        return version;
    }

    public LocalizedText getText() {
        return text;
    }

    public Instant getSince() {
        return since;
    }
}
