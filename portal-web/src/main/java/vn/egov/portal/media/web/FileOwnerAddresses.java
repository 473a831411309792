package vn.egov.portal.media.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.util.HashSet;
import java.util.Set;

/**
 * Maps the one download path to the address of every {@link FileOwner} at start, so a feature adds
 * its files by adding its owner, and no list of features' addresses is kept by hand.
 */
@WebListener
public class FileOwnerAddresses implements ServletContextListener {

    @Inject
    @Any
    Instance<FileOwner> owners;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletRegistration.Dynamic servlet = event.getServletContext().addServlet("FileServlet", FileServlet.class);
        Set<String> addresses = new HashSet<>();
        for (FileOwner owner : owners) {
            String address = owner.address();
            if (!address.matches("(/[a-z0-9-]+)+") || !addresses.add(address)) {
                throw new IllegalStateException("A file owner needs an address of its own: " + address);
            }
            servlet.addMapping(address + "/*");
        }
    }
}
