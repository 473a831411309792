package vn.egov.portal.qa.boundary;

import vn.egov.portal.qa.entity.ErasureRequester;

/** An erasure to execute (Article 19.2): asked by the asker or ordered by an authority, with its reference. */
public record ErasureRequest(ErasureRequester requestedBy, String reference) {}
