package vn.egov.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.security.boundary.AccountSelfService;
import vn.egov.portal.security.entity.UserAccount;

/** The official's own account: who they are, what they may do, and a password change. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountSelfService self;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    private UserAccount account;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    public UserAccount getAccount() {
        if (account == null) {
            account = self.me();
        }
        return account;
    }

    public void changePassword() {
        try {
            self.changePassword(currentPassword, newPassword);
            // The password was just proved again: this session goes on, those opened before end.
            OfficialSession.renew(request, clock.instant());
            FacesFeedback.done("account.passwordChanged");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "password");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
