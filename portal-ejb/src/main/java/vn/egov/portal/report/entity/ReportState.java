package vn.egov.portal.report.entity;

/** A period's latest run is {@link #CURRENT}; a rerun leaves the earlier versions {@link #SUPERSEDED}, kept. */
public enum ReportState {
    CURRENT,
    SUPERSEDED
}
