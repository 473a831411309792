package vn.egov.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/**
 * A category the board entrusts to one official on one site (Article 15.4): the field a collaborator
 * writes in, the area a secretary approves or a deputy publishes in. What it allows follows from the
 * official's role there.
 */
@Entity
@Table(
        name = "editorial_delegation",
        uniqueConstraints = @UniqueConstraint(columnNames = {"account_id", "site_id", "category_id"}))
@NamedQuery(
        name = EditorialDelegation.EXISTS,
        query = "select count(d) from EditorialDelegation d where d.account.username = :username"
                + " and d.site.id = :site and d.category.id = :category")
@NamedQuery(
        name = EditorialDelegation.OF_SITE,
        query =
                "select d from EditorialDelegation d where d.site.id = :site order by d.account.username, d.category.sortOrder")
@NamedQuery(
        name = EditorialDelegation.OF_ACCOUNT,
        query = "select d from EditorialDelegation d where d.account.username = :username and d.site.id = :site")
public class EditorialDelegation extends PersistentEntity {

    public static final String EXISTS = "EditorialDelegation.exists";
    public static final String OF_SITE = "EditorialDelegation.ofSite";
    public static final String OF_ACCOUNT = "EditorialDelegation.ofAccount";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private UserAccount account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Site site;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Category category;

    @Column(nullable = false, length = 64)
    private String grantedBy;

    protected EditorialDelegation() {}

    public EditorialDelegation(UserAccount account, Site site, Category category, String grantedBy) {
        this.account = Objects.requireNonNull(account, "account");
        this.site = Objects.requireNonNull(site, "site");
        this.category = Objects.requireNonNull(category, "category");
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
    }

    public UserAccount getAccount() {
        return account;
    }

    public Site getSite() {
        return site;
    }

    public Category getCategory() {
        return category;
    }

    public String getGrantedBy() {
        return grantedBy;
    }
}
