package vn.egov.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The consultations at "/lay-y-kien/..." (lấy ý kiến: public comment). */
@ApplicationScoped
public class ConsultationAddresses extends TopLevelPaths {

    public ConsultationAddresses() {
        super("lay-y-kien");
    }
}
