package vn.egov.portal.consultation.control;

import java.util.List;

/**
 * The demo province's consultations (seed/demo-consultations.json): each with its lead agency, the
 * register document it amends, when it opened (days before the load) and for how many days.
 */
public record DemoConsultations(List<Item> consultations) {

    public record Item(
            String title,
            String summary,
            String agency,
            String contactName,
            String contactEmail,
            String contactPhone,
            String amends,
            int opensDaysAgo,
            int days,
            String state,
            String draft) {}
}
