package vn.egov.portal.eservice.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * One file of a dossier: the component of the procedure it stands for (by its number in the
 * procedure's list, and its name then), sealed in the file store with a sealed file name, since
 * identity papers show the applicant. Never public: officials of the agency download it, logged.
 */
@Entity
@Table(name = "eservice_application_file")
public class ApplicationFile extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "component_number", nullable = false)
    private int componentNumber;

    @Column(name = "component_name", nullable = false, length = 500)
    private String componentName;

    @Embedded
    @AttributeOverride(name = "fileName", column = @Column(name = "FILENAME", nullable = false, length = 1000))
    @Convert(converter = SealedText.class, attributeName = "fileName")
    private StoredFile stored;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "supplement", nullable = false)
    private boolean supplement;

    protected ApplicationFile() {}

    ApplicationFile(
            Application application,
            int componentNumber,
            String componentName,
            StoredFile stored,
            Instant uploadedAt,
            boolean supplement) {
        this.application = Objects.requireNonNull(application, "application");
        this.componentNumber = componentNumber;
        this.componentName = Objects.requireNonNull(componentName, "componentName");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.supplement = supplement;
    }

    public Application getApplication() {
        return application;
    }

    public int getComponentNumber() {
        return componentNumber;
    }

    public String getComponentName() {
        return componentName;
    }

    public StoredFile getStored() {
        return stored;
    }

    public String getFileName() {
        return stored.getFileName();
    }

    public long getSizeBytes() {
        return stored.getSizeBytes();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isSupplement() {
        return supplement;
    }
}
