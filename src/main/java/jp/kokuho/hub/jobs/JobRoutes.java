package jp.kokuho.hub.jobs;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * One Camel route per {@link JobDefinition} bean, from the templates of routes/jobs.yaml, once Camel has started:
 * {@code job-<name>} runs the job (the entry of {@code POST /api/jobs/<name>} and of the schedule), and, when
 * {@code hub.jobs.<name>.cron} is set (Spring cron, Japan time; "-" or empty = no schedule),
 * {@code job-<name>-schedule} starts a run at those times (Camel's scheduler component with Spring's cron
 * trigger). Adding a job is adding a JobDefinition bean; its routes follow.
 */
@Component
public class JobRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobRoutes.class);

    private final JobRunner runner;
    private final Environment env;

    public JobRoutes(JobRunner runner, Environment env) {
        this.runner = runner;
        this.env = env;
        for (String name : runner.names()) { // a wrong cron stops the start here, not later as a missing route
            String cron = cron(name);
            if (cron != null) {
                try {
                    CronExpression.parse(cron);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("hub.jobs." + name + ".cron: not a Spring cron expression ("
                            + cron + "): " + e.getMessage());
                }
            }
        }
    }

    /** hub.jobs.<name>.cron, null when the job has no schedule ("-" or empty) */
    private String cron(String name) {
        String cron = env.getProperty("hub.jobs." + name + ".cron", "-").trim();
        return cron.isEmpty() || cron.equals("-") ? null : cron;
    }

    public static String routeId(String job) {
        return "job-" + job;
    }

    /** the job route's queue: one consumer, so one run at a time also on the route */
    static String queue(String job) {
        return "seda:job-" + job + "?failIfNoConsumers=true";
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        try {
            for (String name : runner.names()) {
                TemplatedRouteBuilder.builder(camel, "job").routeId(routeId(name)).parameter("job", name).add();
                String cron = cron(name);
                if (cron == null) {
                    log.info("job {}: route {}, no schedule", name, routeId(name));
                    continue;
                }
                TemplatedRouteBuilder.builder(camel, "job-schedule").routeId(routeId(name) + "-schedule")
                        .parameter("job", name).parameter("cron", cron).add();
                log.info("job {}: route {}, scheduled '{}' (Asia/Tokyo)", name, routeId(name), cron);
            }
        } catch (Exception e) {
            throw new IllegalStateException("job routes: " + e.getMessage(), e);
        }
    }
}
