package vn.egov.portal.eservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One paper of a procedure's dossier: what it is, how many originals and copies, whether it may be left out. */
@Embeddable
public class DossierComponent {

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "originals", nullable = false)
    private int originals;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected DossierComponent() {}

    public DossierComponent(String name, int originals, int copies, boolean required) {
        this.name = Objects.requireNonNull(name, "name");
        this.originals = originals;
        this.copies = copies;
        this.required = required;
    }

    public String getName() {
        return name;
    }

    public int getOriginals() {
        return originals;
    }

    public int getCopies() {
        return copies;
    }

    public boolean isRequired() {
        return required;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DossierComponent that
                && name.equals(that.name)
                && originals == that.originals
                && copies == that.copies
                && required == that.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, originals, copies, required);
    }
}
