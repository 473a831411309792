package vn.egov.portal.integration.boundary;

import vn.egov.portal.integration.entity.ApiToken;

/** A token just issued, with its secret: the only moment the secret exists outside the integrator's hands. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.getId() + "]";
    }
}
