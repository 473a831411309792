package vn.egov.portal.media.control;

/** The upload is not a file these rules accept; the message key says which rule it broke. */
public class RejectedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedFileException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
