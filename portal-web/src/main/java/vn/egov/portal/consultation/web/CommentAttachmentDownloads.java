package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.consultation.boundary.ConsultationFiles;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;

/**
 * The files commenters sent, at /admin/lay-y-kien/tep/{comment id} behind the console log-in: the
 * lead agency's officials and the board only ({@link ConsultationFiles} checks and audits).
 */
@ApplicationScoped
public class CommentAttachmentDownloads implements FileOwner {

    @Inject
    ConsultationFiles files;

    @Override
    public String address() {
        return "/admin/lay-y-kien/tep";
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key).map(files::openAttachment).map(file -> new Download(file, Download.Audience.ENTITLED));
    }
}
