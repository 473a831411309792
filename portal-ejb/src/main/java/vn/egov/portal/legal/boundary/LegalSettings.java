package vn.egov.portal.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;

/**
 * {@code portal.legal.ppc-unit}: the organisation unit whose documents must be on the portal within
 * the "ppc-document" rule (Art. 8.1c); {@code portal.legal.provider-unit}: who publishes them unless
 * the document names its advising unit; {@code portal.legal.max-file-mb}: upload limit.
 */
@ApplicationScoped
public class LegalSettings {

    @Inject
    @ConfigProperty(name = "portal.legal.ppc-unit", defaultValue = "ubnd-tinh")
    String ppcUnit;

    @Inject
    @ConfigProperty(name = "portal.legal.provider-unit", defaultValue = "van-phong-ubnd-tinh")
    String providerUnit;

    @Inject
    @ConfigProperty(name = "portal.legal.max-file-mb", defaultValue = "20")
    int maxFileMegabytes;

    @Inject
    @ConfigProperty(name = "portal.legal.types", defaultValue = "seed/legal-document-types.json")
    String typesSeed;

    public String ppcUnit() {
        return ppcUnit;
    }

    public String providerUnit() {
        return providerUnit;
    }

    public long maxFileBytes() {
        return maxFileMegabytes * 1024L * 1024L;
    }

    public String typesSeed() {
        return typesSeed;
    }

    /** Signed files: the documents of Article 11.2 (PDF, DOC, ODT, TXT), in {@code $PORTAL_DATA/legal-files}. */
    public FileRules fileRules() {
        return FileRules.of("legal-files", Map.of(MediaFormat.Group.DOCUMENT, maxFileBytes()), "error.legal.file.kind");
    }
}
