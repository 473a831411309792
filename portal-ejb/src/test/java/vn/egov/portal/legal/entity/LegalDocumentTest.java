package vn.egov.portal.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.platform.entity.LocalizedText;

/** A register entry: its number gives its key and address, its dates decide what a reader sees. */
class LegalDocumentTest {

    private static final DocumentType DECISION =
            new DocumentType("QD", "QĐ", LocalizedText.of("Quyết định", "Decision"), 1);
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);

    private static LegalDocument document(String number) {
        return new LegalDocument(NumberSymbol.parse(number), DECISION, ISSUED, "  Quy định   về  đất đai ");
    }

    @Test
    void theNumberGivesTheKeyTheYearAndTheAddress() {
        LegalDocument document = document("01/2026/QĐ-UBND");

        assertThat(document.getNumberSymbol()).isEqualTo("01/2026/QĐ-UBND");
        assertThat(document.getNumberKey()).isEqualTo("1/2026/QD-UBND");
        assertThat(document.getDocYear()).isEqualTo(2026);
        assertThat(document.getEliPath()).isEqualTo("2026/1/qd-ubnd");
        assertThat(document.getExcerpt()).isEqualTo("Quy định về đất đai");
    }

    @Test
    void twoSpellingsOfOneNumberAreOneRegisterNumber() {
        assertThat(document("01/2026/QĐ-UBND").getNumber())
                .isEqualTo(document("Số: 1/2026/QÐ-UBND").getNumber())
                .isEqualTo(new DocumentNumber(NumberSymbol.parse("01/2026/QD-UBND"), 2026));
        assertThat(document("01/2026/QĐ-UBND").number()).isEqualTo(NumberSymbol.parse("01/2026/QĐ-UBND"));
    }

    @Test
    void aNumberWithoutAYearTakesTheYearOfIssueAndRenumberingMovesTheAddress() {
        LegalDocument document = document("123/UBND-VX");

        assertThat(document.getDocYear()).isEqualTo(2026);
        assertThat(document.getEliPath()).isEqualTo("2026/123/ubnd-vx");
        document.renumber(NumberSymbol.parse("124/UBND-VX"));
        assertThat(document.getEliPath()).isEqualTo("2026/124/ubnd-vx");
        assertThat(document.getSearchText()).contains("124/ubnd-vx");
    }

    @ParameterizedTest(name = "{0}, effective {1}, expiry {2}, on {3} -> {4}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "IN_FORCE, 2026-02-01, NULL, 2026-01-20, NOT_YET_IN_FORCE",
                "IN_FORCE, 2026-02-01, NULL, 2026-02-01, IN_FORCE",
                "IN_FORCE, 2026-02-01, 2026-12-31, 2026-12-30, IN_FORCE",
                "IN_FORCE, 2026-02-01, 2026-12-31, 2026-12-31, EXPIRED",
                "PARTLY_IN_FORCE, 2026-02-01, 2026-12-31, 2027-01-05, EXPIRED",
                "PARTLY_IN_FORCE, NULL, NULL, 2030-01-01, PARTLY_IN_FORCE",
                "REPLACED, 2026-02-01, NULL, 2026-01-20, REPLACED",
                "EXPIRED, 2026-02-01, NULL, 2026-03-01, EXPIRED"
            })
    void theDatesDecideWhetherADocumentInForceIsYetOrStillInForce(
            LegalStatus recorded, LocalDate effective, LocalDate expiry, LocalDate on, LegalStatus seen) {
        LegalDocument document = document("01/2026/QĐ-UBND");
        document.dated(ISSUED, effective, expiry);
        document.changeStatus(recorded);

        assertThat(document.statusOn(on)).isEqualTo(seen);
    }

    @Test
    void theStatusesTheDatesDecideAreNotRecordedByHand() {
        LegalDocument document = document("01/2026/QĐ-UBND");

        assertThatThrownBy(() -> document.changeStatus(LegalStatus.NOT_YET_IN_FORCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(document.getStatus()).isEqualTo(LegalStatus.IN_FORCE);
    }

    @Test
    void fieldsAreKeptCleanAndEmptyOnesLeftOut() {
        LegalDocument document = document("01/2026/QĐ-UBND");

        document.describe(DECISION, "Quy định", List.of(" Đất  đai ", " ", "Tư pháp"));

        assertThat(document.getFields()).containsExactly("Đất đai", "Tư pháp");
        assertThat(document.getSearchText()).contains("dat dai", "tu phap", "quyet dinh");
    }

    @Test
    void anOutsideIssuerIsNamedAsWrittenAndTheDocumentIsPublishedOnce() {
        LegalDocument document = document("05/2021/QĐ-TTg");
        document.issuedBy(null, "  Thủ tướng Chính phủ ", null);

        assertThat(document.issuerName(Locale.ENGLISH)).isEqualTo("Thủ tướng Chính phủ");
        assertThat(document.isPublished()).isFalse();
        document.publish(Instant.parse("2026-01-20T02:00:00Z"));
        assertThat(document.isPublished()).isTrue();
    }
}
