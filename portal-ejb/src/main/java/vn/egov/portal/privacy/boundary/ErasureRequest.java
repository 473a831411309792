package vn.egov.portal.privacy.boundary;

import vn.egov.portal.privacy.entity.ErasureRequester;

/** An erasure to execute (Article 19.2): asked by the person (asker, applicant) or ordered by an authority, with its reference. */
public record ErasureRequest(ErasureRequester requestedBy, String reference) {}
