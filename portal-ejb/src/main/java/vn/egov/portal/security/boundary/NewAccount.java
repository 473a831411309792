package vn.egov.portal.security.boundary;

import jakarta.validation.constraints.Email;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/** What an administrator types to open an account; the password's own rules are the policy's. */
public record NewAccount(
        @Required(message = "{error.username.form}") @MaxLength(value = 64, message = "{error.username.form}")
                String username,
        @Required(message = "{error.account.displayName}") @MaxLength(200) String displayName,
        @Email(message = "{error.account.email}") @MaxLength(200) String email,
        @Required(message = "{error.password.tooShort}") String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
