package vn.egov.portal.consultation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeFormatter;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.boundary.NotOpenException;
import vn.egov.portal.platform.error.rest.Problem;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;

/** A comment outside the period: 409, the problem's detail names the period in the portal's zone. */
@Provider
public class NotOpenMapper implements ExceptionMapper<NotOpenException> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Context
    HttpHeaders headers;

    @Inject
    ConsultationRegister register;

    @Override
    public Response toResponse(NotOpenException closed) {
        var zone = register.zone();
        return Problem.response(
                Response.Status.CONFLICT,
                PortalMessages.get(
                        ApiLanguage.of(headers),
                        "consultation.error.notOpen",
                        WHEN.format(closed.opensAt().atZone(zone)),
                        WHEN.format(closed.closesAt().atZone(zone))));
    }
}
