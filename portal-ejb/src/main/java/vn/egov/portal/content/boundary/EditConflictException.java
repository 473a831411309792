package vn.egov.portal.content.boundary;

import jakarta.ejb.ApplicationException;
import vn.egov.portal.platform.error.boundary.ConflictException;

/** Someone saved the article since the editor opened it: their text must be merged, never overwritten. */
@ApplicationException(rollback = true)
public class EditConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public EditConflictException(long currentVersion) {
        super("article.error.editConflict", "The article was saved by someone else (version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
