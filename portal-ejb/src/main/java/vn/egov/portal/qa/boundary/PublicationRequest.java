package vn.egov.portal.qa.boundary;

import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * The public copy the board publishes: the question's title and text and the answer as redacted.
 * {@code reviewed} confirms that what the detectors still find is not personal (an agency's public
 * hotline, a place name); the asker's own particulars can never be confirmed away.
 */
public record PublicationRequest(
        @Required(message = "{qa.error.required.public.title}") @MaxLength(500) String title,
        @Required(message = "{qa.error.required.public.body}") @MaxLength(20_000) String body,
        @Required(message = "{qa.error.required.public.answer}") @MaxLength(20_000) String answer,
        boolean reviewed) {}
