package vn.egov.portal.mail.entity;

/** Where a mail stands: waiting (possibly for a retry), delivered to the SMTP server, or given up. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
