package vn.egov.portal.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.batch.control.JobSchedule;

class JobCatalogueTest {

    private final JobCatalogue catalogue = new JobCatalogue();

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
        assertThat(settings).doesNotHaveDuplicates().contains("portal.batch.monthly-report.schedule");
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
}
