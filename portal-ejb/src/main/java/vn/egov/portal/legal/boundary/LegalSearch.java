package vn.egov.portal.legal.boundary;

import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.paging.boundary.PageRequest;

/** Search criteria (R4.2); every one is optional, and the page of the results. */
public record LegalSearch(
        String numberSymbol,
        String typeCode,
        String issuerCode,
        String field,
        Integer year,
        LegalStatus status,
        String text,
        PageRequest page) {

    public static LegalSearch all(PageRequest page) {
        return new LegalSearch(null, null, null, null, null, null, null, page);
    }
}
