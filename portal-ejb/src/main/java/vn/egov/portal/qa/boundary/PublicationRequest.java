package vn.egov.portal.qa.boundary;

/**
 * The public copy the board publishes: the question's title and text and the answer as redacted.
 * {@code reviewed} confirms that what the detectors still find is not personal (an agency's public
 * hotline, a place name); the asker's own particulars can never be confirmed away.
 */
public record PublicationRequest(String title, String body, String answer, boolean reviewed) {}
