package vn.egov.portal.media.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.egov.portal.platform.document.control.Cell;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.document.control.Table;
import vn.egov.portal.platform.i18n.control.Language;

/** What the portal generates, the file store keeps under generated rules, and no upload rules take. */
class GeneratedFilesTest {

    private static final Document REPORT = Document.titled("Báo cáo quý 3", Language.VIETNAMESE, Instant.EPOCH)
            .paragraph("Ủy ban nhân dân tỉnh Cao Bằng")
            .table(Table.widths(2, 1)
                    .header("Đơn vị", "Hồ sơ")
                    .row(Cell.text("Sở Tư pháp"), Cell.number(7))
                    .build())
            .build();

    private static MediaCheck.Verdict check(FileRules rules, GeneratedDocument document) {
        return new MediaCheck(rules)
                .check(
                        document.fileName(),
                        document.bytes().length,
                        new BufferedInputStream(new ByteArrayInputStream(document.bytes())));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void generatedRulesKeepEveryFormatAsItsOwn(DocumentFormat format) {
        GeneratedDocument document = GeneratedDocument.of(REPORT, format, "Báo cáo quý 3");
        MediaCheck.Verdict verdict = check(FileRules.generated("bao-cao", 1_000_000L), document);
        assertThat(verdict.accepted()).as(verdict.refusalKey()).isTrue();
        assertThat(verdict.format().name()).isEqualTo(format.name());
        assertThat(verdict.format().servedType()).isEqualTo(format.mediaType());
        assertThat(FileNames.stored(document.fileName(), verdict.format())).isEqualTo(document.fileName());
    }

    @ParameterizedTest
    @EnumSource(
            value = DocumentFormat.class,
            names = {"ODS", "CSV"})
    void uploadRulesDoNotTakeWhatOnlyThePortalWrites(DocumentFormat format) {
        FileRules uploads = FileRules.of(
                "hoi-dap",
                Map.of(MediaFormat.Group.DOCUMENT, 1_000_000L, MediaFormat.Group.ARCHIVE, 1_000_000L),
                "qa.error.format");
        MediaCheck.Verdict verdict = check(uploads, GeneratedDocument.of(REPORT, format, "bao-cao"));
        assertThat(verdict.accepted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = DocumentFormat.class,
            names = {"PDF", "ODT", "ODS", "CSV"})
    void aGeneratedDocumentPastTheLimitIsRefused(DocumentFormat format) {
        GeneratedDocument document = GeneratedDocument.of(REPORT, format, "bao-cao");
        MediaCheck.Verdict verdict = check(FileRules.generated("bao-cao", 10L), document);
        assertThat(verdict.refusalKey()).startsWith("media.error.tooLarge.");
    }
}
