package vn.egov.portal.site.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A portal: the province's main one, served at the root of the address space, or a sub-portal served
 * under its slug. Names, the reuse notice of Article 7.3 and contacts are data, so another province
 * only changes records.
 */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.BY_SLUG, query = "select s from Site s where s.slug = :slug")
@NamedQuery(name = Site.MAIN, query = "select s from Site s where s.kind = vn.egov.portal.site.entity.SiteKind.MAIN")
@NamedQuery(
        name = Site.SUB_PORTALS,
        query = "select s from Site s where s.kind <> vn.egov.portal.site.entity.SiteKind.MAIN"
                + " and s.active = true order by s.kind, s.slug")
public class Site extends PersistentEntity {

    public static final String BY_SLUG = "Site.bySlug";
    public static final String MAIN = "Site.main";
    public static final String SUB_PORTALS = "Site.subPortals";

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "name_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "attribution_vi", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "attribution_en", length = 500))
    })
    private LocalizedText attribution;

    @Embedded
    private ContactInfo contact;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit owner;

    @Column(length = 300)
    private String logoPath;

    @Column(nullable = false)
    private boolean active = true;

    /** The footer's links to other official sites, in the order shown. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_link", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "ordinal")
    private List<SiteLink> links = new ArrayList<>();

    protected Site() {}

    public Site(Slug slug, SiteKind kind, LocalizedText name, OrgUnit owner) {
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.owner = owner;
    }

    public boolean isMain() {
        return kind == SiteKind.MAIN;
    }

    /** The path prefix of this portal's pages: empty for the main portal, "/slug" for the others. */
    public String getPathPrefix() {
        return isMain() ? "" : "/" + slug;
    }

    public void describe(LocalizedText attribution, ContactInfo contact) {
        this.attribution = attribution;
        this.contact = contact;
    }

    public void rename(LocalizedText name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void useLogo(String logoPath) {
        this.logoPath = logoPath;
    }

    public void useLinks(List<SiteLink> links) {
        this.links = new ArrayList<>(links);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public String getSlug() {
        return slug;
    }

    public SiteKind getKind() {
        return kind;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getAttribution() {
        return attribution;
    }

    public ContactInfo getContact() {
        return contact;
    }

    public OrgUnit getOwner() {
        return owner;
    }

    public List<SiteLink> getLinks() {
        return List.copyOf(links);
    }

    public String getLogoPath() {
        return logoPath;
    }

    public boolean isActive() {
        return active;
    }
}
