package vn.egov.portal.media.rest;

import java.util.Base64;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The bytes of a file sent inside a JSON body, in Base64. Line breaks are tolerated (the MIME
 * alphabet), since tools that encode files often wrap them; anything else is a 400 on the field.
 */
public final class Base64Content {

    private Base64Content() {}

    public static byte[] decode(String content, String field, String refusalKey) {
        try {
            return Base64.getMimeDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException notBase64) {
            throw InvalidInputException.of(field, refusalKey);
        }
    }
}
