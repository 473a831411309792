package vn.egov.portal.qa.boundary;

/** The solved anti-abuse challenge that comes with a submission. */
public record Proof(String challenge, String nonce) {}
