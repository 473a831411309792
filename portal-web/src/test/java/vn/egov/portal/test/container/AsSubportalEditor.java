package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "bientap-sotp", editor of the so-tu-phap sub-portal only (demo data). */
@Stateless
@RunAs(Roles.SUBPORTAL_EDITOR)
@PermitAll
public class AsSubportalEditor extends RunAsRole {}
