package jp.kokuho.hub.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Schedules from configuration: {@code hub.jobs.<job>.cron} (Spring cron, Japan time); "-" or empty switches a
 * job's schedule off. A scheduled run that finds its job running is skipped with a log line.
 */
@Component
public class JobSchedules {

    private static final Logger log = LoggerFactory.getLogger(JobSchedules.class);

    private final JobRunner runner;
    private final Environment env;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public JobSchedules(JobRunner runner, Environment env, Clock clock) {
        this.runner = runner;
        this.env = env;
        this.clock = clock;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("hub-schedule-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void schedule() {
        for (String name : runner.names()) {
            String cron = env.getProperty("hub.jobs." + name + ".cron", "-").trim();
            if (cron.isEmpty() || cron.equals("-")) {
                log.info("job {}: no schedule", name);
                continue;
            }
            JobDefinition job = runner.definition(name).orElseThrow();
            scheduler.schedule(() -> runScheduled(job), new CronTrigger(cron, ZoneId.of("Asia/Tokyo")));
            log.info("job {}: scheduled '{}' (Asia/Tokyo)", name, cron);
        }
    }

    private void runScheduled(JobDefinition job) {
        String parameter = job.scheduledParameter(LocalDate.now(clock));
        try {
            runner.runNow(job, parameter, "schedule");
        } catch (JobAlreadyRunningException e) {
            log.warn("scheduled run of {} ({}) skipped: {}", job.name(), parameter, e.getMessage());
        }
    }
}
