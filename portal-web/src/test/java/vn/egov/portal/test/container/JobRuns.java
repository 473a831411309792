package vn.egov.portal.test.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;

/**
 * Batch jobs as the tests run them: started through the operator boundary as the demo batch
 * operator, then waited for until the execution has ended (a test that waits longer than
 * {@link #LIMIT} fails, rather than hanging the build).
 */
@Dependent
public class JobRuns {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Inject
    BatchOperations batch;

    @Inject
    AsBatchOperator operator;

    /** Starts the job and returns its execution once it has ended. */
    public ExecutionView run(String job, Map<String, String> parameters) throws Exception {
        return awaitEnd(operator.call(() -> batch.start(job, parameters)));
    }

    /** The execution once it has ended (completed, failed or stopped). */
    public ExecutionView awaitEnd(long id) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        ExecutionView view = operator.call(() -> batch.getExecution(id));
        while (view.isRunning() || "STARTING".equals(view.batchStatus())) {
            assertThat(System.nanoTime())
                    .as("execution %s ends within %s", id, LIMIT)
                    .isLessThan(deadline);
            Thread.sleep(300);
            view = operator.call(() -> batch.getExecution(id));
        }
        return view;
    }
}
