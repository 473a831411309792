package vn.egov.portal.legal.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/** One kind of document of the controlled list (Law on Promulgation of Legal Documents), seeded as data. */
@Entity
@Table(name = "legal_document_type")
@NamedQuery(name = DocumentType.ALL, query = "select t from DocumentType t order by t.sortOrder")
@NamedQuery(name = DocumentType.BY_CODE, query = "select t from DocumentType t where t.code = :code")
public class DocumentType extends PersistentEntity {

    public static final String ALL = "DocumentType.all";
    public static final String BY_CODE = "DocumentType.byCode";

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    /** The abbreviation in symbols: "QĐ", "NĐ", "TT". */
    @Column(length = 20)
    private String abbreviation;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 200))
    })
    private LocalizedText name;

    @Column(nullable = false)
    private int sortOrder;

    protected DocumentType() {}

    public DocumentType(String code, String abbreviation, LocalizedText name, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code");
        this.abbreviation = abbreviation;
        this.name = Objects.requireNonNull(name, "name");
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
