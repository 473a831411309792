package vn.egov.portal.platform.address.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Where a form with files posts when its page has a readable address. Payara reads the parts of a
 * multipart post with the settings of the servlet the browser's address maps to; a readable address
 * ({@code /lay-y-kien/du-thao-...}) maps to none, because the routing filter forwards it to its view,
 * so every field and file of the post would be lost and the form would come back empty. The form's
 * submit button therefore names, in its {@code formaction} (which Enter uses too), the view's own
 * file address with what the readable address stood for in the query. Posts are never cached, so
 * this query does not touch the public cache keys.
 */
public final class MultipartPost {

    private MultipartPost() {}

    /**
     * The view's link (with the context path and language prefix, as {@code PortalLocale.link} gives
     * it) and the parameters the readable address stood for, as name, value, name, value.
     */
    public static String address(String viewLink, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("A value for every parameter name");
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return viewLink + query;
    }
}
