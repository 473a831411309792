package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;
import vn.egov.portal.qa.boundary.AskerRecords;

/**
 * The files askers sent, at /admin/hoi-dap/tep/{id} behind the console log-in: the board or the
 * question's agency only ({@link AskerRecords} checks and records every download).
 */
@ApplicationScoped
public class AttachmentDownloads implements FileOwner {

    @Inject
    AskerRecords askers;

    @Override
    public String address() {
        return "/admin/hoi-dap/tep";
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key)
                .map(askers::openAttachment)
                .map(file -> new Download(file, Download.Audience.ENTITLED));
    }
}
