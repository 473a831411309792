package vn.egov.portal.media.control;

import java.util.Locale;
import java.util.Set;

/**
 * The file formats of Article 11.2, each with the content types that content detection may report
 * for it and the file-name extensions it may carry, and the two formats the portal itself generates
 * beside PDF and ODT (ODS and CSV, group {@link Group#GENERATED}), which no upload rules take. The
 * served type is fixed here, never taken from the uploader.
 */
public enum MediaFormat {
    TXT(Group.DOCUMENT, "text/plain; charset=UTF-8", Set.of("text/plain"), Set.of("txt")),
    DOC(
            Group.DOCUMENT,
            "application/msword",
            Set.of("application/x-tika-msoffice", "application/msword"),
            Set.of("doc")),
    ODT(
            Group.DOCUMENT,
            "application/vnd.oasis.opendocument.text",
            Set.of("application/vnd.oasis.opendocument.text"),
            Set.of("odt")),
    PDF(Group.DOCUMENT, "application/pdf", Set.of("application/pdf"), Set.of("pdf")),
    ZIP(Group.ARCHIVE, "application/zip", Set.of("application/zip"), Set.of("zip")),
    RAR(
            Group.ARCHIVE,
            "application/vnd.rar",
            Set.of("application/x-rar-compressed", "application/vnd.rar", "application/x-rar"),
            Set.of("rar")),
    BMP(Group.IMAGE, "image/bmp", Set.of("image/bmp", "image/x-ms-bmp"), Set.of("bmp")),
    JPG(Group.IMAGE, "image/jpeg", Set.of("image/jpeg"), Set.of("jpg", "jpeg")),
    GIF(Group.IMAGE, "image/gif", Set.of("image/gif"), Set.of("gif")),
    PNG(Group.IMAGE, "image/png", Set.of("image/png"), Set.of("png")),
    PSD(Group.IMAGE, "image/vnd.adobe.photoshop", Set.of("image/vnd.adobe.photoshop"), Set.of("psd")),
    MP4(
            Group.VIDEO,
            "video/mp4",
            Set.of("video/mp4", "video/quicktime", "video/x-m4v", "application/mp4"),
            Set.of("mp4")),
    AVI(Group.VIDEO, "video/x-msvideo", Set.of("video/x-msvideo", "video/avi"), Set.of("avi")),
    WMV(
            Group.VIDEO,
            "video/x-ms-wmv",
            Set.of("video/x-ms-wmv", "video/x-ms-asf", "application/vnd.ms-asf"),
            Set.of("wmv")),
    WMA(
            Group.AUDIO,
            "audio/x-ms-wma",
            Set.of("audio/x-ms-wma", "video/x-ms-asf", "application/vnd.ms-asf"),
            Set.of("wma")),
    MP3(Group.AUDIO, "audio/mpeg", Set.of("audio/mpeg"), Set.of("mp3")),
    WAV(Group.AUDIO, "audio/wav", Set.of("audio/vnd.wave", "audio/x-wav", "audio/wav"), Set.of("wav")),
    ODS(
            Group.GENERATED,
            "application/vnd.oasis.opendocument.spreadsheet",
            Set.of("application/vnd.oasis.opendocument.spreadsheet"),
            Set.of("ods")),
    CSV(Group.GENERATED, "text/csv; charset=UTF-8", Set.of("text/plain", "text/csv"), Set.of("csv"));

    /** Kinds of file that share a size limit. */
    public enum Group {
        DOCUMENT,
        ARCHIVE,
        IMAGE,
        VIDEO,
        AUDIO,
        /** Reports and tables the portal writes ({@code platform/document}); never an upload's. */
        GENERATED
    }

    private final Group group;
    private final String servedType;
    private final Set<String> detectedTypes;
    private final Set<String> extensions;

    MediaFormat(Group group, String servedType, Set<String> detectedTypes, Set<String> extensions) {
        this.group = group;
        this.servedType = servedType;
        this.detectedTypes = detectedTypes;
        this.extensions = extensions;
    }

    public Group group() {
        return group;
    }

    public String servedType() {
        return servedType;
    }

    public boolean detectedAs(String type) {
        return detectedTypes.contains(type);
    }

    public boolean namedAs(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    /** Images that browsers show and ImageIO can scale: these get renditions and are served inline. */
    public boolean isWebImage() {
        return this == JPG || this == PNG || this == GIF || this == BMP;
    }

    public static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
