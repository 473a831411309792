package vn.egov.portal.test.container;

import java.util.concurrent.Callable;

/**
 * In-container tests act as an official through one subclass per role, each a @RunAs EJB whose
 * run-as principal is a demo account holding that role (test descriptors it-payara-web.xml and
 * it-glassfish-ejb-jar.xml). Scope checks that look the account up then see that official.
 */
public abstract class RunAsRole {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
