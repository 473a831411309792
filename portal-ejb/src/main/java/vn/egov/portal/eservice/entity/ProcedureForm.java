package vn.egov.portal.eservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * The blank form (mẫu đơn, tờ khai) of one dossier component, by the component's number (from 1) in
 * the procedure's list, kept public in the file store: anyone downloads it to fill it in.
 */
@Entity
@Table(name = "eservice_procedure_form")
@NamedQuery(
        name = ProcedureForm.OF_PROCEDURE,
        query = "select f from ProcedureForm f where f.procedure = :procedure order by f.componentNumber")
public class ProcedureForm extends PersistentEntity {

    public static final String OF_PROCEDURE = "ProcedureForm.ofProcedure";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "component_number", nullable = false)
    private int componentNumber;

    @Embedded
    private StoredFile stored;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProcedureForm() {}

    public ProcedureForm(Procedure procedure, int componentNumber, StoredFile stored, Instant uploadedAt) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.componentNumber = componentNumber;
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getComponentNumber() {
        return componentNumber;
    }

    public StoredFile getStored() {
        return stored;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
