package vn.egov.portal.guard.boundary;

/** The solved anti-abuse challenge that comes with a submission. */
public record Proof(String challenge, String nonce) {}
