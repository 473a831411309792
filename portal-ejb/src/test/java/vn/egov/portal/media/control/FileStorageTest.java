package vn.egov.portal.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.privacy.control.FieldCipher;

/** The one file store's keeping and handing out, on a folder of its own: what every feature relies on. */
class FileStorageTest {

    private static final FileRules DOCUMENTS =
            FileRules.of("legal-files", Map.of(MediaFormat.Group.DOCUMENT, 1_000_000L), "error.legal.file.kind");
    private static final FileRules PERSONAL = FileRules.of(
                    "qa-attachments",
                    Map.of(MediaFormat.Group.DOCUMENT, 1_000_000L, MediaFormat.Group.IMAGE, 1_000_000L),
                    "qa.error.attachments.format")
            .sealedAtRest();
    private static final FileRules MEDIA = FileRules.of(
                    "media", Map.of(MediaFormat.Group.IMAGE, 5_000_000L), "media.error.format")
            .withRenditions();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    private final FieldCipher key = new FieldCipher(FieldCipher.decodeKey(FieldCipher.newKey()));

    private FileStorage storage() {
        return new FileStorage(root, () -> key);
    }

    @Test
    void aPublicFileIsHashedAndKeptUnderARandomNameOutsideWhatTheUploaderTyped() throws Exception {
        StoredFile file = storage().store(DOCUMENTS, "C:\\Văn bản\\Quyết định 01.PDF", stream(PDF));

        assertThat(file.getFormat()).isEqualTo(MediaFormat.PDF);
        assertThat(file.getFileName()).isEqualTo("Quyết định 01.pdf");
        assertThat(file.getSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(file.getLocation())
                .matches("legal-files/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}")
                .doesNotContain("quyet");
        assertThat(file.isSealed()).isFalse();
        assertThat(Files.readAllBytes(root.resolve(file.getLocation()))).isEqualTo(PDF);
        assertThat(read(storage().open(file, null))).isEqualTo(PDF);
        assertThat(storage().open(file, null).type()).isEqualTo("application/pdf");
        assertThat(storage().store(DOCUMENTS, "Quyết định 01.pdf", stream(PDF)).getLocation())
                .as("every upload gets a name of its own")
                .isNotEqualTo(file.getLocation());
    }

    @Test
    void documentsOfTheRegulationAreRecognisedByContent() throws Exception {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(storage().store(DOCUMENTS, "cong-van.doc", stream(doc)).getFormat())
                .isEqualTo(MediaFormat.DOC);
        assertThat(storage().store(DOCUMENTS, "du-thao.odt", stream(odt(1))).getFormat())
                .isEqualTo(MediaFormat.ODT);
        assertThat(storage()
                        .store(
                                DOCUMENTS,
                                "ghi-chu.txt",
                                stream("Quyết định số 01/2014/QĐ-UBND".getBytes(StandardCharsets.UTF_8)))
                        .getServedType())
                .isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void aRefusedUploadLeavesNothingBehindAndALongOneIsNotReadToItsEnd() throws Exception {
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
        AtomicLong read = new AtomicLong();
        InputStream endless = new FilterInputStream(InputStream.nullInputStream()) {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                read.addAndGet(length);
                return length;
            }
        };

        assertThatThrownBy(() -> storage().store(DOCUMENTS, "quyet-dinh.pdf", stream(executable)))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("media.error.format"));
        assertThatThrownBy(() -> storage().store(DOCUMENTS, "ghi-chu.txt", endless))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("media.error.tooLarge.DOCUMENT"));
        assertThat(read.get()).isLessThanOrEqualTo(1_000_000L + 64 * 1024);
        assertThatThrownBy(() -> storage().store(DOCUMENTS, "du-thao.odt", stream(odt(64))))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("media.error.archiveRatio"));
        try (Stream<Path> left = Files.walk(root)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aPersonalFileIsSealedOnDiskUnhashedAndOpensOnlyWithItsKey() throws Exception {
        StoredFile file = storage().store(PERSONAL, "Đơn đề nghị.pdf", stream(PDF));

        assertThat(file.isSealed()).isTrue();
        assertThat(file.getSha256()).as("no plain hash of a personal file").isNull();
        assertThat(file.getSizeBytes()).isEqualTo(PDF.length);
        assertThat(new String(Files.readAllBytes(root.resolve(file.getLocation())), StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF");
        assertThat(read(storage().open(file, null))).isEqualTo(PDF);
        FieldCipher other = new FieldCipher(FieldCipher.decodeKey(FieldCipher.newKey()));
        assertThatThrownBy(() -> new FileStorage(root, () -> other).open(file, null))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> incoming = Files.list(root.resolve("qa-attachments/incoming"))) {
            assertThat(incoming).as("no part file in clear").isEmpty();
        }
    }

    @Test
    void webImagesAreMeasuredAndScaledAndGoWithTheirRenditions() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB), "png", png);

        StoredFile file = storage().store(MEDIA, "Ảnh Hội nghị.PNG", stream(png.toByteArray()));

        assertThat(file.getWidth()).isEqualTo(1600);
        assertThat(file.getHeight()).isEqualTo(900);
        FileContent small = storage().open(file, 320);
        assertThat(small.type()).isEqualTo("image/png");
        assertThat(small.width()).isEqualTo(320);
        assertThat(ImageIO.read(small.stream()).getWidth()).isEqualTo(320);
        assertThat(storage().open(file, 640).width())
                .as("a width no page asks for")
                .isNull();
        storage().delete(file);
        try (Stream<Path> left = Files.walk(root.resolve("media"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void filesOfThePreviousReleaseOpenWhereTheyAre() throws Exception {
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        Path legal = root.resolve("legal-files").resolve(sha.substring(0, 2)).resolve(sha);
        Files.createDirectories(legal.getParent());
        Files.write(legal, PDF);
        String storedName = "0123456789abcdef0123456789abcdef";
        Path attachment = root.resolve("qa-attachments/01").resolve(storedName);
        Files.createDirectories(attachment.getParent());
        Files.write(attachment, key.sealBytes(PDF));

        StoredFile signed = StoredFile.of(
                "qd.pdf", MediaFormat.PDF, PDF.length, sha, "legal-files/" + sha.substring(0, 2) + "/" + sha);
        StoredFile sealed =
                StoredFile.sealed("don.pdf", MediaFormat.PDF, PDF.length, "qa-attachments/01/" + storedName);

        assertThat(read(storage().open(signed, null))).isEqualTo(PDF);
        assertThat(read(storage().open(sealed, null))).isEqualTo(PDF);
    }

    @Test
    void aLocationThatLeadsOutOfTheFeatureFoldersIsNeverOpened() {
        for (String location : new String[] {"../../etc/passwd", "media/../../x", "/etc/passwd", "media/ab/../cd"}) {
            StoredFile forged = StoredFile.of("x.pdf", MediaFormat.PDF, 1, "00", location);
            assertThatThrownBy(() -> storage().open(forged, null))
                    .as(location)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] read(FileContent content) throws IOException {
        try (InputStream in = content.stream()) {
            return in.readAllBytes();
        }
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** An OpenDocument text whose content unpacks to {@code megabytes} of zeros. */
    static byte[] odt(int megabytes) throws IOException {
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odt)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        return odt.toByteArray();
    }
}
