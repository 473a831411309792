package vn.egov.portal.setup.control;

import java.util.List;

/** The demo province's extra bodies, sub-portals and officials, read from {@code seed/demo-sites.json}. */
public record DemoSitesData(
        String mainSiteHotline,
        List<StructureData.OrgUnitData> orgUnits,
        List<StructureData.SiteData> subPortals,
        List<AccountData> accounts) {

    public record AccountData(String username, String displayName, String role, String site, String unit) {}
}
