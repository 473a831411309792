package vn.egov.portal.platform.validation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.calendar.boundary.OverrideRequest;
import vn.egov.portal.deadline.boundary.RuleChange;
import vn.egov.portal.leader.boundary.LeaderAdministration;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.CitationDraft;
import vn.egov.portal.qa.boundary.DelegationRequest;
import vn.egov.portal.qa.boundary.PartRequest;
import vn.egov.portal.qa.boundary.PublicationRequest;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.site.boundary.SubPortalAdministration;

/**
 * The input records of the boundaries that lost their hand-written checks keep the rules those checks
 * had: the same field names and the same message keys, so the console and the API show what they
 * showed before. One row per rule; a complete record of each kind passes.
 */
class BoundaryInputsTest {

    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);

    static DocumentDraft document(String number, String type, String issuer, LocalDate effective, LocalDate expiry) {
        return document(number, type, issuer, null, ISSUED, effective, expiry, LegalStatus.IN_FORCE, "Quy định");
    }

    static DocumentDraft document(
            String number,
            String type,
            String issuer,
            String external,
            LocalDate issued,
            LocalDate effective,
            LocalDate expiry,
            LegalStatus status,
            String excerpt) {
        return new DocumentDraft(
                number,
                type,
                issuer,
                external,
                null,
                null,
                null,
                issued,
                effective,
                expiry,
                status,
                excerpt,
                List.of("Đất đai"));
    }

    static DelegationRequest delegation(DelegationKind kind, String reference, LocalDate from, LocalDate until) {
        return new DelegationRequest("so-tu-phap", "canbo", kind, reference, from, until);
    }

    static PartRequest part(String agency) {
        return new PartRequest("Phần", "Nội dung", "dat-dai", agency);
    }

    static LeaderAdministration.Profile leader(String name, String title) {
        return new LeaderAdministration.Profile(
                name, title, null, null, 0, null, null, null, null, null, null, null, null);
    }

    static SubPortalAdministration.Profile site(String name) {
        return new SubPortalAdministration.Profile(name, null, null, null, null, null, null);
    }

    static Stream<Arguments> inputs() {
        String document = "01/2025/QĐ-UBND";
        return Stream.of(
                Arguments.of(document(document, "QD", "ubnd", null, null), Map.of()),
                Arguments.of(
                        document("không số", "QD", "ubnd", null, null),
                        Map.of("numberSymbol", "error.legal.numberSymbol")),
                Arguments.of(document(document, " ", "ubnd", null, null), Map.of("type", "error.legal.type")),
                Arguments.of(document(document, "QD", null, null, null), Map.of("issuer", "error.legal.issuer")),
                Arguments.of(
                        document(document, "QD", null, "Bộ Tư pháp", ISSUED, null, null, null, "Quy định"), Map.of()),
                Arguments.of(
                        document(document, "QD", "ubnd", ISSUED.minusDays(1), null),
                        Map.of("effectiveDate", "error.legal.effectiveBeforeIssue")),
                Arguments.of(
                        document(document, "QD", "ubnd", ISSUED, ISSUED.minusDays(1)),
                        Map.of("expiryDate", "error.legal.expiryBeforeEffective")),
                Arguments.of(
                        document(
                                document, "QD", "ubnd", null, null, null, null, LegalStatus.NOT_YET_IN_FORCE, "\u200B"),
                        Map.of(
                                "issueDate", "error.legal.issueDate",
                                "status", "error.legal.status.recorded",
                                "excerpt", "error.legal.excerpt")),
                Arguments.of(delegation(DelegationKind.HEAD, "QĐ 12", ISSUED, null), Map.of()),
                Arguments.of(
                        delegation(null, " ", null, null),
                        Map.of(
                                "kind", "qa.error.required.kind",
                                "reference", "qa.error.required.reference",
                                "validFrom", "qa.error.required.validFrom")),
                Arguments.of(
                        delegation(DelegationKind.DELEGATE, "QĐ 12", ISSUED, ISSUED.minusDays(1)),
                        Map.of("validUntil", "qa.error.delegation.period")),
                Arguments.of(new PartRequest.Parts(List.of(part("a"), part("b"))), Map.of()),
                Arguments.of(new PartRequest.Parts(List.of(part("a"))), Map.of("parts", "qa.error.parts")),
                Arguments.of(new PartRequest.Parts(null), Map.of("parts", "qa.error.parts")),
                Arguments.of(
                        new PartRequest.Parts(List.of(part("a"), part(" "))),
                        Map.of("parts[1].agency", "qa.error.required.part")),
                Arguments.of(
                        new PublicationRequest(" ", "Nội dung", null, false),
                        Map.of(
                                "title", "qa.error.required.public.title",
                                "answer", "qa.error.required.public.answer")),
                Arguments.of(new AnswerDraft("Trả lời", List.of()), Map.of("citations", "qa.error.citations")),
                Arguments.of(
                        new AnswerDraft("x".repeat(20_001), List.of(new CitationDraft(1L, null, null, null, null))),
                        Map.of("text", "qa.error.length.answer")),
                Arguments.of(
                        new CitationDraft(null, "không số", " ", null, null),
                        Map.of(
                                "numberSymbol", "qa.error.citation.numberSymbolForm",
                                "excerpt", "qa.error.citation.excerpt",
                                "issuedOn", "qa.error.citation.issuedOn",
                                "issuingBody", "qa.error.citation.issuingBody")),
                Arguments.of(
                        new CitationDraft(null, null, "Điều 1", ISSUED, "UBND tỉnh"),
                        Map.of("numberSymbol", "qa.error.citation.numberSymbol")),
                Arguments.of(leader("Nguyễn Văn A", "Chủ tịch"), Map.of()),
                Arguments.of(leader(" ", null), Map.of("name", "leader.error.name", "titleVi", "leader.error.title")),
                Arguments.of(leader("x".repeat(201), "Chủ tịch"), Map.of("name", "error.text.tooLong")),
                Arguments.of(
                        new LeaderAdministration.Engagement(null, null, null, " ", null, null),
                        Map.of(
                                "day", "schedule.error.day",
                                "start", "schedule.error.start",
                                "contentVi", "schedule.error.content")),
                Arguments.of(
                        new LeaderAdministration.Engagement(ISSUED, LocalTime.of(8, 0), null, "Họp", null, null),
                        Map.of()),
                Arguments.of(site("Sở Tư pháp"), Map.of()),
                Arguments.of(site(null), Map.of("nameVi", "site.error.name")),
                Arguments.of(new OverrideRequest(ISSUED, true, "QĐ 1", "Nghỉ bù"), Map.of()),
                Arguments.of(
                        new OverrideRequest(null, true, " ", null),
                        Map.of(
                                "date", "error.calendar.date",
                                "reference", "error.calendar.reference",
                                "reason", "error.calendar.reason")),
                Arguments.of(
                        new OverrideRequest(LocalDate.of(1989, 12, 31), true, "QĐ 1", "Nghỉ bù"),
                        Map.of("date", "error.calendar.year")),
                Arguments.of(new RuleChange(5, 2), Map.of()),
                Arguments.of(new RuleChange(61, 2), Map.of("workingDays", "error.deadline.workingDays")),
                Arguments.of(
                        new RuleChange(-1, 1),
                        Map.of(
                                "workingDays", "error.deadline.workingDays",
                                "dueSoonDays", "error.deadline.dueSoonDays")),
                Arguments.of(new RuleChange(5, 6), Map.of("dueSoonDays", "error.deadline.dueSoonDays")));
    }

    @ParameterizedTest(name = "{index}: {0} -> {1}")
    @MethodSource("inputs")
    void eachRecordKeepsTheRulesOfTheCheckItReplaced(Object input, Map<String, String> expected) {
        assertThat(InputCheckTest.INPUTS.problems(input)).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
