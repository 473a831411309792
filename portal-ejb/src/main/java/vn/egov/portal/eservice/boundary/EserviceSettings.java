package vn.egov.portal.eservice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.guard.boundary.SubmissionLimits;
import vn.egov.portal.guard.control.TrackingCodes;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;

/** The e-services settings ({@code portal.eservice.*}): the guard's limits, the dossier files' rules, the consent text version. */
@ApplicationScoped
public class EserviceSettings {

    /** Dossier codes start with "DV" (dịch vụ công). */
    public static final TrackingCodes DOSSIER_CODES = new TrackingCodes("DV");

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "portal.eservice.files.max-files", defaultValue = "10")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "portal.eservice.files.max-mb", defaultValue = "10")
    int maxFileMb;

    @Inject
    @ConfigProperty(name = "portal.eservice.consent-version", defaultValue = "2026-1")
    String consentVersion;

    @Inject
    @ConfigProperty(name = "portal.eservice.apology.extra-days", defaultValue = "5")
    int apologyExtraDays;

    /** The working days after today that a drafted letter of apology proposes as the new appointment. */
    public int apologyExtraDays() {
        return Math.max(1, apologyExtraDays);
    }

    /** The version of the consent text (bundle key {@code eservice.consent.text}) the form shows now. */
    public String consentVersion() {
        return consentVersion;
    }

    /** The e-services' share of the submission guard: dossiers, and look-ups by dossier code. */
    public SubmissionLimits limits() {
        return SubmissionLimits.from(config, "eservice");
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    /**
     * The dossiers' files: documents and scanned images of Article 11.2 (and archives of them), each
     * within the limit, sealed with the personal-data key in {@code $PORTAL_DATA/eservice-dossiers}.
     */
    public FileRules dossierRules() {
        long each = maxFileBytes();
        return FileRules.of(
                        "eservice-dossiers",
                        Map.of(
                                MediaFormat.Group.DOCUMENT, each,
                                MediaFormat.Group.IMAGE, each,
                                MediaFormat.Group.ARCHIVE, each),
                        "eservice.error.files.format")
                .sealedAtRest();
    }
}
