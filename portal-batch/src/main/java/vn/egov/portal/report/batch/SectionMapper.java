package vn.egov.portal.report.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import vn.egov.portal.report.control.MonthlyFigures;

/** One partition per section of the monthly report: each adds up its own part of the month. */
@Dependent
@Named("monthlySectionMapper")
public class SectionMapper implements PartitionMapper {

    private static final List<String> SECTIONS = MonthlyFigures.SECTIONS;

    @Override
    public PartitionPlan mapPartitions() {
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(SECTIONS.size());
        plan.setThreads(2);
        Properties[] properties = new Properties[SECTIONS.size()];
        for (int i = 0; i < SECTIONS.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("section", SECTIONS.get(i));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
