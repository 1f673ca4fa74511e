package jp.kokuho.hub.jobs;

import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** {@code hub_job_duration_seconds{job, outcome}}: how long each run took and how it ended (succeeded, failed). */
@Component
public class JobMetrics {

    private final MeterRegistry registry;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void finished(String job, String outcome, long nanos) {
        Timer.builder("hub.job.duration").description("duration of job runs by job and outcome")
                .tag("job", job).tag("outcome", outcome).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
