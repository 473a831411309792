package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import vn.egov.portal.platform.access.boundary.Roles;

/** Runs as "vanhanh", the batch operator (demo data). */
@Stateless
@RunAs(Roles.BATCH_OPERATOR)
@PermitAll
public class AsBatchOperator extends RunAsRole {}
