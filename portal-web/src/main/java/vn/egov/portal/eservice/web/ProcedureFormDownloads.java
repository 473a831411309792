package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;

/** The blank forms of the catalogue's dossier components, at /thu-tuc-hanh-chinh/mau/{id}: public, like the catalogue. */
@ApplicationScoped
public class ProcedureFormDownloads implements FileOwner {

    public static final String ADDRESS = "/thu-tuc-hanh-chinh/mau";

    @Inject
    ProcedureCatalogue catalogue;

    @Override
    public String address() {
        return ADDRESS;
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key)
                .flatMap(catalogue::findForm)
                .map(file -> new Download(file, Download.Audience.EVERYONE));
    }
}
