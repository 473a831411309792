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

/** Upload checks by content (Article 11.2): formats, names that lie, sizes. */
class MediaCheckTest {

    private final MediaCheck check = new MediaCheck(Map.of(
            MediaFormat.Group.IMAGE, 1_000_000L,
            MediaFormat.Group.DOCUMENT, 1_000_000L,
            MediaFormat.Group.ARCHIVE, 1_000_000L));

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
        assertThat(check.check("nhac.mp3", 10, new ByteArrayInputStream(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0
                        }))
                        .refusalKey())
                .as("no limit configured for audio here means nothing passes")
                .isEqualTo("media.error.tooLarge.AUDIO");
    }
}
