package vn.egov.portal.media.control;

import java.io.InputStream;

/** The bytes of a stored file (or of one of its renditions) as they are handed out, with their exact type. */
public record FileContent(String type, long length, InputStream stream, Integer width) {}
