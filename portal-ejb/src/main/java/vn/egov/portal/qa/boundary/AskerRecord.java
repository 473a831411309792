package vn.egov.portal.qa.boundary;

import vn.egov.portal.qa.entity.Asker;
import vn.egov.portal.qa.entity.AskerType;
import vn.egov.portal.qa.entity.Question;

/**
 * The asker's particulars as shown, on request and logged, to an official who needs them; after an
 * erasure the particulars are empty and {@code erased} says why.
 */
public record AskerRecord(String trackingCode, AskerType type, Asker particulars, boolean erased) {

    static AskerRecord of(Question question) {
        Asker asker = question.getAsker();
        return new AskerRecord(
                question.getTrackingCode(),
                question.getAskerType(),
                asker == null ? Asker.none() : asker,
                question.getRoot().isErased());
    }
}
