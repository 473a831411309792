package vn.egov.portal.eservice.boundary;

import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.paging.boundary.PageRequest;

/** Catalogue filters, every one optional (agency is the org unit's code), and the page wanted. */
public record ProcedureSearch(
        String field,
        String agencyCode,
        ProcedureLevel level,
        OnlineLevel onlineLevel,
        String text,
        PageRequest page) {}
