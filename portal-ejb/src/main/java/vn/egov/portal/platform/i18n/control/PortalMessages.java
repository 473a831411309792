package vn.egov.portal.platform.i18n.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys of the shared bundle in a given language, outside of a Faces page. */
public final class PortalMessages {

    public static final String BUNDLE = "vn.egov.portal.i18n.messages";

    private PortalMessages() {}

    /** The shared bundle; it lives in the EJB module, so both modules of the EAR can read it. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
