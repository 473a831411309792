package vn.egov.portal.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.OrgUnitKind;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteKind;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private final Site justicePortal =
            new Site(new Slug("so-tu-phap"), SiteKind.DEPARTMENT, LocalizedText.of("Sở Tư pháp", null), null);
    private final Site communePortal =
            new Site(new Slug("xa-dam-thuy"), SiteKind.COMMUNE, LocalizedText.of("Xã Đàm Thủy", null), null);
    private final OrgUnit justice =
            new OrgUnit(new Slug("so-tu-phap"), LocalizedText.of("Sở Tư pháp", null), OrgUnitKind.DEPARTMENT, null, 0);

    @Test
    void userNamesAreCaseInsensitive() {
        UserAccount account = new UserAccount("  ThuKy ", "Bế Thị Lan", null, "hash", NOW);

        assertThat(account.getUsername()).isEqualTo("thuky");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "has space", "dấu", "-dash-first", "semi;colon"})
    void refusesMalformedUserNames(String name) {
        assertThatThrownBy(() -> new UserAccount(name, "X", null, "hash", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSiteRoleCoversItsOwnSiteOnly() {
        UserAccount editor = new UserAccount("bientap-sotp", "Đàm Thị Mai", null, "hash", NOW);
        editor.grant(Role.SUBPORTAL_EDITOR, justicePortal, null);

        assertThat(editor.holds(Role.SUBPORTAL_EDITOR, justicePortal)).isTrue();
        assertThat(editor.holds(Role.SUBPORTAL_EDITOR, communePortal)).isFalse();
        assertThat(editor.groups()).containsExactly(Roles.SUBPORTAL_EDITOR);
    }

    @Test
    void grantsMustCarryTheScopeTheirRoleNeeds() {
        UserAccount account = new UserAccount("someone", "Someone", null, "hash", NOW);

        assertThatThrownBy(() -> account.grant(Role.SUBPORTAL_EDITOR, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.grant(Role.AGENCY_ANSWERER, justicePortal, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.grant(Role.SYSADMIN, null, justice))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void grantingTwiceKeepsOneGrant() {
        UserAccount account = new UserAccount("traloi", "Hà Văn Sơn", null, "hash", NOW);

        account.grant(Role.AGENCY_ANSWERER, null, justice);
        account.grant(Role.AGENCY_ANSWERER, null, justice);

        assertThat(account.getGrants()).hasSize(1);
        assertThat(account.holds(Role.AGENCY_ANSWERER, justice)).isTrue();
    }

    @Test
    void successfulLoginClearsTheLock() {
        UserAccount account = new UserAccount("locked", "Locked", null, "hash", NOW);
        account.recordFailedLogin(NOW.plusSeconds(60));

        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plusSeconds(61))).isFalse();

        account.recordLogin(NOW.plusSeconds(61));
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.isLocked(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void aLockedAccountStillAdmitsItsOwnerFromAPlaceTheyUsedLately() {
        UserAccount account = new UserAccount("thuky", "Bế Thị Lan", null, "hash", NOW);
        account.rememberPlace("office", NOW);
        account.recordFailedLogin(NOW.plusSeconds(3600));

        assertThat(account.refusesFrom("office", NOW.plusSeconds(60))).isFalse();
        assertThat(account.refusesFrom("elsewhere", NOW.plusSeconds(60))).isTrue();
        assertThat(account.refusesFrom("elsewhere", NOW.plusSeconds(3601)))
                .as("lock over")
                .isFalse();
    }

    @Test
    void placesAreForgottenAfterNinetyDaysAndOnlyTheLatestAreKept() {
        UserAccount account = new UserAccount("thuky", "Bế Thị Lan", null, "hash", NOW);
        account.rememberPlace("old-office", NOW);
        for (int i = 0; i < UserAccount.PLACES_KEPT; i++) {
            account.rememberPlace("place-" + i, NOW.plusSeconds(i + 1));
        }

        assertThat(account.isKnownPlace("place-0", NOW)).isTrue();
        assertThat(account.isKnownPlace("old-office", NOW))
                .as("the oldest of eleven")
                .isFalse();
        assertThat(account.isKnownPlace(
                        "place-0", NOW.plus(UserAccount.PLACE_MEMORY).plusSeconds(2)))
                .isFalse();
    }

    @Test
    void aSessionStandsUntilTheAccountIsDisabledOrItsPasswordChanges() {
        UserAccount account = new UserAccount("thuky", "Bế Thị Lan", null, "hash", NOW);
        Instant loggedIn = NOW.plusSeconds(10);

        assertThat(account.admitsSessionFrom(loggedIn)).isTrue();
        account.changePasswordHash("new-hash", NOW.plusSeconds(20));
        assertThat(account.admitsSessionFrom(loggedIn)).isFalse();
        assertThat(account.admitsSessionFrom(NOW.plusSeconds(20)))
                .as("the session that changed it")
                .isTrue();
        account.disable();
        assertThat(account.admitsSessionFrom(NOW.plusSeconds(30))).isFalse();
    }
}
