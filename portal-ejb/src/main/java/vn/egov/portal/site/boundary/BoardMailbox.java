package vn.egov.portal.site.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The editorial board's official mailbox: the e-mail of the organisation unit named by
 * {@code portal.board.unit} (default the board of the seed's organisation tree). Deadline digests
 * and reports of failed scheduled publications go there.
 */
@Stateless
@PermitAll
public class BoardMailbox {

    @Inject
    SiteDirectory directory;

    @Inject
    @ConfigProperty(name = "portal.board.unit", defaultValue = "ban-bien-tap-cong")
    String boardUnit;

    public Optional<String> address() {
        return directory
                .findOrgUnit(boardUnit)
                .map(OrgUnit::getContact)
                .map(contact -> contact.getEmail())
                .filter(email -> email != null && !email.isBlank());
    }
}
