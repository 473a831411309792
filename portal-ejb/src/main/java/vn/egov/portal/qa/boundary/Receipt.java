package vn.egov.portal.qa.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** What the asker gets back once the question is stored: the tracking code and the dates. */
public record Receipt(long id, String trackingCode, Instant receivedAt, LocalDate dueDate) {}
