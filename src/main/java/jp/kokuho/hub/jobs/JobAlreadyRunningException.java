package jp.kokuho.hub.jobs;

/** A run of the same job is under way (answered 409). */
public class JobAlreadyRunningException extends RuntimeException {
    public JobAlreadyRunningException(String job, Long runningId) {
        super("job " + job + " is already running" + (runningId == null ? "" : " (id " + runningId + ")"));
    }
}
