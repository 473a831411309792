package vn.egov.portal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.guard.boundary.SubmissionLimits;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;

/**
 * {@code portal.consultation.minimum-days}: the shortest comment period an agency may open;
 * {@code .moderation}: {@code BEFORE} (comments wait for an official) or {@code AFTER} (shown at once,
 * refused later); {@code .required}: the particulars a commenter must give (any of name, email,
 * organisation, comma-separated; none by default); {@code .consent-version}: the version of the
 * consent text commenters agree to; {@code .limit.*}: comments per client address and hour and per
 * e-mail and day (20 and 10, in microprofile-config.properties); {@code .campaign-similarity}: how alike two comments on one part must be (Jaccard
 * similarity of their normalised word pairs, 0–1, default 0.8) to count as copies of one campaign;
 * {@code .confirm-email}: {@code true} to count a comment only once its e-mail is confirmed by a link.
 */
@ApplicationScoped
public class ConsultationSettings {

    public enum Moderation {
        BEFORE,
        AFTER
    }

    @Inject
    @ConfigProperty(name = "portal.consultation.minimum-days", defaultValue = "30")
    int minimumDays;

    @Inject
    @ConfigProperty(name = "portal.consultation.moderation", defaultValue = "BEFORE")
    Moderation moderation;

    @Inject
    @ConfigProperty(name = "portal.consultation.required", defaultValue = " ")
    String required;

    @Inject
    @ConfigProperty(name = "portal.consultation.consent-version", defaultValue = "1")
    String consentVersion;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "portal.consultation.campaign-similarity", defaultValue = "0.8")
    double campaignSimilarity;

    @Inject
    @ConfigProperty(name = "portal.consultation.confirm-email", defaultValue = "false")
    boolean confirmEmail;

    /** Whether a comment counts only once its e-mail is confirmed by a link (the e-mail then required). */
    public boolean confirmEmail() {
        return confirmEmail;
    }

    public int minimumDays() {
        return minimumDays;
    }

    public Moderation moderation() {
        return moderation;
    }

    public Set<String> requiredParticulars() {
        return Arrays.stream(required.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public double campaignSimilarity() {
        return campaignSimilarity;
    }

    public String consentVersion() {
        return consentVersion;
    }

    /** The draft as files: the documents of Article 11.2 (PDF, DOC, ODT, text) up to 20 MB, public. */
    public FileRules draftFileRules() {
        return FileRules.of(
                "lay-y-kien", Map.of(MediaFormat.Group.DOCUMENT, 20L << 20), "consultation.error.draftFormat");
    }

    /** A commenter's file: a document up to 10 MB or an image up to 5 MB, sealed (it may show who sent it). */
    public FileRules attachmentRules() {
        return FileRules.of(
                        "lay-y-kien-gop-y",
                        Map.of(MediaFormat.Group.DOCUMENT, 10L << 20, MediaFormat.Group.IMAGE, 5L << 20),
                        "consultation.error.attachmentFormat")
                .sealedAtRest();
    }

    /** The largest attachment read at all: past it the file is refused unread. */
    public long maxAttachmentBytes() {
        return attachmentRules().largest();
    }

    /** The consultations' share of the submission guard ({@code portal.consultation.limit.*}). */
    public SubmissionLimits limits() {
        return SubmissionLimits.from(config, "consultation");
    }
}
