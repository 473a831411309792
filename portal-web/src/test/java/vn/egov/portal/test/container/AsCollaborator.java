package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "congtacvien", collaborator of the main portal (demo data). */
@Stateless
@RunAs(Roles.COLLABORATOR)
@PermitAll
public class AsCollaborator extends RunAsRole {}
