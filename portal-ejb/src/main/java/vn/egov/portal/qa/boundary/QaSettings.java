package vn.egov.portal.qa.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.guard.boundary.SubmissionLimits;
import vn.egov.portal.guard.control.TrackingCodes;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.control.ComplaintFlagger;
import vn.egov.portal.qa.control.QaSeedData;
import vn.egov.portal.qa.control.TransferRule;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.setup.control.StructureData.Names;

/** The Q&A settings ({@code portal.qa.*}) and the province's Q&A texts from the seed file. */
@ApplicationScoped
public class QaSettings {

    /** Questions' tracking codes start with "HD" (hỏi đáp). */
    public static final TrackingCodes TRACKING_CODES = new TrackingCodes("HD");

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "portal.qa.seed", defaultValue = "seed/qa.json")
    String seed;

    @Inject
    @ConfigProperty(name = "portal.qa.transfer-rule", defaultValue = "RESTART")
    TransferRule transferRule;

    @Inject
    @ConfigProperty(name = "portal.qa.attachments.max-files", defaultValue = "3")
    int maxAttachments;

    @Inject
    @ConfigProperty(name = "portal.qa.attachments.max-mb", defaultValue = "10")
    int maxAttachmentMb;

    private volatile QaSeedData data;
    private volatile ComplaintFlagger flagger;

    public QaSeedData data() {
        if (data == null) {
            data = SeedFiles.read(seed, QaSeedData.class);
        }
        return data;
    }

    public ComplaintFlagger flagger() {
        if (flagger == null) {
            flagger = new ComplaintFlagger(data().complaintPhrases());
        }
        return flagger;
    }

    public String consentVersion() {
        return data().consent().version();
    }

    /** The consent text of the current version, as the form shows it. */
    public LocalizedText consentText() {
        return text(data().consent().text());
    }

    /** Article 9.6: answers are for reference only; shown with every published answer. */
    public LocalizedText disclaimer() {
        return text(data().disclaimer());
    }

    /** Where complaints and denunciations go instead (Article 9.1), told to the asker on refusal. */
    public LocalizedText complaintChannel() {
        return text(data().complaintChannel());
    }

    public TransferRule transferRule() {
        return transferRule;
    }

    /** The Q&A's share of the submission guard: questions, and look-ups by tracking code. */
    public SubmissionLimits limits() {
        return SubmissionLimits.from(config, "qa");
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentMb * 1024L * 1024L;
    }

    /**
     * The files askers send: documents, images and archives of Article 11.2, each within the limit,
     * sealed with the personal-data key in {@code $PORTAL_DATA/qa-attachments}.
     */
    public FileRules attachmentRules() {
        long each = maxAttachmentBytes();
        return FileRules.of(
                        "qa-attachments",
                        Map.of(
                                MediaFormat.Group.DOCUMENT, each,
                                MediaFormat.Group.IMAGE, each,
                                MediaFormat.Group.ARCHIVE, each),
                        "qa.error.attachments.format")
                .sealedAtRest();
    }

    static LocalizedText text(Names names) {
        return LocalizedText.of(names.vi(), names.en());
    }
}
