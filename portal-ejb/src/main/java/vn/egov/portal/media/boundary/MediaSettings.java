package vn.egov.portal.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.MediaFormat;

/** {@code portal.media.max-mb.*}: the limits of the public media library, every format of Article 11.2. */
@ApplicationScoped
public class MediaSettings {

    private static final long MB = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.image", defaultValue = "10")
    long maxImageMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.document", defaultValue = "20")
    long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.archive", defaultValue = "50")
    long maxArchiveMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.audio", defaultValue = "50")
    long maxAudioMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-mb.video", defaultValue = "300")
    long maxVideoMb;

    /** Public files in {@code $PORTAL_DATA/media}, web images with their renditions. */
    public FileRules rules() {
        return FileRules.of(
                        "media",
                        Map.of(
                                MediaFormat.Group.IMAGE, maxImageMb * MB,
                                MediaFormat.Group.DOCUMENT, maxDocumentMb * MB,
                                MediaFormat.Group.ARCHIVE, maxArchiveMb * MB,
                                MediaFormat.Group.AUDIO, maxAudioMb * MB,
                                MediaFormat.Group.VIDEO, maxVideoMb * MB),
                        "media.error.format")
                .withRenditions();
    }
}
