package vn.egov.portal.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileStoreTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} is recognised as {1}")
    @CsvSource({
        "%PDF-1.7 rest of a pdf, PDF",
        "Quyết định số 01/2014/QĐ-UBND, TXT",
    })
    void kindsByContent(String content, FileKind kind) throws Exception {
        FileStore.Stored stored = new FileStore(root, 1000).store(stream(content.getBytes(StandardCharsets.UTF_8)));

        assertThat(stored.kind()).isEqualTo(kind);
        assertThat(new FileStore(root, 1000).find(stored.sha256())).isPresent();
    }

    @Test
    void wordAndOpenDocumentFilesAreRecognised() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] odt = new byte[100];
        System.arraycopy(new byte[] {0x50, 0x4B, 0x03, 0x04}, 0, odt, 0, 4);
        byte[] mimetype = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mimetype, 0, odt, 30, mimetype.length);

        assertThat(FileKind.detect(doc)).contains(FileKind.DOC);
        assertThat(FileKind.detect(odt)).contains(FileKind.ODT);
    }

    @Test
    void executablesAndOversizedFilesAreRefused() {
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};

        assertThatThrownBy(() -> new FileStore(root, 1000).store(stream(executable)))
                .isInstanceOfSatisfying(FileStore.RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.legal.file.kind"));
        assertThatThrownBy(() -> new FileStore(root, 3).store(stream("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(FileStore.RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.legal.file.tooLarge"));
        assertThat(new FileStore(root, 1000).find("../../etc/passwd")).isEmpty();
    }

    @Test
    void anOpenDocumentThatUnpacksFarPastItsSizeIsRefused() throws Exception {
        java.io.ByteArrayOutputStream odt = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(odt)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }

        assertThatThrownBy(() -> new FileStore(root, 1_000_000).store(stream(odt.toByteArray())))
                .isInstanceOfSatisfying(FileStore.RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("media.error.archiveRatio"));
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
