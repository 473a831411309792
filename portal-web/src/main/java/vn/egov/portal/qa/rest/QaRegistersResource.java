package vn.egov.portal.qa.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.qa.boundary.DelegationRegister;
import vn.egov.portal.qa.boundary.DelegationRequest;
import vn.egov.portal.qa.boundary.RoutingTable;
import vn.egov.portal.qa.entity.AnswerDelegation;

/** The Q&A registers: the field-to-agency routing table and the delegation register of Article 9.5. */
@Path("v1/qa-desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Q&A desk", description = "The board's and the agencies' operations on questions (officials)")
@SecurityRequirement(name = "basic")
public class QaRegistersResource {

    @Inject
    RoutingTable routing;

    @Inject
    DelegationRegister register;

    @GET
    @Path("fields")
    @Operation(summary = "The fields and the agency each is routed to by default")
    public List<QaViews.FieldView> fields() {
        return routing.listFields().stream().map(QaViews.FieldView::of).toList();
    }

    @PUT
    @Path("fields/{code}")
    @Operation(summary = "Point a field at another agency (board); an empty agency clears the proposal")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Questions of this field go to the Department of Justice",
                                            value = "{\"agency\": \"so-tu-phap\", \"note\": null}")))
    public QaViews.FieldView route(@PathParam("code") String code, DeskPayloads.AgencyChoice body) {
        return QaViews.FieldView.of(routing.route(code, body == null ? null : body.agency()));
    }

    @GET
    @Path("delegations")
    @Operation(summary = "Who answers for which agency, as head or delegate, revoked entries included")
    public List<QaViews.DelegationView> delegations() {
        return register.list().stream().map(QaViews.DelegationView::of).toList();
    }

    @POST
    @Path("delegations")
    @Operation(summary = "Enter a head or a delegate (board; a head on record may enter delegates of their agency)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "A delegate of the Department of Justice",
                                            value =
                                                    "{\"agency\": \"so-tu-phap\", \"username\": \"nguyenvana\", \"kind\": \"DELEGATE\", \"reference\": \"Quyết định số 12/QĐ-STP ngày 05/01/2027\", \"validFrom\": \"2027-01-05\", \"validUntil\": \"2027-12-31\"}")))
    public Response record(DelegationRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
        AnswerDelegation entry =
                register.record(body == null ? new DelegationRequest(null, null, null, null, null, null) : body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(entry.getId()))
                        .build())
                .entity(QaViews.DelegationView.of(entry))
                .build();
    }

    @DELETE
    @Path("delegations/{id}")
    @Operation(summary = "Revoke an entry; it stays in the register as revoked")
    public QaViews.DelegationView revoke(@PathParam("id") long id) {
        return QaViews.DelegationView.of(register.revoke(id));
    }
}
