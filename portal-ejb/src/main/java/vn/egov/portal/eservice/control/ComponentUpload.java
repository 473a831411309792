package vn.egov.portal.eservice.control;

import vn.egov.portal.media.control.Incoming;

/**
 * A file of a dossier as received: the number of the procedure's component it stands for (from 1),
 * the name the applicant gave it, its size and its bytes (null when over the size limit, unread).
 */
public record ComponentUpload(int component, String fileName, long size, byte[] content) implements Incoming {

    public static ComponentUpload of(int component, String fileName, byte[] content) {
        return new ComponentUpload(component, fileName, content.length, content);
    }
}
