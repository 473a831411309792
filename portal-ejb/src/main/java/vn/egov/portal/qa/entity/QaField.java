package vn.egov.portal.qa.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A field (lĩnh vực) an asker picks for their question, and one row of the routing table: the agency
 * the board is offered when it routes a question of this field. The board keeps the table.
 */
@Entity
@Table(name = "qa_field")
// Every question submitted and every Q&A page reads the whole table, which the board rarely changes:
// EclipseLink keeps the result and drops it when any field changes.
@NamedQuery(
        name = QaField.ALL,
        query = "select f from QaField f order by f.sortOrder, f.code",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = QaField.BY_CODE, query = "select f from QaField f where f.code = :code")
public class QaField extends PersistentEntity {

    public static final String ALL = "QaField.all";
    public static final String BY_CODE = "QaField.byCode";

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300))
    })
    private LocalizedText name;

    /** The competent agency the routing table proposes; empty when the board must choose. */
    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit agency;

    @Column(nullable = false)
    private int sortOrder;

    protected QaField() {}

    public QaField(Slug code, LocalizedText name, OrgUnit agency, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.name = Objects.requireNonNull(name, "name");
        this.agency = agency;
        this.sortOrder = sortOrder;
    }

    public void routeTo(OrgUnit agency) {
        this.agency = agency;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
