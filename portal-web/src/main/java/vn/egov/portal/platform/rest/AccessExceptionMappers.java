package vn.egov.portal.platform.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.security.boundary.NotAuthenticatedException;

/** A missing log-in asks for Basic credentials (401); a missing role says so (403). */
public final class AccessExceptionMappers {

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

    private static Response challenge() {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Credentials are required"))
                .header("WWW-Authenticate", "Basic realm=\"portal-api\", charset=\"UTF-8\"")
                .build();
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Override
        public Response toResponse(ForbiddenException denied) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this");
        }
    }
}
