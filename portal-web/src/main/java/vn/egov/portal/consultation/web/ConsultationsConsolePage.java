package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.consultation.boundary.ConsultationDesk;
import vn.egov.portal.consultation.entity.Consultation;

/** The lead agency's list of its consultations (the board sees every agency's), newest first. */
@Named
@RequestScoped
public class ConsultationsConsolePage {

    @Inject
    ConsultationDesk desk;

    private List<Consultation> consultations;

    public List<Consultation> getConsultations() {
        if (consultations == null) {
            consultations = desk.list();
        }
        return consultations;
    }
}
