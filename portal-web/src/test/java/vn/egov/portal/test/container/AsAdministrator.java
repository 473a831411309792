package vn.egov.portal.test.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import vn.egov.portal.security.entity.Roles;

/** Runs test code with the system administrator's role, as in-container tests have no log-in. */
@Stateless
@RunAs(Roles.SYSADMIN)
@PermitAll
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
