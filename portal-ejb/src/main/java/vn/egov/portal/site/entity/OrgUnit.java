package vn.egov.portal.site.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A body in the province's organisation tree, of any depth (R3.2). Each node keeps the path of codes
 * from the root ("/tinh/ubnd/so-tp/"), so a whole branch is one indexed prefix query and the tree
 * never needs recursive SQL.
 */
@Entity
@Table(name = "org_unit", indexes = @Index(name = "ix_org_unit_path", columnList = "path"))
@NamedQuery(name = OrgUnit.BY_CODE, query = "select u from OrgUnit u where u.code = :code")
@NamedQuery(name = OrgUnit.ALL_IN_TREE_ORDER, query = "select u from OrgUnit u order by u.path")
@NamedQuery(name = OrgUnit.BRANCH, query = "select u from OrgUnit u where u.path like :prefix order by u.path")
public class OrgUnit extends PersistentEntity {

    public static final String BY_CODE = "OrgUnit.byCode";
    public static final String ALL_IN_TREE_ORDER = "OrgUnit.allInTreeOrder";
    public static final String BRANCH = "OrgUnit.branch";

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300))
    })
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit parent;

    @Column(nullable = false, length = 2000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false)
    private int sortOrder;

    @Embedded
    private ContactInfo contact;

    protected OrgUnit() {}

    public OrgUnit(Slug code, LocalizedText name, OrgUnitKind kind, OrgUnit parent, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sortOrder = sortOrder;
        placeUnder(parent);
    }

    /** Re-hangs this unit; the caller moves the descendants with {@link #followParent()}. */
    public void placeUnder(OrgUnit newParent) {
        if (newParent != null && newParent.isWithin(this)) {
            throw new IllegalArgumentException("A unit cannot be placed under itself or its own branch: " + code);
        }
        this.parent = newParent;
        followParent();
    }

    /** Recomputes path and depth from the parent, after the parent itself moved. */
    public void followParent() {
        this.path = (parent == null ? "/" : parent.path) + code + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** True when this unit is {@code other} or lies in its branch. */
    public boolean isWithin(OrgUnit other) {
        return path != null && other.path != null && path.startsWith(other.path);
    }

    public void describe(LocalizedText name, ContactInfo contact) {
        this.name = Objects.requireNonNull(name, "name");
        this.contact = contact;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public ContactInfo getContact() {
        return contact;
    }
}
