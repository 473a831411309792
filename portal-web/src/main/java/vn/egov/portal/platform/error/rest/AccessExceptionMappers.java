package vn.egov.portal.platform.error.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.boundary.NotAuthenticatedException;

/**
 * Refusals as the API answers them: whoever sent no credentials is asked for them (401 with a
 * Basic challenge), whoever did but lacks the role or its scope is told so (403). A boundary's
 * {@code @RolesAllowed} cannot tell the two apart, so the caller decides.
 */
public final class AccessExceptionMappers {

    /** The challenge of every 401, here and in the log-in mechanism. */
    public static final String CHALLENGE = "Basic realm=\"portal-api\", charset=\"UTF-8\"";

    private AccessExceptionMappers() {}

    @Provider
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {

        @Override
        public Response toResponse(NotAuthorizedException missing) {
            return challenge();
        }
    }

    @Provider
    public static class NoAccount implements ExceptionMapper<NotAuthenticatedException> {

        @Override
        public Response toResponse(NotAuthenticatedException missing) {
            return challenge();
        }
    }

    @Provider
    public static class Forbidden extends Refusal<ForbiddenException> {}

    @Provider
    public static class RoleMissing extends Refusal<EJBAccessException> {}

    @Provider
    public static class Denied extends Refusal<AccessDeniedException> {

        @Override
        String detail(AccessDeniedException denied) {
            return denied.getMessage();
        }
    }

    /** 401 for a caller without credentials, 403 with the reason for one who has them. */
    abstract static class Refusal<E extends RuntimeException> implements ExceptionMapper<E> {

        @Context
        SecurityContext caller;

        @Override
        public Response toResponse(E refused) {
            return caller.getUserPrincipal() == null
                    ? challenge()
                    : Problem.response(Response.Status.FORBIDDEN, detail(refused));
        }

        String detail(E refused) {
            return "Your role does not allow this";
        }
    }

    private static Response challenge() {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Credentials are required"))
                .header("WWW-Authenticate", CHALLENGE)
                .build();
    }
}
