package vn.egov.portal.eservice.entity;

/**
 * The parts of a procedure a revision names as changed; {@link #ENTRY} is the first revision, the
 * procedure's entry in the catalogue. Each has the bundle key {@code eservice.part.<NAME>}.
 */
public enum ProcedurePart {
    ENTRY,
    NAME,
    FIELD,
    AGENCY,
    LEVEL,
    EXECUTING_BODY,
    CONDITIONS,
    STEPS,
    COMPONENTS,
    FORMS,
    FEE,
    PROCESSING_DAYS,
    RESULT,
    LEGAL_BASIS,
    ONLINE_LEVEL
}
