package vn.egov.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.portal.content.boundary.SiteTeam;
import vn.egov.portal.content.entity.EditorialDelegation;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/** The editorial team of one site: roles on the site and the categories delegated to each member. */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteTeam team;

    @Inject
    SiteDirectory directory;

    private String siteSlug;
    private String username;
    private Role role;
    private String categoryCode;

    @PostConstruct
    void init() {
        List<Site> sites = getSites();
        siteSlug = sites.isEmpty() ? null : sites.get(0).getSlug();
    }

    public List<Site> getSites() {
        List<Site> all = new java.util.ArrayList<>();
        all.add(directory.getMainSite());
        all.addAll(directory.listSubPortals());
        return all;
    }

    public List<SiteTeam.Member> getMembers() {
        return guarded(() -> team.listMembers(siteSlug), List.of());
    }

    public List<EditorialDelegation> getDelegations() {
        return guarded(() -> team.listDelegations(siteSlug), List.of());
    }

    public void grant() {
        guarded(
                () -> {
                    team.grant(siteSlug, username, role);
                    FacesFeedback.done("team.granted");
                    return null;
                },
                null);
    }

    public void revoke(String member, Role held) {
        guarded(
                () -> {
                    team.revoke(siteSlug, member, held);
                    return null;
                },
                null);
    }

    public void delegate() {
        guarded(() -> team.delegate(siteSlug, username, categoryCode), null);
    }

    public void withdraw(EditorialDelegation delegation) {
        guarded(
                () -> {
                    team.withdraw(delegation.getId());
                    return null;
                },
                null);
    }

    private <T> T guarded(java.util.function.Supplier<T> work, T otherwise) {
        try {
            return work.get();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "grant");
        } catch (NotFoundException missing) {
            FacesFeedback.show(InvalidInputException.of("username", "team.error.account"), "grant");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new ConflictException("team.error.denied", denied.getMessage()));
        }
        return otherwise;
    }

    public Role[] getRoles() {
        return new Role[] {Role.COLLABORATOR, Role.SECRETARY, Role.DEPUTY_EDITOR, Role.SUBPORTAL_EDITOR};
    }

    public List<Category> getCategories() {
        return directory.listCategories();
    }

    public String getSiteSlug() {
        return siteSlug;
    }

    public void setSiteSlug(String siteSlug) {
        this.siteSlug = siteSlug;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }
}
