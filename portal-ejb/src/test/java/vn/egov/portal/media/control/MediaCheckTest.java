package vn.egov.portal.media.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upload checks by content (Article 11.2): formats, the formats a feature takes, names that lie, sizes. */
class MediaCheckTest {

    private final MediaCheck check = new MediaCheck(FileRules.of(
            "test",
            Map.of(
                    MediaFormat.Group.IMAGE, 1_000_000L,
                    MediaFormat.Group.DOCUMENT, 1_000_000L,
                    MediaFormat.Group.ARCHIVE, 1_000_000L),
            "test.error.notHere"));

    static byte[] png() throws IOException {
        return image("png");
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private MediaCheck.Verdict verdict(String name, byte[] bytes) {
        return check.check(name, bytes.length, new BufferedInputStream(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest
    @CsvSource({"anh.png, png, PNG", "anh.jpg, jpg, JPG", "anh.JPEG, jpg, JPG", "anh.gif, gif, GIF", "anh.bmp, bmp, BMP"
    })
    void imagesAreRecognisedByTheirBytes(String name, String writer, MediaFormat expected) throws IOException {
        assertThat(verdict(name, image(writer)).format()).isEqualTo(expected);
        assertThat(verdict(name, image(writer)).accepted()).isTrue();
    }

    @Test
    void documentsAndArchivesOfTheRegulation() throws IOException {
        assertThat(verdict("quyet-dinh.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII))
                        .format())
                .isEqualTo(MediaFormat.PDF);
        assertThat(verdict(
                                "ghi-chu.txt",
                                "Thông báo của Ủy ban nhân dân tỉnh Cao Bằng.".getBytes(StandardCharsets.UTF_8))
                        .format())
                .isEqualTo(MediaFormat.TXT);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("noi dung".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(verdict("ho-so.zip", zip.toByteArray()).format()).isEqualTo(MediaFormat.ZIP);
    }

    @Test
    void aRenamedExecutableIsRefusedForItsContent() {
        MediaCheck.Verdict verdict = verdict("anh-dep.jpg", executable());

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusalKey()).isEqualTo("media.error.format");
        assertThat(verdict.detectedType()).contains("application/");
    }

    @Test
    void aNameThatDisagreesWithTheContentIsRefused() throws IOException {
        assertThat(verdict("anh.exe", png()).refusalKey()).isEqualTo("media.error.extension");
        assertThat(verdict("anh.jpg", png()).refusalKey()).isEqualTo("media.error.extension");
        assertThat(verdict("trang.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                        .accepted())
                .isFalse();
    }

    @Test
    void limitsAreByGroupAndEmptyFilesAreRefused() throws IOException {
        byte[] png = png();

        assertThat(check.check("anh.png", 2_000_000L, new ByteArrayInputStream(png))
                        .refusalKey())
                .isEqualTo("media.error.tooLarge.IMAGE");
        assertThat(check.check("anh.png", 0, new ByteArrayInputStream(new byte[0]))
                        .refusalKey())
                .isEqualTo("media.error.empty");
    }

    @Test
    void aFormatOfTheRegulationThatTheFeatureDoesNotTakeGetsItsOwnRefusal() throws IOException {
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        MediaCheck documentsOnly = new MediaCheck(
                FileRules.of("legal-files", Map.of(MediaFormat.Group.DOCUMENT, 1_000_000L), "error.legal.file.kind"));

        assertThat(verdict("nhac.mp3", mp3).refusalKey()).isEqualTo("test.error.notHere");
        assertThat(documentsOnly
                        .check("quyet-dinh.pdf", png().length, new BufferedInputStream(new ByteArrayInputStream(png())))
                        .refusalKey())
                .as("a picture named like a document, where only documents are taken")
                .isEqualTo("error.legal.file.kind");
        assertThat(documentsOnly
                        .check("quyet-dinh.pdf", 512, new BufferedInputStream(new ByteArrayInputStream(executable())))
                        .refusalKey())
                .as("what is no format of Article 11.2 at all says so")
                .isEqualTo("media.error.format");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Vietnamese in UTF-8, Quyết định số 01/2014/QĐ-UBND của Ủy ban nhân dân tỉnh, UTF-8, ",
        "Vietnamese in Windows-1258, Quyet dinh so 01 cua Uy ban nhan dan tinh Cao Bang \u00c0, windows-1258,"
                + " media.error.textEncoding",
    })
    void plainTextMustBeUnicode(String what, String text, String charset, String refusal) {
        byte[] bytes = text.getBytes(java.nio.charset.Charset.forName(charset));

        assertThat(verdict("ghi-chu.txt", bytes).refusalKey()).isEqualTo(refusal);
    }

    /** A PNG whose header claims the given size; no pixel data is needed to tell the size. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer header =
                java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A zip whose one entry expands to {@code expanded} bytes of zeros. */
    static byte[] zipOfZeros(String entry, int expanded) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < expanded; written += zeros.length) {
                out.write(zeros, 0, Math.min(zeros.length, expanded - written));
            }
        }
        return zip.toByteArray();
    }

    @Test
    void anImageThatWouldExpandToMorePixelsThanAllowedIsRefusedByItsHeader() throws IOException {
        assertThat(verdict("ban-do.png", pngClaiming(20_000, 20_000)).refusalKey())
                .isEqualTo("media.error.imageDimensions");
        assertThat(verdict("ban-do.png", pngClaiming(4_000, 3_000)).accepted()).isTrue();
        assertThat(verdict("anh.png", png()).accepted()).isTrue();
    }

    @Test
    void anArchiveThatExpandsFarBeyondItsSizeIsRefused() throws IOException {
        byte[] bomb = zipOfZeros("zeros.bin", 64 << 20);
        assertThat(bomb.length).isLessThan(1_000_000);

        assertThat(verdict("ho-so.zip", bomb).refusalKey()).isEqualTo("media.error.archiveRatio");
    }

    @Test
    void anArchiveInsideAnArchiveCountsTowardsTheExpansion() throws IOException {
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(outer)) {
            out.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            out.putNextEntry(new ZipEntry("inner.zip"));
            out.write(zipOfZeros("zeros.bin", 64 << 20));
        }

        assertThat(verdict("ho-so.zip", outer.toByteArray()).refusalKey()).isEqualTo("media.error.archiveRatio");
    }

    @Test
    void anOrdinaryArchiveOfDocumentsIsAccepted() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            java.util.Random words = new java.util.Random(2026);
            for (int i = 0; i < 5; i++) {
                out.putNextEntry(new ZipEntry("van-ban-" + i + ".txt"));
                StringBuilder text = new StringBuilder("Quyết định số " + i + "/2026/QĐ-UBND. ");
                for (int w = 0; w < 4_000; w++) {
                    text.append((char) ('a' + words.nextInt(26))).append(w % 7 == 0 ? " " : "");
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(verdict("ho-so.zip", zip.toByteArray()).accepted()).isTrue();
    }

    record File(String fileName, long size, byte[] content) implements Incoming {
        static File of(String name, byte[] bytes) {
            return new File(name, bytes.length, bytes);
        }
    }

    @Test
    void aFormsFilesAreRefusedByTheirCountTheirSizeOrTheirContentInThatOrder() throws IOException {
        File photo = File.of("anh.png", png());
        File unread = new File("lon.pdf", 2_000_000L, null);
        File lying = File.of("don.pdf", executable());

        assertThat(check.firstRefusal(java.util.List.of(photo, photo), 2, "count", "size"))
                .isEmpty();
        assertThat(check.firstRefusal(java.util.List.of(photo, photo, photo), 2, "count", "size"))
                .contains("count");
        assertThat(check.firstRefusal(java.util.List.of(photo, unread, lying), 3, "count", "size"))
                .contains("size");
        assertThat(check.firstRefusal(java.util.List.of(photo, lying), 3, "count", "size"))
                .contains("media.error.format");
    }
}
