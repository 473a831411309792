package vn.egov.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.integration.boundary.ApiTokens;
import vn.egov.portal.integration.boundary.TokenCaller;
import vn.egov.portal.platform.error.rest.AccessExceptionMappers;
import vn.egov.portal.platform.error.rest.Problem;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.security.boundary.AccountAuthentication;
import vn.egov.portal.security.boundary.AuthenticatedCaller;

/**
 * One mechanism for two kinds of caller: officials log in through the form and keep a session;
 * integrators send an API token ({@code Authorization: Bearer}, see {@link ApiTokens}) or HTTP Basic
 * credentials with each API call and keep none; a token that is unknown, expired or revoked gets 401. Nothing is kept for
 * anybody before a successful log-in, so anonymous visits cost no memory. A session holds only who
 * logged in and when ({@link OfficialSession}); the account is read again at every request, so it
 * stops working the moment it is disabled. Console pages visited without a log-in are sent to the
 * log-in page; API calls without credentials get 401 with a Basic challenge.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    static final String BEARER_CHALLENGE = "Bearer realm=\"portal-api\", error=\"invalid_token\"";
    private static final List<String> STATIC = List.of("/jakarta.faces.resource/", "/resources/");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountAuthentication accounts;

    @Inject
    ClientAddress clients;

    @Inject
    ApiTokens tokens;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential fromForm = context.getAuthParameters().getCredential();
        if (fromForm != null) {
            return logIn(fromForm, request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().anyMatch(path::startsWith)) {
            return context.doNothing();
        }
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            Optional<TokenCaller> integrator = tokens.authenticate(bearer.get());
            return integrator.isPresent()
                    ? context.notifyContainerAboutLogin(
                            integrator.get().principal(), integrator.get().groups())
                    : refuse(response, BEARER_CHALLENGE, "The token is unknown, expired or revoked");
        }
        Optional<PlacedCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            CredentialValidationResult result = identityStores.validate(basic.get());
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : challenge(response);
        }
        Optional<AuthenticatedCaller> official = resumeSession(request);
        if (official.isPresent()) {
            return context.notifyContainerAboutLogin(
                    official.get().username(), official.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? challenge(response) : toLogin(request, response, context);
    }

    /** A log-in through the form ({@link LoginPage}): the session starts only once it succeeded. */
    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            OfficialSession.begin(request, result.getCallerPrincipal().getName(), clock.instant());
        }
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<AuthenticatedCaller> resumeSession(HttpServletRequest request) {
        Optional<OfficialSession.Login> login = OfficialSession.find(request);
        if (login.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AuthenticatedCaller> caller = OfficialSession.outlived(login.get(), now)
                ? Optional.empty()
                : accounts.currentCaller(login.get().username(), login.get().loggedInAt());
        if (caller.isEmpty()) {
            OfficialSession.end(request);
        }
        return caller;
    }

    /** Faces Ajax requests are told in their own format, or the browser would swallow the redirect. */
    private static AuthenticationStatus toLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** 401 with the Basic challenge and a problem body, as the API answers everything else. */
    private static AuthenticationStatus challenge(HttpServletResponse response) {
        return refuse(response, AccessExceptionMappers.CHALLENGE, "Credentials are required");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String challenge, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", challenge);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        try {
            response.getWriter().write(JSON.toJson(new Problem("Unauthorized", 401, detail, List.of())));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Integrators' tokens, like Basic credentials, are only taken on the API. */
    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!isApi(request) || header == null) {
            return Optional.empty();
        }
        String scheme = header.strip();
        if (scheme.equalsIgnoreCase(BEARER.strip())) {
            return Optional.of("");
        }
        return scheme.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Optional.of(scheme.substring(BEARER.length()).trim())
                : Optional.empty();
    }

    /** Basic credentials are only taken on the API, where no form can ask for them. */
    private Optional<PlacedCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!isApi(request) || header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            byte[] raw =
                    Base64.getDecoder().decode(header.substring(BASIC.length()).trim());
            String decoded = new String(raw, StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? Optional.empty()
                    : Optional.of(new PlacedCredential(
                            decoded.substring(0, colon),
                            new Password(decoded.substring(colon + 1)),
                            clients.of(request)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
