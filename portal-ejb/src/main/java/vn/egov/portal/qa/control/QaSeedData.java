package vn.egov.portal.qa.control;

import java.util.List;
import vn.egov.portal.setup.control.StructureData.Names;

/**
 * The province's Q&A data (seed/qa.json): the consent text and its version, the disclaimer of
 * Article 9.6, where complaints go instead, the complaint rule list and the fields with the agency
 * each is routed to by default.
 */
public record QaSeedData(
        Consent consent, Names disclaimer, Names complaintChannel, List<String> complaintPhrases, List<Field> fields) {

    public record Consent(String version, Names text) {}

    public record Field(String code, Names name, String agency) {}
}
