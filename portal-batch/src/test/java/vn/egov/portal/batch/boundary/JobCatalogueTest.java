package vn.egov.portal.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.portal.batch.control.JobSchedule;
import vn.egov.portal.platform.i18n.control.PortalMessages;

class JobCatalogueTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The first working day of 2027, 07:30 in the portal's zone: when the yearly evaluation of 2026 starts. */
    private final JobCatalogue catalogue = new JobCatalogue(
            Clock.fixed(LocalDate.of(2027, 1, 4).atTime(7, 30).atZone(ZONE).toInstant(), ZONE));

    @ParameterizedTest(name = "period {0}: {1}")
    @CsvSource({
        "2026-Q4, true",
        "2026-Q1, true",
        "2026, true",
        "2026-12, false",
        "2027-Q1, false",
        "2027, false",
        "2026-Q5, false",
        "1999, false",
        "2101-Q1, false",
        "Q3-2026, false",
        "quý 3, false"
    })
    void theEvaluationTakesAQuarterOrAYearThatHasEnded(String period, boolean accepted) {
        var check =
                catalogue.find("agency-evaluation").orElseThrow().parameters().get("period");
        assertThat(check.test(period)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} month {1}: {2}")
    @CsvSource({
        "monthly-report, 2026-12, true",
        "monthly-report, 2000-01, true",
        "monthly-report, 2027-01, false",
        "monthly-report, 2027-02, false",
        "monthly-report, 2026-13, false",
        "monthly-report, 1999-12, false",
        "royalty-statement, 2026-12, true",
        "royalty-statement, 2027-01, false",
        "royalty-statement, tháng 12, false"
    })
    void theMonthlyJobsTakeAMonthThatHasEnded(String job, String month, boolean accepted) {
        var check = catalogue.find(job).orElseThrow().parameters().get("month");
        assertThat(check.test(month)).isEqualTo(accepted);
    }

    @Test
    void everyScheduleStartsItsOwnJobWithAParameterTheJobAccepts() {
        for (JobDefinition job : catalogue.list()) {
            for (JobSchedule schedule : job.schedules()) {
                assertThat(schedule.job()).isEqualTo(job.name());
                assertThat(job.parameters()).containsKey(schedule.parameter());
            }
        }
    }

    @Test
    void scheduleSettingsAreDistinct() {
        List<String> settings = catalogue.list().stream()
                .flatMap(job -> job.schedules().stream())
                .map(JobSchedule::settingName)
                .toList();
        assertThat(settings)
                .doesNotHaveDuplicates()
                .contains(
                        "portal.batch.monthly-report.schedule",
                        "portal.batch.agency-evaluation.schedule",
                        "portal.batch.agency-evaluation-yearly.schedule");
    }

    @Test
    void aScheduledStartPassesItsJobsOwnParameterCheck() {
        LocalDate firstWorkingDayOf2027 = LocalDate.of(2027, 1, 4);
        for (JobDefinition job : catalogue.list()) {
            for (JobSchedule schedule : job.schedules()) {
                String period = schedule.rule().periodBefore(firstWorkingDayOf2027);
                assertThat(job.parameters().get(schedule.parameter()).test(period))
                        .as(schedule.id() + " gives " + period)
                        .isTrue();
            }
        }
    }

    /** The console lists each parameter with its help text and names a refused value with its own message. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void everyParameterHasItsHelpAndItsErrorInBothLanguages(String language) {
        ResourceBundle bundle = PortalMessages.bundle(Locale.forLanguageTag(language));
        for (JobDefinition job : catalogue.list()) {
            assertThat(bundle.containsKey(job.descriptionKey()))
                    .as(job.descriptionKey())
                    .isTrue();
            for (String parameter : job.parameters().keySet()) {
                assertThat(bundle.containsKey("batch.parameterHelp." + parameter))
                        .as(job.name() + " help for " + parameter)
                        .isTrue();
                assertThat(bundle.containsKey("error.batch.parameter." + parameter))
                        .as(job.name() + " error for " + parameter)
                        .isTrue();
            }
        }
    }
}
