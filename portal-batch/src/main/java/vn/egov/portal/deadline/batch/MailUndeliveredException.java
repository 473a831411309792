package vn.egov.portal.deadline.batch;

/** Some alert mails could not be handed to the SMTP server; the execution fails and can be restarted. */
public class MailUndeliveredException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailUndeliveredException(String message) {
        super(message);
    }
}
