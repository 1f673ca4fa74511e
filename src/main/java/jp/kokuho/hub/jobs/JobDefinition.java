package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One job of {@code POST /api/jobs/{job}} (income-class, arrears, …): how it reads its parameter, what a scheduled
 * run uses as parameter, and the work. Implementations are Spring beans; the {@link JobRunner} does the rest
 * (one run at a time, history, status, its Camel routes and schedule: {@link JobRoutes}).
 */
public interface JobDefinition {

    /** the path name, e.g. {@code arrears} */
    String name();

    /**
     * Checks the request's parameters ({@code month=YYYY-MM} or {@code date=YYYY-MM-DD}) and returns the one the
     * job uses, as text; throws {@link IllegalArgumentException} with the reason (answered 400).
     */
    String parameter(Map<String, String> request, LocalDate today);

    /** the parameter of a scheduled run on {@code today} (e.g. the previous month) */
    String scheduledParameter(LocalDate today);

    /** the job's name for staff (the console), in Japanese */
    default String title() {
        return name();
    }

    /**
     * the parameters the console's form asks for, with the values filled in on {@code today}; the request
     * parameters of {@link #parameter} have the same names
     */
    default List<JobParameter> form(LocalDate today) {
        return List.of();
    }

    /**
     * what {@code processed}/{@code total} count, in Japanese, for the console's progress bar ("1,200 / 5,000 世帯"):
     * 世帯, 人, 件 (records), か月
     */
    default String progressUnit() {
        return "件";
    }

    /** the work; runs on the job's route (its own thread); reports progress and warnings through the context */
    JobResult run(String parameter, JobContext context) throws Exception;
}
