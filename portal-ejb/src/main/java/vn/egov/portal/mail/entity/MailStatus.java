package vn.egov.portal.mail.entity;

/**
 * Where a mail stands: waiting (possibly for a retry), delivered to the SMTP server, given up after
 * its attempts, or expired: never sent within the retention period, and then cleared.
 */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED,
    EXPIRED
}
