package vn.egov.portal.site.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * One of the statutory information categories of Article 5 (R1.1). The clause reference ("5.6")
 * ties each category to the regulation and to its update deadline (Article 8).
 */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.BY_CODE, query = "select c from Category c where c.code = :code")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.sortOrder")
public class Category extends PersistentEntity {

    public static final String BY_CODE = "Category.byCode";
    public static final String ALL = "Category.all";

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = 20)
    private String clause;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "description_vi", length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 1000))
    })
    private LocalizedText description;

    @Column(nullable = false)
    private int sortOrder;

    protected Category() {}

    /** A category code is a path segment under /chuyen-muc/, so it may equal a reserved top-level word. */
    public Category(Slug code, String clause, LocalizedText name, LocalizedText description, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.clause = Objects.requireNonNull(clause, "clause");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getClause() {
        return clause;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
