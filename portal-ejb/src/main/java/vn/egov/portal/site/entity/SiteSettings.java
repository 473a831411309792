package vn.egov.portal.site.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * How one portal presents itself beyond its name (R3.1): the categories in its menu, in its order,
 * and its logo. A portal without settings shows all categories and the platform's logo.
 */
@Entity
@Table(name = "site_settings")
@NamedQuery(name = SiteSettings.OF_SITE, query = "select s from SiteSettings s where s.site.id = :site")
public class SiteSettings extends PersistentEntity {

    public static final String OF_SITE = "SiteSettings.ofSite";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(unique = true)
    private Site site;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_menu_category", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "category_code", length = 80)
    private List<String> menuCategories = new ArrayList<>();

    @Column(length = 40)
    private String logoToken;

    protected SiteSettings() {}

    public SiteSettings(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    public void showInMenu(List<String> categoryCodes) {
        this.menuCategories = new ArrayList<>(categoryCodes);
    }

    public void useLogo(String token) {
        this.logoToken = token;
    }

    public Site getSite() {
        return site;
    }

    public List<String> getMenuCategories() {
        return Collections.unmodifiableList(menuCategories);
    }

    public String getLogoToken() {
        return logoToken;
    }
}
