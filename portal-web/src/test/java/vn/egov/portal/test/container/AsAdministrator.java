package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "admin", the system administrator. */
@Stateless
@RunAs(Roles.SYSADMIN)
@PermitAll
public class AsAdministrator extends RunAsRole {}
