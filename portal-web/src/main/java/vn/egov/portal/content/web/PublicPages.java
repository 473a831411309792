package vn.egov.portal.content.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers of public page beans: request parameters, redirects and the friendly 404. */
public final class PublicPages {

    private PublicPages() {}

    public static String param(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }

    public static Long longParam(String name) {
        String value = param(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Sends the reader to another page (302: where it leads may change, a translation may come). */
    public static void redirect(String path) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 404 with the portal's error page and stops rendering this view. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
