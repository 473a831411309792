package vn.egov.portal.eservice.boundary;

import vn.egov.portal.eservice.control.ResultTally;

/**
 * The public results of one agency or one procedure for one month ({@code 2026-12}, in the portal's
 * zone): the dossiers submitted that month and where they stand. Counts only, no dossier. The name is
 * Vietnamese; {@code nameEn} is an agency's English name (a procedure has none).
 */
public record ServiceResults(
        String code, String name, String nameEn, String agencyCode, String month, ResultTally figures) {

    /** The name in the page's language (a procedure has its Vietnamese name only). */
    public String nameIn(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
