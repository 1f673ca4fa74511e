package jp.kokuho.hub.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobParameters;
import jp.kokuho.hub.jobs.JobResult;

/** A test job: takes month=YYYY-MM, waits until released, fails for month 2000-01. */
public class ProbeJob implements JobDefinition {

    volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String parameter(Map<String, String> request, LocalDate today) {
        return JobParameters.month(request).toString();
    }

    @Override
    public String scheduledParameter(LocalDate today) {
        return today.minusMonths(1).toString().substring(0, 7);
    }


    /** the console's form for it (a month, this one by default) */
    @Override
    public List<jp.kokuho.hub.jobs.JobParameter> form(LocalDate today) {
        return List.of(jp.kokuho.hub.jobs.JobParameter.month("対象年月", java.time.YearMonth.from(today)));
    }

    @Override
    public JobResult run(String parameter, JobContext context) throws Exception {
        context.progress(1, 3);
        context.warn("probe warning for " + parameter);
        if (!release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not released");
        }
        if (parameter.equals("2000-01")) {
            throw new IllegalStateException("probe failure for " + parameter);
        }
        return JobResult.of(Map.of("records", 3L), List.of()).withMessage("probe " + parameter);
    }
}
