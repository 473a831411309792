package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.security.boundary.Passwords;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.setup.control.InitialAdministratorPassword;
import vn.egov.portal.setup.control.PasswordGenerator;
import vn.egov.portal.setup.control.SecretFiles;

/**
 * Opens the first administrator account at the first start. There is no default password: the
 * operator gives one in PORTAL_ADMIN_PASSWORD, or a random one is made, printed once and left in
 * a file only the portal's user can read.
 */
@Stateless
// Open to every caller on purpose: the start-up opens the first account without a caller.
@PermitAll
public class InitialAdministrator {

    public static final String USERNAME = InitialAdministratorPassword.USERNAME;
    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void ensure() {
        boolean exists = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", USERNAME)
                .getResultList()
                .isEmpty();
        if (exists) {
            return;
        }
        String password = config.initialAdminPassword().orElse(null);
        if (password == null) {
            password = PasswordGenerator.generate();
            announce(password);
        } else {
            requireStrong(password);
        }
        UserAccount admin =
                new UserAccount(USERNAME, USERNAME, null, passwords.hash(password.toCharArray()), clock.instant());
        admin.grant(Role.SYSADMIN, null, null);
        em.persist(admin);
        audit.recordAs(AuditTrail.SYSTEM, "account.create", "account " + USERNAME, "initial administrator");
    }

    /** run.sh refuses such a password before the start; this catches a server started another way. */
    private static void requireStrong(String password) {
        InitialAdministratorPassword.refusal(password).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    private void announce(String password) {
        Path file = config.dataDirectory().resolve(PASSWORD_FILE);
        SecretFiles.write(file, password + System.lineSeparator());
        // Printed once, on purpose: the operator has no other way to learn it but the 0600 file.
        System.out.println("=================================================================");
        System.out.println(" Initial administrator: " + USERNAME + " / " + password);
        System.out.println(" Also saved (mode 0600) in " + file);
        System.out.println(" Change it after the first log-in.");
        System.out.println("=================================================================");
        LOG.info(() -> "Generated the initial administrator password into " + file);
    }
}
