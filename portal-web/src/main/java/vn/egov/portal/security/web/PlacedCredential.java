package vn.egov.portal.security.web;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A user name and password together with the client address they came from, for the log-in throttle. */
public class PlacedCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public PlacedCredential(String username, Password password, String clientAddress) {
        super(username, password);
        this.clientAddress = clientAddress;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
