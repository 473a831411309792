package vn.egov.portal.eservice.rest;

/** The applicant withdraws the dossier: the receipt's secret and an optional reason. */
public record WithdrawalPayload(String secret, String reason) {}
