package vn.egov.portal.platform.request.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.platform.request.control.TrustedProxies;

/**
 * The one answer to "where does this request come from?", for every per-address limit (log-in
 * throttling, the Q&A limits) and for "did it arrive over TLS?" (HSTS). Behind the shipped nginx
 * every request comes from 127.0.0.1; X-Forwarded-For and X-Forwarded-Proto are believed only from
 * the proxies named in {@code portal.trusted-proxies} (none by default), so nobody can pick the
 * address a limit counts against by writing a header. The setting is read at each use, so a
 * changed value takes effect without a restart.
 */
@ApplicationScoped
public class ClientAddress {

    public static final String SETTING = "portal.trusted-proxies";
    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    private volatile Setting setting = new Setting("", TrustedProxies.NONE);

    private record Setting(String raw, TrustedProxies proxies) {}

    public String of(HttpServletRequest request) {
        return proxies().clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    public boolean overTls(HttpServletRequest request) {
        return request.isSecure()
                || proxies().forwardedOverTls(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    private TrustedProxies proxies() {
        String raw = ConfigProvider.getConfig()
                .getOptionalValue(SETTING, String.class)
                .orElse("");
        Setting current = setting;
        if (current.raw().equals(raw)) {
            return current.proxies();
        }
        TrustedProxies parsed;
        try {
            parsed = TrustedProxies.parse(raw);
        } catch (IllegalArgumentException wrong) {
            LOG.severe(() ->
                    SETTING + " is not a list of addresses and ranges, so no proxy is trusted: " + wrong.getMessage());
            parsed = TrustedProxies.NONE;
        }
        setting = new Setting(raw, parsed);
        return parsed;
    }
}
