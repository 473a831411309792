package vn.egov.portal.integration.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.guard.control.SlidingWindow;
import vn.egov.portal.integration.boundary.TokenCaller;
import vn.egov.portal.platform.request.web.ClientAddress;

/**
 * API calls count against a limit per minute: a token's own ({@code portal.api.calls-per-minute-per-token},
 * so one integrator cannot starve the others behind the same address), an anonymous caller's per
 * client address ({@code portal.api.calls-per-minute-per-address}). Past it: 429 problem with
 * Retry-After. Officials (a session or Basic credentials) are not counted: their log-in is throttled
 * and every call is theirs to answer for.
 * Settings are read at each call; a changed one starts a new window. Keys are digests, never addresses.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiRateLimit implements ContainerRequestFilter {

    public static final String PER_TOKEN = "portal.api.calls-per-minute-per-token";
    public static final String PER_ADDRESS = "portal.api.calls-per-minute-per-address";
    private static final int DEFAULT_PER_TOKEN = 1200;
    private static final int DEFAULT_PER_ADDRESS = 600;
    private static final Limits LIMITS = new Limits();

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ClientAddress addresses;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        boolean token = caller != null && TokenCaller.isToken(caller.getName());
        if (caller != null && !token) {
            return;
        }
        SlidingWindow window = token ? LIMITS.perToken() : LIMITS.perAddress();
        String key = digest(token ? caller.getName() : addresses.of(servletRequest));
        Instant now = Instant.now();
        if (!window.tryAcquire(key, now)) {
            throw new RateLimitedException(window.retryAfter(key, now), "api.error.tooMany");
        }
    }

    /** The two windows, each replaced when its setting changes. */
    private static final class Limits {
        private volatile Window token = new Window(DEFAULT_PER_TOKEN);
        private volatile Window address = new Window(DEFAULT_PER_ADDRESS);

        SlidingWindow perToken() {
            token = token.current(PER_TOKEN, DEFAULT_PER_TOKEN);
            return token.window;
        }

        SlidingWindow perAddress() {
            address = address.current(PER_ADDRESS, DEFAULT_PER_ADDRESS);
            return address.window;
        }
    }

    private record Window(int perMinute, SlidingWindow window) {
        Window(int perMinute) {
            this(perMinute, new SlidingWindow(perMinute, Duration.ofMinutes(1)));
        }

        Window current(String setting, int fallback) {
            int wanted = ConfigProvider.getConfig()
                    .getOptionalValue(setting, Integer.class)
                    .filter(value -> value > 0)
                    .orElse(fallback);
            return wanted == perMinute ? this : new Window(wanted);
        }
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
