package vn.egov.portal.qa.boundary;

import vn.egov.portal.qa.control.DueStatus;
import vn.egov.portal.qa.entity.Question;

/** A question on a dashboard with where it stands against its answer date. */
public record OpenQuestion(Question question, DueStatus status) {}
