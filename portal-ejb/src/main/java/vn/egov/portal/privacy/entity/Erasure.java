package vn.egov.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a person's data was erased (a question's asker, a dossier's applicant): on whose
 * request, under which reference, when, by whom. Each owner embeds it with its own columns.
 */
@Embeddable
public class Erasure {

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "erasure_requester", length = 20)
    private ErasureRequester requestedBy;

    @Column(name = "erasure_reference", length = 300)
    private String reference;

    @Column(name = "erased_by", length = 64)
    private String erasedBy;

    protected Erasure() {}

    public Erasure(ErasureRequester requestedBy, String reference, Instant erasedAt, String erasedBy) {
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.reference = reference;
        this.erasedAt = Objects.requireNonNull(erasedAt, "erasedAt");
        this.erasedBy = Objects.requireNonNull(erasedBy, "erasedBy");
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public ErasureRequester getRequestedBy() {
        return requestedBy;
    }

    public String getReference() {
        return reference;
    }

    public String getErasedBy() {
        return erasedBy;
    }
}
