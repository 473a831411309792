package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.eservice.boundary.ApplicationDesk;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;

/**
 * The dossiers' files, at /admin/dich-vu-cong/tep/{id} behind the console log-in: the officials of
 * the dossier's agency only ({@link ApplicationDesk} checks and records every download).
 */
@ApplicationScoped
public class DossierFileDownloads implements FileOwner {

    @Inject
    ApplicationDesk desk;

    @Override
    public String address() {
        return "/admin/dich-vu-cong/tep";
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key).map(desk::openFile).map(file -> new Download(file, Download.Audience.ENTITLED));
    }
}
