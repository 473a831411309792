package vn.egov.portal.legal.control;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types Article 11.2 accepts for documents (PDF, DOC, ODT, TXT), recognised by their
 * content, never by the name a browser sent.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    TXT("text/plain; charset=UTF-8", "txt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] ODT_MIMETYPE =
            "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Recognises the kind from the file's first bytes (at least the first 100 when there are so many). */
    public static Optional<FileKind> detect(byte[] head) {
        if (startsWith(head, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, OLE2_MAGIC)) {
            return Optional.of(DOC);
        }
        if (startsWith(head, 0, ZIP_MAGIC) && startsWith(head, 30, ODT_MIMETYPE)) {
            return Optional.of(ODT);
        }
        return isPlainText(head) ? Optional.of(TXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    /** UTF-8 without control characters other than tab and line breaks. */
    private static boolean isPlainText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(head, 0, trimIncompleteTail(head)));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The head may end inside a multi-byte character; leave that one out. */
    private static int trimIncompleteTail(byte[] head) {
        int end = head.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int lead = end - back - 1;
        if (lead >= 0 && (head[lead] & 0xC0) == 0xC0) {
            int needed = (head[lead] & 0xE0) == 0xC0 ? 1 : (head[lead] & 0xF0) == 0xE0 ? 2 : 3;
            return needed > back ? lead : end;
        }
        return end;
    }
}
