package vn.egov.portal.eservice.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter of apology (thư xin lỗi) for a late dossier: drafted by the portal (new appointment date
 * {@code portal.eservice.apology.extra-days} working days after today, the standard wording) for the
 * official to confirm or edit; {@code sentAt} is null until it was sent.
 */
public record ApologyLetter(String code, LocalDate dueDate, LocalDate newDate, String text, Instant sentAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
