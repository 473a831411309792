package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "phobientap", deputy editor-in-chief of the main portal (demo data). */
@Stateless
@RunAs(Roles.DEPUTY_EDITOR)
@PermitAll
public class AsDeputyEditor extends RunAsRole {}
