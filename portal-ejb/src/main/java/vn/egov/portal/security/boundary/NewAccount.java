package vn.egov.portal.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator types to open an account. */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 64) String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
