package vn.egov.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for two kinds of caller: officials log in through the form and keep a session;
 * integrators send HTTP Basic credentials with each API call. Unauthenticated visits to the console
 * are sent to the log-in page and back afterwards.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential fromForm = context.getAuthParameters().getCredential();
        if (fromForm != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(fromForm));
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(basic.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"portal-api\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Basic credentials are only taken on the API, where no form can ask for them. */
    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api || header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            byte[] raw =
                    Base64.getDecoder().decode(header.substring(BASIC.length()).trim());
            String decoded = new String(raw, StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? Optional.empty()
                    : Optional.of(
                            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
