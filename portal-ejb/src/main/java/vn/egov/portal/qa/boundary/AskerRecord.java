package vn.egov.portal.qa.boundary;

import vn.egov.portal.qa.entity.Asker;
import vn.egov.portal.qa.entity.AskerType;
import vn.egov.portal.qa.entity.Question;

/** The asker's particulars as shown, on request and logged, to an official who needs them. */
public record AskerRecord(
        String trackingCode,
        AskerType type,
        String name,
        String position,
        String organisation,
        String nationality,
        String occupation,
        String idNumber,
        String address,
        String phone,
        String email,
        boolean erased) {

    static AskerRecord of(Question question) {
        Asker asker = question.getAsker();
        return new AskerRecord(
                question.getTrackingCode(),
                question.getAskerType(),
                asker.getName(),
                asker.getPosition(),
                asker.getOrganisation(),
                asker.getNationality(),
                asker.getOccupation(),
                asker.getIdNumber(),
                asker.getAddress(),
                asker.getPhone(),
                asker.getEmail(),
                question.getRoot().isErased());
    }
}
