package vn.egov.portal.consultation.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * What the lead agency enters for a consultation: the times are the portal's zone (Asia/Ho_Chi_Minh),
 * the draft text is split into its parts on save.
 */
public record ConsultationDraft(
        @Required(message = "{consultation.error.title}") @MaxLength(500) String title,
        @Required(message = "{consultation.error.summary}") @MaxLength(4000) String summary,
        @Required(message = "{consultation.error.agency}") String leadAgencyCode,
        @Required(message = "{consultation.error.contact}") @MaxLength(200) String contactName,
        @MaxLength(200) String contactEmail,
        @MaxLength(50) String contactPhone,
        @NotNull(message = "{consultation.error.opens}") LocalDateTime opensAt,
        @NotNull(message = "{consultation.error.closes}") LocalDateTime closesAt,
        Long amendsDocumentId,
        @Required(message = "{consultation.error.draft}") @MaxLength(Consultation.MAX_DRAFT) String draftText) {

    @AssertTrue(message = "{consultation.error.closesAfterOpens}")
    private boolean isClosesAt() {
        return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
    }
}
