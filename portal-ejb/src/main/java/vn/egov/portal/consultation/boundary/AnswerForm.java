package vn.egov.portal.consultation.boundary;

import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/** The lead agency's answer to a comment or campaign: the verdict and why (both required). */
public record AnswerForm(
        @Required(message = "{consultation.error.verdict}") AnswerVerdict verdict,
        @Required(message = "{consultation.error.explanation}") @MaxLength(Comment.MAX_ANSWER) String explanation) {}
