package vn.egov.portal.eservice.rest;

import jakarta.ws.rs.core.CacheControl;

/**
 * The results move with every dossier and with the clock, not with the public content version, so
 * they are not {@code @Shareable} (no ETag that would outlive a move): a short public max-age only.
 */
final class ResultsCaching {

    static final int SECONDS = 120;

    private ResultsCaching() {}

    static CacheControl shortPublic() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(false);
        cache.setMaxAge(SECONDS);
        return cache;
    }
}
