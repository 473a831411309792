package vn.egov.portal.eservice.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the applicant gets once the dossier is stored: its code, the secret (shown this once; only
 * its digest is kept), when it was received, the appointment date and who settles it.
 */
public record DossierReceipt(
        String code,
        String secret,
        Instant receivedAt,
        LocalDate dueDate,
        int processingDays,
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName) {}
