package vn.egov.portal.qa.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.validation.boundary.InputCheckTest;
import vn.egov.portal.qa.entity.AskerType;

class SubmissionRulesTest {

    private final SubmissionRules rules = new SubmissionRules(Set.of("dat-dai", "tu-phap"), "2026.1");

    /** The form's own constraints for its kind of asker, then the two rules of what the portal holds. */
    private Map<String, String> check(QuestionForm form) {
        Map<String, String> errors = InputCheckTest.INPUTS.problems(form, form.groups());
        rules.check(form).forEach(errors::putIfAbsent);
        return errors;
    }

    static QuestionForm organisation() {
        return new QuestionForm(
                AskerType.ORGANISATION,
                "Trần Văn Bình",
                "Giám đốc",
                "Công ty TNHH Nông sản Cao Bằng",
                null,
                null,
                null,
                null,
                "Số 5 phố Kim Đồng, phường Hợp Giang",
                "0206 3852 000",
                "lienhe@nongsan.vn",
                "Thủ tục thuê đất",
                "Doanh nghiệp cần những giấy tờ gì để thuê đất?",
                "dat-dai",
                true,
                "2026.1",
                "vi");
    }

    static QuestionForm individual() {
        return new QuestionForm(
                AskerType.INDIVIDUAL,
                null,
                null,
                null,
                "Nguyễn Thị Hoa",
                "Việt Nam",
                "Giáo viên",
                "004199012345",
                "Tổ 3, phường Sông Bằng",
                "0912 345 678",
                "hoa@example.vn",
                "Đăng ký khai sinh",
                "Đăng ký khai sinh cho con cần giấy tờ gì?",
                "tu-phap",
                true,
                "2026.1",
                "vi");
    }

    @Test
    void completeFormsOfBothKindsPass() {
        assertThat(check(organisation())).isEmpty();
        assertThat(check(individual())).isEmpty();
    }

    @ParameterizedTest(name = "organisation without {0}")
    @CsvSource({"representativeName", "representativePosition", "organisationName", "address", "phone", "email"})
    void anOrganisationGivesEachParticularOfArticle9_2a(String field) {
        Map<String, String> errors = check(without(organisation(), field));

        assertThat(errors).containsExactly(Map.entry(field, "qa.error.required." + field));
    }

    @ParameterizedTest(name = "individual without {0}")
    @CsvSource({"fullName", "nationality", "occupation", "idNumber", "address", "phone", "email"})
    void anIndividualGivesEachParticularOfArticle9_2b(String field) {
        Map<String, String> errors = check(without(individual(), field));

        assertThat(errors).containsExactly(Map.entry(field, "qa.error.required." + field));
    }

    @Test
    void anOrganisationIsNotAskedForAnIdNumberNorAnIndividualForAPosition() {
        assertThat(check(organisation()).keySet()).doesNotContain("idNumber", "fullName", "nationality");
        assertThat(check(individual()).keySet()).doesNotContain("representativePosition", "organisationName");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource({
        "idNumber, 12345, qa.error.idNumber",
        "idNumber, 012345678, ",
        "idNumber, B1234567, ",
        "idNumber, 099199012345, qa.error.idNumber",
        "phone, 12345, qa.error.phone",
        "phone, +84 912 345 678, ",
        "email, hoa@, qa.error.email",
        "email, hoa at example.vn, qa.error.email",
        "email, hoa@example, qa.error.email",
        "field, khong-co, qa.error.field"
    })
    void valuesMustHaveTheirShape(String field, String value, String expected) {
        Map<String, String> errors = check(with(individual(), field, value));

        if (expected == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(Map.entry(field, expected));
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        QuestionForm empty = new QuestionForm(
                AskerType.INDIVIDUAL,
                null,
                null,
                null,
                " ",
                null,
                null,
                "abc",
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);

        assertThat(check(empty))
                .containsKeys(
                        "fullName",
                        "nationality",
                        "occupation",
                        "idNumber",
                        "address",
                        "phone",
                        "email",
                        "title",
                        "body",
                        "field",
                        "consent")
                .containsEntry("idNumber", "qa.error.idNumber")
                .containsEntry("consent", "qa.error.required.consent");
    }

    @Test
    void withoutAKindOfAskerOnlyTheChoiceAndTheQuestionAreChecked() {
        QuestionForm form = with(individual(), "askerType", null);

        assertThat(check(form)).containsExactly(Map.entry("askerType", "qa.error.required.askerType"));
    }

    @Test
    void consentToAnOlderTextMustBeGivenAgain() {
        assertThat(check(with(individual(), "consentVersion", "2025.1")))
                .containsExactly(Map.entry("consent", "qa.error.consentVersion"));
    }

    @Test
    void overlongTextsAreRefusedWithTheirOwnMessage() {
        assertThat(check(with(individual(), "title", "x".repeat(QuestionForm.MAX_TITLE + 1))))
                .containsExactly(Map.entry("title", "qa.error.length.title"));
        assertThat(check(with(individual(), "body", "x".repeat(QuestionForm.MAX_BODY + 1))))
                .containsExactly(Map.entry("body", "qa.error.length.body"));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({
        "title, 'Thủ tục\u0000cấp phép'",
        "title, '\u200B\u200B'",
        "fullName, 'Nguyễn \u202EnăV'",
        "body, 'x\uD800'",
        "address, 'Số 5\u0007'",
        "phone, '0912\u0000345678'"
    })
    void invisibleOrControlCharactersAreRefusedWithAFieldError(String field, String value) {
        Map<String, String> errors = check(with(individual(), field, value));

        assertThat(errors).containsOnlyKeys(field);
        assertThat(errors.get(field)).isIn("error.text.characters", "qa.error.required." + field);
    }

    private static QuestionForm without(QuestionForm form, String field) {
        return with(form, field, "  ");
    }

    /** A copy of the form with one component replaced. */
    static QuestionForm with(QuestionForm f, String field, String value) {
        return new QuestionForm(
                "askerType".equals(field) ? (value == null ? null : AskerType.valueOf(value)) : f.askerType(),
                choose(field, "representativeName", value, f.representativeName()),
                choose(field, "representativePosition", value, f.representativePosition()),
                choose(field, "organisationName", value, f.organisationName()),
                choose(field, "fullName", value, f.fullName()),
                choose(field, "nationality", value, f.nationality()),
                choose(field, "occupation", value, f.occupation()),
                choose(field, "idNumber", value, f.idNumber()),
                choose(field, "address", value, f.address()),
                choose(field, "phone", value, f.phone()),
                choose(field, "email", value, f.email()),
                choose(field, "title", value, f.title()),
                choose(field, "body", value, f.body()),
                choose(field, "field", value, f.field()),
                f.consent(),
                choose(field, "consentVersion", value, f.consentVersion()),
                f.language());
    }

    private static String choose(String field, String name, String value, String original) {
        return field.equals(name) ? value : original;
    }
}
