package vn.egov.portal.consultation.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** A consultation the public sees (open or past) as the search engine indexes it: title, summary and draft. */
public final class ConsultationDocuments {

    private ConsultationDocuments() {}

    public static Searchable of(Consultation consultation, ZoneId zone) {
        String summary = consultation.getSummary() == null ? "" : consultation.getSummary() + "\n";
        String draft = consultation.getDraftText() == null ? "" : consultation.getDraftText();
        return new Searchable(
                SearchKind.CONSULTATION,
                consultation.getId(),
                null,
                consultation.getLeadAgency() == null
                        ? null
                        : consultation.getLeadAgency().getName().getVi(),
                consultation.getOpenedAt() == null ? null : LocalDate.ofInstant(consultation.getOpenedAt(), zone),
                consultation.getTitle(),
                summary + draft,
                consultation.getPath(),
                List.of());
    }
}
