package vn.egov.portal.legal.boundary;

import vn.egov.portal.legal.entity.LegalStatus;

/** Search criteria (R4.2); every one is optional. Pages count from 0. */
public record LegalSearch(
        String numberSymbol,
        String typeCode,
        String issuerCode,
        String field,
        Integer year,
        LegalStatus status,
        String text,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public static LegalSearch all(int page, int size) {
        return new LegalSearch(null, null, null, null, null, null, null, page, size);
    }
}
