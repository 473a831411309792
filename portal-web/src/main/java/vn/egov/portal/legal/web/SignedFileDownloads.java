package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.media.web.Download;
import vn.egov.portal.media.web.FileOwner;

/** The signed files of published documents, at /van-ban/tep/{id}: anyone, while the document is published. */
@ApplicationScoped
public class SignedFileDownloads implements FileOwner {

    @Inject
    LegalDocumentRegistry registry;

    @Override
    public String address() {
        return "/van-ban/tep";
    }

    @Override
    public Optional<Download> find(String key) {
        return FileOwner.id(key)
                .flatMap(registry::findFile)
                .map(file -> new Download(file.getStored(), Download.Audience.EVERYONE));
    }
}
