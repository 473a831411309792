package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.LegalCitation;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureFacts;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.eservice.entity.ProcedurePart;

/** What a revision says changed. */
class ProcedureChangesTest {

    private static ProcedureFacts facts(
            long fee, int days, List<LegalCitation> legal, List<DossierComponent> components) {
        return new ProcedureFacts(
                "Cấp Phiếu lý lịch tư pháp",
                "Lý lịch tư pháp",
                "so-tu-phap",
                ProcedureLevel.PROVINCE,
                "Trung tâm Phục vụ hành chính công",
                "Công dân Việt Nam",
                List.of("Nộp", "Trả"),
                components,
                fee,
                days,
                "Phiếu lý lịch tư pháp",
                legal,
                OnlineLevel.FULL);
    }

    private static final List<LegalCitation> LAW =
            List.of(new LegalCitation("28/2009/QH12", "Luật Lý lịch tư pháp", null));
    private static final List<DossierComponent> PAPERS = List.of(new DossierComponent("Tờ khai", 1, 0, true));

    @Test
    void aFirstEntryIsTheEntryAlone() {
        assertThat(ProcedureChanges.between(null, facts(200_000, 10, LAW, PAPERS)))
                .containsExactly(ProcedurePart.ENTRY);
    }

    @Test
    void equalFactsChangeNothing() {
        assertThat(ProcedureChanges.between(facts(200_000, 10, LAW, PAPERS), facts(200_000, 10, LAW, PAPERS)))
                .isEmpty();
        // Free is free, written as null or as 0.
        assertThat(ProcedureChanges.between(facts(0, 10, LAW, PAPERS), facts(0, 10, LAW, PAPERS)))
                .isEmpty();
    }

    @Test
    void eachChangedPartIsNamedInPageOrder() {
        List<LegalCitation> more = List.of(LAW.get(0), new LegalCitation("244/2016/TT-BTC", "Thông tư", null));
        assertThat(ProcedureChanges.between(facts(200_000, 10, LAW, PAPERS), facts(100_000, 7, more, PAPERS)))
                .containsExactly(ProcedurePart.FEE, ProcedurePart.PROCESSING_DAYS, ProcedurePart.LEGAL_BASIS);
    }

    @Test
    void aComponentsCopiesCountIsAChangeOfTheComponents() {
        assertThat(ProcedureChanges.between(
                        facts(0, 10, LAW, PAPERS),
                        facts(0, 10, LAW, List.of(new DossierComponent("Tờ khai", 1, 1, true)))))
                .containsExactly(ProcedurePart.COMPONENTS);
    }
}
