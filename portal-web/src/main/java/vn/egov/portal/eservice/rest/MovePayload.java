package vn.egov.portal.eservice.rest;

/** An official's move of a dossier (RECEIVE, REFUSE, START_PROCESSING, ...) and its comment. */
public record MovePayload(String move, String comment) {}
