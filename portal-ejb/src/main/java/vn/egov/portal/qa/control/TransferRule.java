package vn.egov.portal.qa.control;

import java.time.Instant;

/**
 * When the 15 working days of an agency that receives a transferred question start: from the
 * transfer (RESTART, the default: the new agency gets its full time) or from the original receipt
 * (KEEP: the asker's wait does not grow). Configured by {@code portal.qa.transfer-rule}.
 */
public enum TransferRule {
    RESTART,
    KEEP;

    public Instant clockStart(Instant receivedAt, Instant transferredAt) {
        return this == RESTART ? transferredAt : receivedAt;
    }
}
