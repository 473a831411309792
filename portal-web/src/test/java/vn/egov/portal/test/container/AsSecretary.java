package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "thuky", secretary of the editorial board (demo data). */
@Stateless
@RunAs(Roles.SECRETARY)
@PermitAll
public class AsSecretary extends RunAsRole {}
