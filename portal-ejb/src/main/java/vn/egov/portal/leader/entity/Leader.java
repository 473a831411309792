package vn.egov.portal.leader.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A leader of the province or a body, with the public profile Articles 5.1 and 5.9 ask for: title,
 * unit, biography, duties and official (never private) phone, fax and e-mail.
 */
@Entity
@Table(name = "leader")
@NamedQuery(name = Leader.ALL, query = "select l from Leader l order by l.sortOrder, l.name")
@NamedQuery(name = Leader.BY_SLUG, query = "select l from Leader l where l.slug = :slug")
public class Leader extends PersistentEntity {

    public static final String ALL = "Leader.all";
    public static final String BY_SLUG = "Leader.bySlug";

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "title_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 300))
    })
    private LocalizedText title;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit unit;

    @Lob
    @Column(name = "biography_vi")
    private String biographyVi;

    @Lob
    @Column(name = "biography_en")
    private String biographyEn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "duties_vi", length = 4000)),
        @AttributeOverride(name = "en", column = @Column(name = "duties_en", length = 4000))
    })
    private LocalizedText duties;

    @Embedded
    private ContactInfo contact;

    @Column(length = 40)
    private String photoToken;

    @Column(nullable = false)
    private int sortOrder;

    protected Leader() {}

    public Leader(String name, String slug, LocalizedText title, OrgUnit unit, int sortOrder) {
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.title = Objects.requireNonNull(title, "title");
        this.unit = unit;
        this.sortOrder = sortOrder;
    }

    public void describe(
            String biographyVi, String biographyEn, LocalizedText duties, ContactInfo contact, String photoToken) {
        this.biographyVi = biographyVi;
        this.biographyEn = biographyEn;
        this.duties = duties;
        this.contact = contact;
        this.photoToken = photoToken;
    }

    public void rename(String name, LocalizedText title, OrgUnit unit, int sortOrder) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.unit = unit;
        this.sortOrder = sortOrder;
    }

    public String biography(java.util.Locale locale) {
        boolean english = Language.of(locale).isEnglish();
        return english && biographyEn != null && !biographyEn.isBlank() ? biographyEn : biographyVi;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getBiographyVi() {
        return biographyVi;
    }

    public String getBiographyEn() {
        return biographyEn;
    }

    public LocalizedText getDuties() {
        return duties;
    }

    public ContactInfo getContact() {
        return contact;
    }

    public String getPhotoToken() {
        return photoToken;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getPath() {
        return "/lanh-dao/" + slug;
    }
}
