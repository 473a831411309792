package vn.egov.portal.consultation.boundary;

import jakarta.validation.constraints.NotNull;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.platform.validation.control.MaxLength;

/** One part as the agency corrects the split: its kind, number, heading and text. */
public record PartCorrection(
        @NotNull(message = "{consultation.error.partKind}") PartKind kind,
        @MaxLength(20) String number,
        @MaxLength(1000) String heading,
        @MaxLength(DraftPart.MAX_BODY) String body) {}
