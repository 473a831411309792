package vn.egov.portal.qa.boundary;

import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;
import vn.egov.portal.qa.entity.Question;

/**
 * The asker's particulars as shown, on request and logged, to an official who needs them; after an
 * erasure the particulars are empty and {@code erased} says why.
 */
public record AskerRecord(String trackingCode, PersonKind type, SealedParticulars particulars, boolean erased) {

    static AskerRecord of(Question question) {
        SealedParticulars asker = question.getAsker();
        return new AskerRecord(
                question.getTrackingCode(),
                question.getAskerType(),
                asker == null ? SealedParticulars.none() : asker,
                question.getRoot().isErased());
    }
}
