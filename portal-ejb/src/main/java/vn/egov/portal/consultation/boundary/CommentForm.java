package vn.egov.portal.consultation.boundary;

import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * A citizen's comment: on one part (its position) or, without it, on the whole draft. Which
 * particulars are mandatory is configuration ({@code portal.consultation.required}), checked by the
 * intake; consent must name the current version of the consent text.
 */
public record CommentForm(
        Integer partPosition,
        @Required(message = "{consultation.error.comment}") @MaxLength(Comment.MAX_BODY) String body,
        @MaxLength(200) String name,
        @MaxLength(200) String email,
        @MaxLength(300) String organisation,
        boolean showName,
        String consentVersion) {}
