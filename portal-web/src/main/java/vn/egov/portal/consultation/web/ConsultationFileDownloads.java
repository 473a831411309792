package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.consultation.boundary.ConsultationFiles;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;

/** The draft as files, at /lay-y-kien/tep/{id}: anyone, once the consultation is opened. */
@ApplicationScoped
public class ConsultationFileDownloads implements FileOwner {

    @Inject
    ConsultationFiles files;

    @Override
    public String address() {
        return "/lay-y-kien/tep";
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key).map(files::openDraftFile).map(file -> new Download(file, Download.Audience.EVERYONE));
    }
}
