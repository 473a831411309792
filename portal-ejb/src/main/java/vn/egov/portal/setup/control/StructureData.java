package vn.egov.portal.setup.control;

import java.util.List;

/**
 * The province's structural data as read from {@code seed/structure.json}: the main portal, the
 * statutory categories and the organisation-tree template. Another province ships another file.
 */
public record StructureData(SiteData mainSite, List<CategoryData> categories, List<OrgUnitData> orgUnits) {

    public record Names(String vi, String en) {}

    public record Contact(String address, String phone, String fax, String email, String website, String hotline) {}

    /** A footer link to another official site. */
    public record LinkData(Names name, String url) {}

    public record SiteData(
            String slug,
            String kind,
            String owner,
            Names name,
            Names attribution,
            Contact contact,
            List<LinkData> links) {

        public List<LinkData> links() {
            return links == null ? List.of() : links;
        }
    }

    public record CategoryData(String code, String clause, Names name, Names description) {}

    public record OrgUnitData(String code, String parent, String kind, Names name, Contact contact) {}
}
