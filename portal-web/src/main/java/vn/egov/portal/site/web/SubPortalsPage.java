package vn.egov.portal.site.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.boundary.SubPortalAdministration;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteKind;

/** Sub-portal management: open, describe, choose the menu, switch on and off. */
@Named
@ViewScoped
public class SubPortalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubPortalAdministration administration;

    @Inject
    SiteDirectory directory;

    private String slug;
    private SiteKind kind = SiteKind.DEPARTMENT;
    private String owner;
    private String selected;
    private String nameVi;
    private String nameEn;
    private String attributionVi;
    private String attributionEn;
    private String address;
    private String phone;
    private String email;
    private List<String> menu = new ArrayList<>();

    public List<Site> getSites() {
        return administration.listAll();
    }

    public void select(Site site) {
        selected = site.getSlug();
        nameVi = site.getName().getVi();
        nameEn = site.getName().getEn();
        attributionVi =
                site.getAttribution() == null ? null : site.getAttribution().getVi();
        attributionEn =
                site.getAttribution() == null ? null : site.getAttribution().getEn();
        address = site.getContact() == null ? null : site.getContact().getAddress();
        phone = site.getContact() == null ? null : site.getContact().getPhone();
        email = site.getContact() == null ? null : site.getContact().getEmail();
        menu = new ArrayList<>(administration
                .findSettings(site)
                .map(s -> s.getMenuCategories())
                .orElse(List.of()));
    }

    public void open() {
        try {
            administration.open(slug, kind, owner, profile());
            FacesFeedback.done("site.opened");
            slug = null;
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "open");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new ConflictException("site.error.denied", denied.getMessage()));
        }
    }

    public void save() {
        try {
            administration.update(selected, profile(), menu, null);
            FacesFeedback.done("site.saved");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "edit");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new ConflictException("site.error.denied", denied.getMessage()));
        }
    }

    public void toggle(Site site) {
        try {
            administration.setActive(site.getSlug(), !site.isActive());
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(new ConflictException("site.error.denied", denied.getMessage()));
        }
    }

    private SubPortalAdministration.Profile profile() {
        return new SubPortalAdministration.Profile(nameVi, nameEn, attributionVi, attributionEn, address, phone, email);
    }

    public List<Category> getCategories() {
        return directory.listCategories();
    }

    public SiteKind[] getKinds() {
        return new SiteKind[] {SiteKind.DEPARTMENT, SiteKind.COMMUNE, SiteKind.TOPIC};
    }

    public List<vn.egov.portal.site.entity.OrgUnit> getUnits() {
        return directory.listOrgUnits();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getSelected() {
        return selected;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAttributionVi() {
        return attributionVi;
    }

    public void setAttributionVi(String attributionVi) {
        this.attributionVi = attributionVi;
    }

    public String getAttributionEn() {
        return attributionEn;
    }

    public void setAttributionEn(String attributionEn) {
        this.attributionEn = attributionEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getMenu() {
        return menu;
    }

    public void setMenu(List<String> menu) {
        this.menu = menu;
    }
}
