package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "traloi-sotp", answerer for the Department of Justice (so-tu-phap) (demo data). */
@Stateless
@RunAs(Roles.AGENCY_ANSWERER)
@PermitAll
public class AsAgencyAnswerer extends RunAsRole {}
