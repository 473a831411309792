package vn.egov.portal.batch.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Maps the batch runtime's execution records to {@link ExecutionView}. */
final class Executions {

    private Executions() {}

    static ExecutionView view(JobOperator operator, JobExecution execution) {
        long instanceId = operator.getJobInstance(execution.getExecutionId()).getInstanceId();
        return new ExecutionView(
                execution.getExecutionId(),
                instanceId,
                execution.getJobName(),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                instant(execution.getCreateTime()),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                parameters(execution.getJobParameters()),
                operator.getStepExecutions(execution.getExecutionId()).stream()
                        .map(Executions::step)
                        .toList());
    }

    private static ExecutionView.StepView step(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new java.util.EnumMap<>(Metric.MetricType.class);
        Arrays.stream(step.getMetrics() == null ? new Metric[0] : step.getMetrics())
                .forEach(metric -> metrics.put(metric.getType(), metric.getValue()));
        Instant start = instant(step.getStartTime());
        Instant end = instant(step.getEndTime());
        return new ExecutionView.StepView(
                step.getStepExecutionId(),
                step.getStepName(),
                step.getBatchStatus() == null ? null : step.getBatchStatus().name(),
                step.getExitStatus(),
                metric(metrics, Metric.MetricType.READ_COUNT),
                metric(metrics, Metric.MetricType.WRITE_COUNT),
                metric(metrics, Metric.MetricType.FILTER_COUNT),
                metric(metrics, Metric.MetricType.READ_SKIP_COUNT)
                        + metric(metrics, Metric.MetricType.PROCESS_SKIP_COUNT)
                        + metric(metrics, Metric.MetricType.WRITE_SKIP_COUNT),
                metric(metrics, Metric.MetricType.COMMIT_COUNT),
                metric(metrics, Metric.MetricType.ROLLBACK_COUNT),
                start == null ? null : (end == null ? Instant.now() : end).toEpochMilli() - start.toEpochMilli());
    }

    private static long metric(Map<Metric.MetricType, Long> metrics, Metric.MetricType type) {
        return metrics.getOrDefault(type, 0L);
    }

    private static Map<String, String> parameters(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        }
        return map;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
