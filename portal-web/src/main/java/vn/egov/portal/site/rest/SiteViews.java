package vn.egov.portal.site.rest;

import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/** The JSON shapes of the structure API: plain data, no entity leaks out. */
public final class SiteViews {

    private SiteViews() {}

    public record Names(String vi, String en) {
        static Names of(LocalizedText text) {
            return text == null ? null : new Names(text.getVi(), text.getEn());
        }
    }

    public record Contact(String address, String phone, String fax, String email, String website) {
        static Contact of(ContactInfo info) {
            return info == null
                    ? null
                    : new Contact(
                            info.getAddress(), info.getPhone(), info.getFax(), info.getEmail(), info.getWebsite());
        }
    }

    public record SiteView(String slug, String kind, Names name, Names attribution, String path, Contact contact) {
        static SiteView of(Site site) {
            String path = site.getPathPrefix() + "/";
            return new SiteView(
                    site.getSlug(),
                    site.getKind().name(),
                    Names.of(site.getName()),
                    Names.of(site.getAttribution()),
                    path,
                    Contact.of(site.getContact()));
        }
    }

    public record CategoryView(String code, String clause, Names name, Names description) {
        static CategoryView of(Category category) {
            return new CategoryView(
                    category.getCode(),
                    category.getClause(),
                    Names.of(category.getName()),
                    Names.of(category.getDescription()));
        }
    }

    public record OrgUnitView(String code, String parent, String kind, int depth, Names name, Contact contact) {
        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(
                    unit.getCode(),
                    unit.getParent() == null ? null : unit.getParent().getCode(),
                    unit.getKind().name(),
                    unit.getDepth(),
                    Names.of(unit.getName()),
                    Contact.of(unit.getContact()));
        }
    }
}
