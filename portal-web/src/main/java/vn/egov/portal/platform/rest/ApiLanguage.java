package vn.egov.portal.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** API messages are Vietnamese unless the client prefers English (Accept-Language). */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> "en".equals(locale.getLanguage()) || "vi".equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.forLanguageTag("vi"));
    }
}
