package vn.egov.portal.security.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * The caller lacks the role, or the role's scope, for this record (REST 403). The reason is for the
 * log and the API; the explanation, when the boundary gives one, tells the official in their own
 * language what is refused and why.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Phrase explanation;

    public AccessDeniedException(String reason) {
        this(reason, null);
    }

    public AccessDeniedException(String reason, Phrase explanation) {
        super(reason);
        this.explanation = explanation;
    }

    public Optional<Phrase> explanation() {
        return Optional.ofNullable(explanation);
    }
}
