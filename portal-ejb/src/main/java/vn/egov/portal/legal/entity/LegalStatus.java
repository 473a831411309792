package vn.egov.portal.legal.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a document has legal effect (R4.1). Officials record one of the first four; "not yet in
 * force" is never recorded but read from the dates: a document whose effective date lies ahead says
 * so whatever was recorded, and one past its expiry date reads expired.
 */
public enum LegalStatus {
    IN_FORCE,
    PARTLY_IN_FORCE,
    EXPIRED,
    REPLACED,
    NOT_YET_IN_FORCE;

    /** The statuses an official may record; the dates decide the rest. */
    public static final Set<LegalStatus> RECORDABLE = EnumSet.of(IN_FORCE, PARTLY_IN_FORCE, EXPIRED, REPLACED);

    /** Recorded statuses that the dates may still qualify (before the effective date, after expiry). */
    public static final Set<LegalStatus> DATED = EnumSet.of(IN_FORCE, PARTLY_IN_FORCE);
}
