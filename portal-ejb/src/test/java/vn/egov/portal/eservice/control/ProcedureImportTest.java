package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.validation.boundary.InputCheck;

/** The catalogue import as a table: each bad row named by its line and field, nothing kept from a bad file. */
class ProcedureImportTest {

    private static final ProcedureImport IMPORT = new ProcedureImport(
            new InputCheck(Validation.buildDefaultValidatorFactory().getValidator()));

    private static final String HEADER = String.join(",", ProcedureImport.COLUMNS) + "\r\n";

    /** A good row; {@code replace} swaps one column's cell. */
    private static String row(String column, String cell) {
        List<String> cells = new java.util.ArrayList<>(List.of(
                "1.001193.000.00.00.H12",
                "Đăng ký khai sinh",
                "Hộ tịch",
                "xa-dam-thuy",
                "COMMUNE",
                "Bộ phận một cửa UBND xã",
                "\"Người yêu cầu là cha, mẹ\"",
                "\"Nộp hồ sơ\nKiểm tra\nTrả kết quả\"",
                "\"Tờ khai theo mẫu; 1; 0; required\nVăn bản ủy quyền; 1; 0; optional\"",
                "",
                "1",
                "Giấy khai sinh",
                "\"60/2014/QH13 Luật Hộ tịch\n123/2015/NĐ-CP Nghị định\"",
                "FULL",
                ""));
        if (column != null) {
            cells.set(ProcedureImport.COLUMNS.indexOf(column), cell);
        }
        return String.join(",", cells) + "\r\n";
    }

