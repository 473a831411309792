package vn.egov.portal.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.boundary.NewAccount;
import vn.egov.portal.security.boundary.UserAdministration;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/** Accounts and role grants, for the system administrator. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    SiteDirectory directory;

    private List<UserAccount> accounts;
    private UserAccount selected;
    private final NewAccountForm form = new NewAccountForm();
    private Role role;
    private Long siteId;
    private Long orgUnitId;
    private String resetPassword;

    @PostConstruct
    void load() {
        accounts = administration.listAccounts();
    }

    public void create() {
        try {
            administration.createAccount(new NewAccount(form.username, form.displayName, form.email, form.password));
            form.clear();
            FacesFeedback.done("users.created");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "create");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void select(UserAccount account) {
        selected = administration.getAccount(account.getUsername());
        role = null;
        siteId = null;
        orgUnitId = null;
    }

    public void grant() {
        try {
            selected = administration.grant(selected.getUsername(), role, siteId, orgUnitId);
            FacesFeedback.done("users.granted");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "grant");
        }
    }

    public void revoke(RoleGrant grant) {
        try {
            selected = administration.revoke(selected.getUsername(), grant.getId());
            FacesFeedback.done("users.revoked");
            load();
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void toggleEnabled() {
        try {
            selected = administration.setEnabled(selected.getUsername(), !selected.isEnabled());
            load();
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void resetPassword() {
        try {
            administration.resetPassword(selected.getUsername(), resetPassword);
            resetPassword = null;
            FacesFeedback.done("users.passwordReset");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "grant");
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isSiteScoped() {
        return role != null && role.scope() == Role.Scope.SITE;
    }

    public boolean isUnitScoped() {
        return role != null && role.scope() == Role.Scope.ORG_UNIT;
    }

    public List<Site> getSites() {
        List<Site> sites = new java.util.ArrayList<>(directory.listSubPortals());
        sites.add(0, directory.getMainSite());
        return sites;
    }

    public List<OrgUnit> getOrgUnits() {
        return directory.listOrgUnits();
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public NewAccountForm getForm() {
        return form;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }

    /** The fields of the "new account" form. */
    public static class NewAccountForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private String username;
        private String displayName;
        private String email;
        private String password;

        void clear() {
            username = null;
            displayName = null;
            email = null;
            password = null;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
