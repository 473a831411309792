package vn.egov.portal.deadline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.egov.portal.deadline.entity.DeadlineStatus;

class DigestComposerTest {

    private final DigestComposer composer =
            new DigestComposer(locale -> ResourceBundle.getBundle("vn.egov.portal.i18n.messages", locale));

    @Test
    void aUnitDigestListsEachAlertInVietnameseThenEnglish() {
        DigestComposer.Mail mail = composer.forUnit(
                "Sở Tư pháp",
                List.of(
                        new DigestComposer.Line(
                                "01/2025/QĐ-UBND – Quy định A",
                                "Sở Tư pháp",
                                DeadlineStatus.OVERDUE,
                                LocalDate.of(2025, 5, 2)),
                        new DigestComposer.Line(
                                "Câu hỏi 17", "Sở Tư pháp", DeadlineStatus.DUE_SOON, LocalDate.of(2025, 5, 9))));

        assertThat(mail.subject()).contains("2");
        assertThat(mail.body())
                .contains("Sở Tư pháp", "01/2025/QĐ-UBND – Quy định A", "02/05/2025", "Câu hỏi 17", "09/05/2025")
                .contains("Quá hạn", "Overdue");
        assertThat(mail.body().indexOf("Quá hạn")).isLessThan(mail.body().indexOf("Overdue"));
    }

    @Test
    void theBoardDigestNamesTheUnits() {
        DigestComposer.Mail mail = composer.forBoard(List.of(new DigestComposer.Line(
                "01/2025/QĐ-UBND", "Văn phòng UBND tỉnh", DeadlineStatus.ESCALATED, LocalDate.of(2025, 5, 2))));

        assertThat(mail.body()).contains("Văn phòng UBND tỉnh", "01/2025/QĐ-UBND");
    }

    @Test
    void aDigestOfThousandsOfAlertsListsTheMostUrgentAndCountsTheRestWithinTheOutboxLimit() {
        List<DigestComposer.Line> lines = IntStream.range(0, 5000)
                .mapToObj(i -> new DigestComposer.Line(
                        "Nghĩa vụ " + i + " – " + "rất dài ".repeat(100),
                        "Sở Tư pháp",
                        i == 4321 ? DeadlineStatus.ESCALATED : DeadlineStatus.DUE_SOON,
                        LocalDate.of(2025, 5, 2).plusDays(i % 30)))
                .toList();

        DigestComposer.Mail mail = composer.forUnit("Sở Tư pháp", lines);

        assertThat(mail.subject()).contains("5.000", "5,000");
        assertThat(mail.body()).hasSizeLessThan(30_000);
        assertThat(mail.body().indexOf("Nghĩa vụ 4321 ")).isLessThan(mail.body().indexOf("Sắp đến hạn"));
        assertThat(mail.body()).contains("… và 4.960 nội dung khác", "… and 4,960 more items", "…");
    }
}