    private static ProcedureImport.Result read(String text) {
        return IMPORT.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodCsvRowReadsWithItsListsAndLine() {
        ProcedureImport.Result result = read(HEADER + row(null, null) + row("code", "2.000488"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(ProcedureImport.Row::line).containsExactly(2, 7);
        ProcedureDraft draft = result.rows().get(0).draft();
        assertThat(draft.level()).isEqualTo(ProcedureLevel.COMMUNE);
        assertThat(draft.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(draft.steps()).containsExactly("Nộp hồ sơ", "Kiểm tra", "Trả kết quả");
        assertThat(draft.components())
                .containsExactly(
                        new ProcedureDraft.ComponentDraft("Tờ khai theo mẫu", 1, 0, true),
                        new ProcedureDraft.ComponentDraft("Văn bản ủy quyền", 1, 0, false));
        assertThat(draft.feeVnd()).isNull();
        assertThat(draft.facts(number -> java.util.Optional.empty()).legalBasis())
                .extracting(c -> c.getNumberSymbol() + "|" + c.getTitle())
                .containsExactly("60/2014/QH13|Luật Hộ tịch", "123/2015/NĐ-CP|Nghị định");
        assertThat(draft.facts(number -> java.util.Optional.empty()).components())
                .first()
                .isEqualTo(new DossierComponent("Tờ khai theo mẫu", 1, 0, true));
    }

    static List<Arguments> badCells() {
        return List.of(
                Arguments.of("code", "1.23", "code", "eservice.error.code"),
                Arguments.of("name", "", "name", "eservice.error.required.name"),
                Arguments.of("agency", "", "agency", "eservice.error.required.agency"),
                Arguments.of("level", "REGION", "level", "error.eservice.level"),
                Arguments.of("onlineLevel", "HALF", "onlineLevel", "error.eservice.onlineLevel"),
                Arguments.of("feeVnd", "năm mươi", "feeVnd", "eservice.error.fee"),
                Arguments.of("processingDays", "ten", "processingDays", "eservice.error.processingDays"),
                Arguments.of("processingDays", "400", "processingDays", "eservice.error.processingDays"),
                Arguments.of("steps", "", "steps", "eservice.error.required.steps"),
                Arguments.of("components", "Tờ khai; 1; 0", "components[0]", "eservice.error.component"),
                Arguments.of(
                        "components",
                        "\"Tờ khai; 1; 0; yes\n; 1; 0; no\"",
                        "components[1].name",
                        "eservice.error.required.componentName"),
                Arguments.of(
                        "components", "Tờ khai; 99; 0; required", "components[0].originals", "eservice.error.count"),
                Arguments.of(
                        "legalBasis",
                        "\"60/2014/QH13 Luật\nLuật Hộ tịch\"",
                        "legalBasis[1].numberSymbol",
                        "eservice.error.citation"),
                Arguments.of("legalBasis", "Nghị-định-123", "legalBasis[0].numberSymbol", "eservice.error.citation"),
                Arguments.of("result", "", "result", "eservice.error.required.result"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badCells")
    void aBadCellIsNamedByItsLineAndNothingIsKept(String column, String cell, String field, String key) {
        ProcedureImport.Result result = read(HEADER + row(null, null) + row("code", "2.000488") + row(column, cell));
        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).contains(new ProcedureImport.Problem(12, field, key));
        assertThat(result.problems()).allMatch(problem -> problem.line() == 12);
        assertThat(result.problems().get(0).where()).startsWith("line 12: ");
    }

    @Test
    void problemsOfSeveralRowsAreAllListedInLineOrder() {
        ProcedureImport.Result result = read(HEADER
                + row("feeVnd", "-5")
                + row("code", "2.000488")
                + row("code", "2.000488")
                + row("processingDays", "x"));
        assertThat(result.problems())
                .extracting(ProcedureImport.Problem::where)
                .containsExactly("line 2: feeVnd", "line 12: code", "line 17: processingDays");
        assertThat(result.problems().get(1).messageKey()).isEqualTo("eservice.error.import.duplicate");
    }

    @Test
    void aFeeMayBeWrittenWithGroupingDots() {
        assertThat(read(HEADER + row("feeVnd", "\"200.000\""))
                        .rows()
                        .get(0)
                        .draft()
                        .feeVnd())
                .isEqualTo(200_000L);
    }

    @Test
    void aMissingColumnOrAnOpenQuoteIsAProblemOfTheFile() {
        assertThat(read("code,name\r\n1.001193,x\r\n").problems())
                .containsExactly(new ProcedureImport.Problem(1, "field", "eservice.error.import.column"));
        assertThat(read(HEADER + row(null, null) + row("name", "\"open")).problems())
                .containsExactly(new ProcedureImport.Problem(7, "file", "eservice.error.import.syntax"));
        assertThat(read("").problems())
                .extracting(ProcedureImport.Problem::messageKey)
                .containsExactly("eservice.error.import.empty");
        assertThat(IMPORT.read(new byte[] {(byte) 0xC3, (byte) 0x28}).problems())
                .extracting(ProcedureImport.Problem::messageKey)
                .containsExactly("eservice.error.import.encoding");
    }

    private static final String JSON_GOOD =
            """
            {
              "code": "1.001193.000.00.00.H12", "name": "Đăng ký khai sinh", "field": "Hộ tịch",
              "agency": "xa-dam-thuy", "level": "COMMUNE", "onlineLevel": "FULL", "processingDays": 1,
              "result": "Giấy khai sinh", "steps": ["Nộp", "Trả"],
              "components": [{"name": "Tờ khai", "originals": 1, "copies": 0, "required": true}],
              "legalBasis": [{"numberSymbol": "60/2014/QH13", "title": "Luật Hộ tịch"}]
            }""";

    @Test
    void jsonObjectsAreReadWithTheLineTheyStartOn() {
        ProcedureImport.Result result =
                read("[\n" + JSON_GOOD + ",\n" + JSON_GOOD.replace("1.001193", "2.000488") + "\n]");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(ProcedureImport.Row::line).containsExactly(2, 9);
        assertThat(result.rows().get(0).draft().components().get(0).required()).isTrue();
    }

    @Test
    void badJsonObjectsAreNamedByLineAndField() {
        ProcedureImport.Result result = read("[\n" + JSON_GOOD + ",\n"
                + JSON_GOOD
                        .replace("\"processingDays\": 1", "\"processingDays\": \"one\"")
                        .replace("60/2014/QH13", "Luật 60")
                        .replace("\"required\": true", "\"required\": \"yes\"")
                + ",\n42\n]");
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(ProcedureImport.Problem::where)
                .containsExactlyInAnyOrder(
                        "line 9: processingDays",
                        "line 9: components[0].required",
                        "line 9: legalBasis[0].numberSymbol",
                        "line 16: procedure");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThat(read("[\n" + JSON_GOOD + ",\n{\"code\": }\n]").problems())
                .containsExactly(new ProcedureImport.Problem(9, "file", "eservice.error.import.syntax"));
    }
}
