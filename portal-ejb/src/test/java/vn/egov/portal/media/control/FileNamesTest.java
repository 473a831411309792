package vn.egov.portal.media.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way a typed file name becomes the name a file is handed out under. */
class FileNamesTest {

    @ParameterizedTest(name = "{0} as {1}: {2}, {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Đơn đề nghị.pdf                 | PDF | Đơn đề nghị.pdf          | don-de-nghi.pdf",
                "Ảnh Hội nghị.PNG                | PNG | Ảnh Hội nghị.png         | anh-hoi-nghi.png",
                "C:\\Users\\An\\CCCD mặt trước.jpeg | JPG | CCCD mặt trước.jpeg | cccd-mat-truoc.jpeg",
                "../../etc/passwd.txt            | TXT | passwd.txt               | passwd.txt",
                "\"báo cáo\"\u202Egpj.exe.pdf   | PDF | báo cáogpj.exe.pdf       | bao-caogpj-exe.pdf",
                "Quyết định\u0000 01.pdf        | PDF | Quyết định 01.pdf        | quyet-dinh-01.pdf",
                ".pdf                            | PDF | pdf.pdf                  | pdf.pdf",
                "quyết-định                      | PDF | quyết-định.pdf           | quyet-dinh.pdf",
                "@@@.zip                         | ZIP | @@@.zip                  | zip.zip",
            })
    void typedNamesBecomeSafeReadableNames(String typed, MediaFormat format, String stored, String ascii) {
        String name = FileNames.stored(typed, format);

        assertThat(name).isEqualTo(stored);
        assertThat(FileNames.ascii(name)).isEqualTo(ascii);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongNameIsCutKeepingItsExtension() {
        String name = FileNames.stored("😀".repeat(500) + ".pdf", MediaFormat.PDF);

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_STEM + 4);
        assertThat(name).endsWith("😀.pdf");
    }
}
