package vn.egov.portal.integration.entity;

/**
 * What an integrator's token lets its system do. Public reads need no token at all; a token with
 * {@link #READ} reads under its own rate limit instead of its address's. {@link #SUBMIT} sends articles
 * to one site's review queue; {@link #OPERATOR} runs the batch operator's API.
 */
public enum ApiScope {
    READ,
    SUBMIT,
    OPERATOR
}
