package vn.egov.portal.media.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.security.entity.Roles;

/** Uploads by officials and reads for the media servlet; any feature reuses it for its files. */
@Stateless
public class MediaLibrary {

    @Inject
    MediaStore store;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @RolesAllowed({
        Roles.COLLABORATOR,
        Roles.SECRETARY,
        Roles.DEPUTY_EDITOR,
        Roles.EDITOR_IN_CHIEF,
        Roles.SUBPORTAL_EDITOR,
        Roles.AGENCY_ANSWERER,
        Roles.SYSADMIN
    })
    public MediaFile upload(String fileName, InputStream content) {
        MediaFile file =
                store.store(fileName, content, session.getCallerPrincipal().getName());
        audit.record("media.upload", "media " + file.getToken(), file.getFormat() + " " + file.getSizeBytes());
        return file;
    }

    @PermitAll
    public Optional<MediaFile> find(String token) {
        return store.find(token);
    }

    @PermitAll
    public List<MediaFile> list(List<String> tokens) {
        return store.list(tokens);
    }

    @PermitAll
    public Path fileOf(MediaFile file, Integer width) {
        return store.fileOf(file, width);
    }
}
