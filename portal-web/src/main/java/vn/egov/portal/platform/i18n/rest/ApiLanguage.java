package vn.egov.portal.platform.i18n.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.i18n.control.Language;

/** API messages are Vietnamese unless the client prefers English (Accept-Language). */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    /** The same choice where no JAX-RS context exists yet (a servlet filter). */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Locale.forLanguageTag("vi")
                : of(Collections.list(request.getLocales()));
    }

    private static Locale of(List<Locale> preferred) {
        return Language.firstOf(preferred).locale();
    }
}
