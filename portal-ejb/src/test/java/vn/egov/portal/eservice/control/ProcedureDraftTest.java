package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.validation.boundary.InputCheck;

/** The legal basis's citations are read by the register's number-and-symbol parser, and a bad one is named. */
class ProcedureDraftTest {

    private static final InputCheck INPUTS =
            new InputCheck(Validation.buildDefaultValidatorFactory().getValidator());

    private static ProcedureDraft draft(String citation) {
        return new ProcedureDraft(
                "2.000488.000.00.00.H12",
                "Cấp Phiếu lý lịch tư pháp",
                "Lý lịch tư pháp",
                "so-tu-phap",
                ProcedureLevel.PROVINCE,
                null,
                null,
                List.of("Nộp"),
                List.of(new ProcedureDraft.ComponentDraft("Tờ khai", 1, 0, true)),
                200_000L,
                10,
                "Phiếu",
                List.of(
                        new ProcedureDraft.CitationDraft("28/2009/QH12", "Luật"),
                        new ProcedureDraft.CitationDraft(citation, "Văn bản")),
                OnlineLevel.FULL,
                null);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "63/2010/NĐ-CP, 63/2010/NĐ-CP",
        "63 / 2010 / NĐ-CP, 63/2010/NĐ-CP",
        "số 01/2014/QĐ-UBND, 01/2014/QĐ-UBND",
        "45/2019/QH14, 45/2019/QH14",
        "123/UBND-VX, 123/UBND-VX"
    })
    void aReadableCitationIsKeptAsTheRegisterWritesIt(String typed, String kept) {
        assertThat(INPUTS.problems(draft(typed))).isEmpty();
        assertThat(draft(typed)
                        .facts(number -> Optional.of("path/" + number.key()))
                        .legalBasis()
                        .get(1))
                .satisfies(citation -> {
                    assertThat(citation.getNumberSymbol()).isEqualTo(kept);
                    assertThat(citation.getDocumentPath()).startsWith("path/");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Nghị định 63", "63/2010", "0/2010/NĐ-CP", "63/1800/NĐ-CP", "QH14", "63/2010/QH"})
    void anUnreadableCitationIsAProblemOfItsField(String typed) {
        assertThat(INPUTS.problems(draft(typed)))
                .isEqualTo(Map.of("legalBasis[1].numberSymbol", "eservice.error.citation"));
    }
}
