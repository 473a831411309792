package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.validation.boundary.InputCheckTest;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.PersonKind;

/** The application form's rules: the particulars exactly as a question's asker's, then the dossier's own. */
class ApplicationFormTest {

    private static Map<String, String> check(ApplicationForm form) {
        return InputCheckTest.INPUTS.problems(form, form.groups());
    }

    private static ApplicationForm form(Particulars particulars, boolean declaration, boolean consent) {
        return new ApplicationForm("2.000488.000.00.00.H12", particulars, declaration, consent, "2026-1", "vi");
    }

    static Particulars individual() {
        return Particulars.individual(
                "Phan Thị Ngọc Ánh",
                "Việt Nam",
                "Giáo viên",
                "004196012345",
                "Số 21 phố Vườn Cam, phường Hợp Giang",
                "0915 246 810",
                "anh@example.vn");
    }

    @Test
    void aCompleteFormOfEitherKindPasses() {
        Particulars organisation = Particulars.organisation(
                "Trần Văn Bình",
                "Giám đốc",
                "Công ty TNHH Nông sản Cao Bằng",
                "Số 5 phố Kim Đồng",
                "0206 3852 000",
                "lienhe@nongsan.vn");

        assertThat(check(form(individual(), true, true))).isEmpty();
        assertThat(check(form(organisation, true, true))).isEmpty();
    }

    @Test
    void theParticularsAreCheckedAsTheAskersAreUnderTheirOwnNames() {
        Particulars particulars = new Particulars();
        particulars.setKind(PersonKind.INDIVIDUAL);
        particulars.setIdNumber("12345");

        assertThat(check(form(particulars, true, true)))
                .containsOnlyKeys(
                        "particulars.name",
                        "particulars.nationality",
                        "particulars.occupation",
                        "particulars.idNumber",
                        "particulars.address",
                        "particulars.phone",
                        "particulars.email")
                .containsEntry("particulars.idNumber", "particulars.error.idNumber")
                .containsEntry("particulars.name", "particulars.error.required.fullName");
    }

    @Test
    void anOrganisationGivesItsRepresentativeAndItsName() {
        Particulars particulars = individual();
        particulars.setKind(PersonKind.ORGANISATION);

        assertThat(check(form(particulars, true, true)))
                .containsOnlyKeys("particulars.position", "particulars.organisation");
    }

    @Test
    void withoutParticularsOrTheirKindOnlyTheChoiceIsAsked() {
        Particulars noKind = individual();
        noKind.setKind(null);

        assertThat(check(form(null, true, true)))
                .containsExactly(Map.entry("particulars", "particulars.error.required.kind"));
        assertThat(check(form(noKind, true, true)))
                .containsExactly(Map.entry("particulars.kind", "particulars.error.required.kind"));
    }

    @Test
    void theDeclarationAndTheConsentAreBothRequired() {
        assertThat(check(form(individual(), false, false)))
                .containsOnly(
                        Map.entry("declaration", "eservice.error.required.declaration"),
                        Map.entry("consent", "eservice.error.required.consent"));
    }

    @Test
    void theSealedParticularsKeepOnlyTheKindsOwnCleaned() {
        Particulars particulars = individual();
        particulars.setIdNumber(" b1234567 ");
        particulars.setPosition("Giám đốc");

        var sealed = form(particulars, true, true).particulars().seal();

        assertThat(sealed.getIdNumber()).isEqualTo("B1234567");
        assertThat(sealed.getPosition()).isNull();
        assertThat(sealed.getNationality()).isEqualTo("Việt Nam");
        assertThat(form(particulars, true, true).email()).isEqualTo("anh@example.vn");
    }
}
