package vn.egov.portal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/** One role given to one account, limited to a site or an organisation unit where the role needs it. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit orgUnit;

    protected RoleGrant() {}

    RoleGrant(UserAccount account, Role role, Site site, OrgUnit orgUnit) {
        this.account = Objects.requireNonNull(account, "account");
        this.role = Objects.requireNonNull(role, "role");
        this.site = site;
        this.orgUnit = orgUnit;
        checkScope();
    }

    private void checkScope() {
        boolean fits =
                switch (role.scope()) {
                    case GLOBAL -> site == null && orgUnit == null;
                    case SITE -> site != null && orgUnit == null;
                    case ORG_UNIT -> orgUnit != null && site == null;
                };
        if (!fits) {
            throw new IllegalArgumentException(role + " is granted per " + role.scope());
        }
    }

    /** True when this grant lets its holder act as {@code wanted} on {@code wantedSite}. */
    public boolean covers(Role wanted, Site wantedSite) {
        return role == wanted && (role.scope() != Role.Scope.SITE || sameRecord(site, wantedSite));
    }

    /** True when this grant lets its holder act as {@code wanted} for {@code wantedUnit}. */
    public boolean covers(Role wanted, OrgUnit wantedUnit) {
        return role == wanted && (role.scope() != Role.Scope.ORG_UNIT || sameRecord(orgUnit, wantedUnit));
    }

    boolean sameAs(Role otherRole, Site otherSite, OrgUnit otherUnit) {
        return role == otherRole && sameRecord(site, otherSite) && sameRecord(orgUnit, otherUnit);
    }

    private static boolean sameRecord(PersistentEntity one, PersistentEntity other) {
        if (one == null || other == null) {
            return one == other;
        }
        return one == other || (one.getId() != null && one.getId().equals(other.getId()));
    }

    public UserAccount getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public Site getSite() {
        return site;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }
}
