package vn.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccountAuthentication;
import vn.egov.portal.security.boundary.NewAccount;
import vn.egov.portal.security.boundary.UserAdministration;
import vn.egov.portal.security.control.LoginThrottle;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsSubportalEditor;

/** Accounts through the real EJB and JPA stack: hashing, scoped roles, lock-out, the last administrator. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String OFFICE = "192.0.2.10";
    private static final String STRANGER = "203.0.113.66";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    UserAdministration administration;

    @Inject
    AccountAuthentication authentication;

    @Inject
    SiteDirectory directory;

    @Inject
    AsAdministrator admin;

    @Inject
    AsSubportalEditor subportalEditor;

    @Inject
    AccessControl access;

    @PersistenceContext
    EntityManager em;

    @Test
    void administrationNeedsTheAdministratorRole() {
        assertThatThrownBy(() -> administration.listAccounts()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        UserAccount stored = admin.call(() -> administration.createAccount(
                new NewAccount("hash-check", "Hoàng Thị Hà", null, "Mật khẩu rất dài 2026")));

        assertThat(stored.getPasswordHash()).startsWith("pbkdf2-sha512:").doesNotContain("Mật khẩu");
        assertThat(authentication.authenticate("HASH-CHECK", "Mật khẩu rất dài 2026".toCharArray(), OFFICE))
                .hasValueSatisfying(caller -> assertThat(caller.username()).isEqualTo("hash-check"));
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefusedWithTheField() throws Exception {
        assertThatThrownBy(() ->
                        admin.call(() -> administration.createAccount(new NewAccount("weak", "Weak", null, "short"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "error.password.tooShort"));
        assertThatThrownBy(() -> admin.call(() -> administration.createAccount(
                        new NewAccount("admin", "Second admin", null, "another-long-secret"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aSubPortalEditorIsScopedToTheirOwnSubPortal() throws Exception {
        long justice = directory.getSite("so-tu-phap").getId();
        UserAccount editor = admin.call(() -> {
            administration.createAccount(new NewAccount("editor-scope", "Đàm Văn Bình", null, "Biên tập viên 2026"));
            return administration.grant("editor-scope", Role.SUBPORTAL_EDITOR, justice, null);
        });

        assertThat(editor.holds(Role.SUBPORTAL_EDITOR, directory.getSite("so-tu-phap")))
                .isTrue();
        assertThat(editor.holds(Role.SUBPORTAL_EDITOR, directory.getSite("xa-dam-thuy")))
                .isFalse();
        assertThat(authentication.authenticate("editor-scope", "Biên tập viên 2026".toCharArray(), OFFICE))
                .hasValueSatisfying(caller -> assertThat(caller.groups()).containsExactly("subportal-editor"));
    }

    @Test
    void aRoleWithoutItsScopeIsRefused() throws Exception {
        admin.call(
                () -> administration.createAccount(new NewAccount("no-scope", "No Scope", null, "Thiếu phạm vi 2026")));

        assertThatThrownBy(() -> admin.call(() -> administration.grant("no-scope", Role.AGENCY_ANSWERER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("scope", "error.role.scope.org_unit"));
    }

    @Test
    void repeatedFailuresLockTheAccountForStrangersButNotForItsOwnerAtTheOffice() throws Exception {
        admin.call(() ->
                administration.createAccount(new NewAccount("locked-out", "Khóa Thử", null, "Đúng mật khẩu 2026")));
        assertThat(authentication.authenticate("locked-out", "Đúng mật khẩu 2026".toCharArray(), OFFICE))
                .isPresent();

        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(authentication.authenticate("locked-out", "sai mật khẩu".toCharArray(), STRANGER))
                    .isEmpty();
        }

        assertThat(authentication.authenticate("locked-out", "Đúng mật khẩu 2026".toCharArray(), STRANGER))
                .as("the guessing address, even with the right password")
                .isEmpty();
        assertThat(authentication.authenticate("locked-out", "Đúng mật khẩu 2026".toCharArray(), "198.51.100.20"))
                .as("any other unfamiliar address")
                .isEmpty();
        assertThat(admin.call(() -> administration.getAccount("locked-out").getLockedUntil()))
                .isNotNull();
        assertThat(authentication.authenticate("locked-out", "Đúng mật khẩu 2026".toCharArray(), OFFICE))
                .as("the owner at the office")
                .isPresent();
    }

    @Test
    void commonPasswordsAreRefusedWithTheField() {
        assertThatThrownBy(() -> admin.call(() -> administration.createAccount(
                        new NewAccount("common-pw", "Mật khẩu phổ biến", null, "Password123!"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "error.password.common"));
        assertThatThrownBy(() -> admin.call(() -> administration.createAccount(
                        new NewAccount("common-pw", "Mật khẩu phổ biến", null, "password1234"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void disabledAccountsCannotLogIn() throws Exception {
        admin.call(() -> {
            administration.createAccount(new NewAccount("leaver", "Người nghỉ việc", null, "Tạm biệt cơ quan 2026"));
            return administration.setEnabled("leaver", false);
        });

        assertThat(authentication.authenticate("leaver", "Tạm biệt cơ quan 2026".toCharArray(), OFFICE))
                .isEmpty();
    }

    @Test
    void textTypedDecomposedIsStoredComposed() throws Exception {
        String decomposed = Normalizer.normalize("Nông Thị Hằng", Normalizer.Form.NFD);
        admin.call(() ->
                administration.createAccount(new NewAccount("nfc-check", decomposed, null, "Chuẩn hóa NFC 2026")));

        Object stored = em.createNativeQuery("select displayname from user_account where username = 'nfc-check'")
                .getSingleResult();

        assertThat(stored).isEqualTo("Nông Thị Hằng");
    }

    @Test
    void testHelpersActAsTheDemoOfficialOfTheirRole() throws Exception {
        assertThat(subportalEditor.call(() -> access.requireAccount().getUsername()))
                .isEqualTo("bientap-sotp");
        assertThat(subportalEditor.call(
                        () -> access.requireAccount().holds(Role.SUBPORTAL_EDITOR, directory.getSite("so-tu-phap"))))
                .isTrue();
        assertThatThrownBy(() -> subportalEditor.call(() -> administration.listAccounts()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theLastAdministratorCannotBeLockedOut() {
        assertThatThrownBy(() -> admin.call(() -> administration.setEnabled("admin", false)))
                .isInstanceOf(ConflictException.class);
    }
}
