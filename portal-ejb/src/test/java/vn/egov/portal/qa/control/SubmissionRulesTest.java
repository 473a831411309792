package vn.egov.portal.qa.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.validation.boundary.InputCheckTest;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.PersonKind;

class SubmissionRulesTest {

    private final SubmissionRules rules = new SubmissionRules(Set.of("dat-dai", "tu-phap"), "2026.1");

    /** The form's own constraints for its kind of asker, then the two rules of what the portal holds. */
    private Map<String, String> check(QuestionForm form) {
        Map<String, String> errors = InputCheckTest.INPUTS.problems(form, form.groups());
        rules.check(form).forEach(errors::putIfAbsent);
        return errors;
    }

    static QuestionForm organisation() {
        return question(
                Particulars.organisation(
                        "Trần Văn Bình",
                        "Giám đốc",
                        "Công ty TNHH Nông sản Cao Bằng",
                        "Số 5 phố Kim Đồng, phường Hợp Giang",
                        "0206 3852 000",
                        "lienhe@nongsan.vn"),
                "Thủ tục thuê đất",
                "Doanh nghiệp cần những giấy tờ gì để thuê đất?",
                "dat-dai");
    }

    static QuestionForm individual() {
        return question(
                Particulars.individual(
                        "Nguyễn Thị Hoa",
                        "Việt Nam",
                        "Giáo viên",
                        "004199012345",
                        "Tổ 3, phường Sông Bằng",
                        "0912 345 678",
                        "hoa@example.vn"),
                "Đăng ký khai sinh",
                "Đăng ký khai sinh cho con cần giấy tờ gì?",
                "tu-phap");
    }

    private static QuestionForm question(Particulars particulars, String title, String body, String field) {
        return new QuestionForm(particulars, title, body, field, true, "2026.1", Language.VIETNAMESE);
    }

    @Test
    void completeFormsOfBothKindsPass() {
        assertThat(check(organisation())).isEmpty();
        assertThat(check(individual())).isEmpty();
    }

    @ParameterizedTest(name = "organisation without {0}")
    @CsvSource({
        "name, representativeName",
        "position, representativePosition",
        "organisation, organisationName",
        "address, address",
        "phone, phone",
        "email, email"
    })
    void anOrganisationGivesEachParticularOfArticle9_2a(String field, String missing) {
        Map<String, String> errors = check(without(organisation(), "particulars." + field));

        assertThat(errors).containsExactly(Map.entry("particulars." + field, "particulars.error.required." + missing));
    }

    @ParameterizedTest(name = "individual without {0}")
    @CsvSource({
        "name, fullName",
        "nationality, nationality",
        "occupation, occupation",
        "idNumber, idNumber",
        "address, address",
        "phone, phone",
        "email, email"
    })
    void anIndividualGivesEachParticularOfArticle9_2b(String field, String missing) {
        Map<String, String> errors = check(without(individual(), "particulars." + field));

        assertThat(errors).containsExactly(Map.entry("particulars." + field, "particulars.error.required." + missing));
    }

    @Test
    void eachKindIsAskedAndKeepsOnlyItsOwnParticulars() {
        QuestionForm organisation = organisation();
        organisation.particulars().setIdNumber("abc");
        QuestionForm individual = individual();
        individual.particulars().setPosition("Giám đốc");

        assertThat(check(organisation)).isEmpty();
        assertThat(check(individual)).isEmpty();
        assertThat(organisation.particulars().seal().getIdNumber()).isNull();
        assertThat(individual.particulars().seal().getPosition()).isNull();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource({
        "particulars.idNumber, 12345, particulars.error.idNumber",
        "particulars.idNumber, 012345678, ",
        "particulars.idNumber, B1234567, ",
        "particulars.idNumber, 099199012345, particulars.error.idNumber",
        "particulars.phone, 12345, particulars.error.phone",
        "particulars.phone, +84 912 345 678, ",
        "particulars.email, hoa@, particulars.error.email",
        "particulars.email, hoa at example.vn, particulars.error.email",
        "particulars.email, hoa@example, particulars.error.email",
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
        Particulars particulars = new Particulars();
        particulars.setKind(PersonKind.INDIVIDUAL);
        particulars.setName(" ");
        particulars.setIdNumber("abc");
        QuestionForm empty = new QuestionForm(particulars, null, null, null, false, null, null);

        assertThat(check(empty))
                .containsKeys(
                        "particulars.name",
                        "particulars.nationality",
                        "particulars.occupation",
                        "particulars.idNumber",
                        "particulars.address",
                        "particulars.phone",
                        "particulars.email",
                        "title",
                        "body",
                        "field",
                        "consent")
                .containsEntry("particulars.idNumber", "particulars.error.idNumber")
                .containsEntry("consent", "qa.error.required.consent");
    }

    @Test
    void withoutAKindOfAskerOnlyTheChoiceAndTheQuestionAreChecked() {
        QuestionForm form = with(individual(), "particulars.kind", null);

        assertThat(check(form)).containsExactly(Map.entry("particulars.kind", "particulars.error.required.kind"));
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
        "particulars.name, 'Nguyễn \u202EnăV'",
        "body, 'x\uD800'",
        "particulars.address, 'Số 5\u0007'",
        "particulars.phone, '0912\u0000345678'"
    })
    void invisibleOrControlCharactersAreRefusedWithAFieldError(String field, String value) {
        Map<String, String> errors = check(with(individual(), field, value));

        assertThat(errors).containsOnlyKeys(field);
        assertThat(errors.get(field)).isIn("error.text.characters", "qa.error.required.title");
    }

    private static QuestionForm without(QuestionForm form, String field) {
        return with(form, field, "  ");
    }

    /** The form with one field replaced: a field of the question, or of its particulars ("particulars.phone"). */
    static QuestionForm with(QuestionForm f, String field, String value) {
        Particulars p = f.particulars();
        switch (field) {
            case "particulars.kind" -> p.setKind(value == null ? null : PersonKind.valueOf(value));
            case "particulars.name" -> p.setName(value);
            case "particulars.position" -> p.setPosition(value);
            case "particulars.organisation" -> p.setOrganisation(value);
            case "particulars.nationality" -> p.setNationality(value);
            case "particulars.occupation" -> p.setOccupation(value);
            case "particulars.idNumber" -> p.setIdNumber(value);
            case "particulars.address" -> p.setAddress(value);
            case "particulars.phone" -> p.setPhone(value);
            case "particulars.email" -> p.setEmail(value);
            default -> {
                // a field of the question itself, replaced below
            }
        }
        return new QuestionForm(
                p,
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
