package vn.egov.portal.media.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.security.entity.Roles;

/**
 * The public media library: images and files officials put in articles and pages, kept by the file
 * store under the media rules and addressed by a random token (/media/{token}/{name}).
 */
@Stateless
public class MediaLibrary {

    /** The uploader recorded for the files the portal adds itself. */
    public static final String PORTAL_ITSELF = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    MediaSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

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
        return add(fileName, content, session.getCallerPrincipal().getName());
    }

    /**
     * A file the portal adds itself, such as the demo data's covers and portraits, under the same
     * rules as an official's upload and recorded as uploaded by {@value #PORTAL_ITSELF}.
     */
    // Open to callers without an identity: the start-up's data sets call it; no page or API does.
    @PermitAll
    public MediaFile addOwn(String fileName, byte[] content) {
        return add(fileName, new ByteArrayInputStream(content), PORTAL_ITSELF);
    }

    private MediaFile add(String fileName, InputStream content, String uploader) {
        MediaFile file = new MediaFile(files.store(settings.rules(), fileName, content), uploader, clock.instant());
        em.persist(file);
        audit.record("media.upload", "media " + file.getToken(), file.getFormat() + " " + file.getSizeBytes());
        return file;
    }

    @PermitAll
    public Optional<MediaFile> find(String token) {
        return em
                .createNamedQuery(MediaFile.BY_TOKEN, MediaFile.class)
                .setParameter("token", token)
                .getResultList()
                .stream()
                .findFirst();
    }

    @PermitAll
    public List<MediaFile> list(List<String> tokens) {
        return tokens.isEmpty()
                ? List.of()
                : em.createNamedQuery(MediaFile.BY_TOKENS, MediaFile.class)
                        .setParameter("tokens", tokens)
                        .getResultList();
    }
}
