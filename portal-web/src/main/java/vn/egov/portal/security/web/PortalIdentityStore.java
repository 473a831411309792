package vn.egov.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.egov.portal.security.boundary.AccountAuthentication;

/**
 * The database identity store: accounts, hashes and role grants live in the portal database. Takes
 * only credentials that say where they came from, because failures are throttled by place.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountAuthentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof PlacedCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication
                .authenticate(login.getCaller(), login.getPassword().getValue(), login.getClientAddress())
                .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
