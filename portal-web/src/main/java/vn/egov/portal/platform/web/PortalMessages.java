package vn.egov.portal.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys of the shared bundle in a given language, outside of a Faces page. */
public final class PortalMessages {

    public static final String BUNDLE = "vn.egov.portal.i18n.messages";

    private PortalMessages() {}

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
